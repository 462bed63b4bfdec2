-- The journal entry an insight was made from, if any: the entry (and its family link) stays its author's own; an
-- insight changed later is checked against the entry's family again.
ALTER TABLE reflection_insight ADD COLUMN from_entry_id UUID;
