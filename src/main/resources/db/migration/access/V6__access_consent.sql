-- What the family opened to each team member, per part of the file. No row, no access.
CREATE TABLE family_consent (
    family_id   UUID NOT NULL,
    account_id  UUID NOT NULL,
    part        VARCHAR(20) NOT NULL,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    granted_by  UUID NOT NULL,
    PRIMARY KEY (family_id, account_id, part)
);

-- Every decision, kept: the family sees what it decided and when.
CREATE TABLE family_consent_change (
    id              UUID PRIMARY KEY,
    family_id       UUID NOT NULL,
    account_id      UUID NOT NULL,
    member_name     VARCHAR(200) NOT NULL,
    part            VARCHAR(20) NOT NULL,
    granted         BOOLEAN NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by      UUID NOT NULL,
    changed_by_name VARCHAR(200) NOT NULL
);
CREATE INDEX family_consent_change_family ON family_consent_change (family_id, changed_at);
