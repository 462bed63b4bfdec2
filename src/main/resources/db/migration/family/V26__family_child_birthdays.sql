-- Every measure ends when a child turns 18: the daily reminders look children up by birth date.
CREATE INDEX family_child_birth ON family_child (date_of_birth);
