-- Consent the family gave on paper, recorded by the coordinator: who signed, when, and a note.
ALTER TABLE family_consent_change ADD COLUMN on_paper BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE family_consent_change ADD COLUMN given_by_name VARCHAR(200);
ALTER TABLE family_consent_change ADD COLUMN signed_on DATE;
ALTER TABLE family_consent_change ADD COLUMN note VARCHAR(2000);

-- A family whose team work has ended: read-only for professionals, visible to the family, kept until
-- retention ends.
CREATE TABLE family_closure (
    family_id       UUID PRIMARY KEY,
    closed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by       UUID NOT NULL,
    retention_until DATE NOT NULL
);
