-- An appointment can belong to a meeting or to a contact moment with a child; the part of
-- the file it belongs to decides who may see what it is.
ALTER TABLE demand ADD COLUMN linked_part VARCHAR(20);
UPDATE demand SET linked_part = 'MEETINGS' WHERE meeting_id IS NOT NULL;
