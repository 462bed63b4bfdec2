-- Every time someone says how a contact moment went, kept: the totals are facts a family
-- and its lawyer use, so a changed "cancelled by" must stay visible.
CREATE TABLE contact_moment_change (
    id             UUID PRIMARY KEY,
    family_id      UUID NOT NULL REFERENCES family (id),
    moment_id      UUID NOT NULL REFERENCES contact_moment (id),
    outcome        VARCHAR(20) NOT NULL,
    cancelled_by   VARCHAR(20),
    actual_minutes INTEGER,
    reason         VARCHAR(1000),
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    by_id          UUID NOT NULL,
    by_name        VARCHAR(200) NOT NULL
);
CREATE INDEX contact_moment_change_moment ON contact_moment_change (moment_id, changed_at);
