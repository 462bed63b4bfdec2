-- A meeting with a time is also an appointment for each family member who goes; the meeting keeps these in step.
ALTER TABLE demand ADD COLUMN meeting_id UUID;
CREATE INDEX demand_meeting ON demand (family_id, meeting_id);
