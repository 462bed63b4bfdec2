-- The timeline's order as a stored key the index can walk: undated entries last. Each page
-- then reads its twenty entries from the index instead of sorting the family's whole story.
ALTER TABLE story_entry ADD COLUMN sort_on DATE GENERATED ALWAYS AS (COALESCE(when_from, DATE '9999-12-31')) STORED;
CREATE INDEX story_entry_timeline ON story_entry (family_id, sort_on, when_to, created_at, id);
CREATE INDEX story_entry_domain_timeline ON story_entry (family_id, domain, sort_on, when_to, created_at, id);
DROP INDEX story_entry_family;
