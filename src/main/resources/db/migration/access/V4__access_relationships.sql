-- Who is related to which family, and how. No relationship, no access.
CREATE TABLE family_relationship (
    id          UUID PRIMARY KEY,
    family_id   UUID NOT NULL,
    account_id  UUID NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    member_id   UUID,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  UUID NOT NULL
);
CREATE UNIQUE INDEX family_relationship_family_account ON family_relationship (family_id, account_id);
CREATE INDEX family_relationship_account ON family_relationship (account_id);
