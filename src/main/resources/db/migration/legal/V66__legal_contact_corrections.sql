-- Contact corrections. An arrangement can end (the one in force is the current one) and be
-- corrected; a planned moment entered by mistake can be removed or moved. Nothing is
-- overwritten unseen: what stood before is kept with who changed it and when.
ALTER TABLE contact_arrangement ADD COLUMN ended_on DATE;

-- A removed moment stays, marked, out of the totals.
ALTER TABLE contact_moment ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE contact_moment ADD COLUMN removed_by UUID;

-- What kind of change a history row is: how it went (OUTCOME), moved (MOVED, from and to),
-- or removed (REMOVED, with the reason).
ALTER TABLE contact_moment_change ADD COLUMN change_kind VARCHAR(20) DEFAULT 'OUTCOME' NOT NULL;
ALTER TABLE contact_moment_change ADD COLUMN moved_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE contact_moment_change ADD COLUMN moved_to TIMESTAMP WITH TIME ZONE;

-- An arrangement as it stood before each correction or ending.
CREATE TABLE contact_arrangement_change (
    id             UUID PRIMARY KEY,
    family_id      UUID NOT NULL REFERENCES family (id),
    arrangement_id UUID NOT NULL REFERENCES contact_arrangement (id),
    frequency      VARCHAR(200) NOT NULL,
    minutes        INTEGER NOT NULL,
    supervised     BOOLEAN NOT NULL,
    place          VARCHAR(200),
    set_by         VARCHAR(20) NOT NULL,
    since          DATE NOT NULL,
    ended_on       DATE,
    note           VARCHAR(2000),
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    by_id          UUID NOT NULL,
    by_name        VARCHAR(200) NOT NULL
);
CREATE INDEX contact_arrangement_change_family ON contact_arrangement_change (family_id, arrangement_id, changed_at);
