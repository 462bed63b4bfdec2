-- A professional's place in one family's team, from invitation to leaving. Never deleted: history stays.
CREATE TABLE team_membership (
    id              UUID PRIMARY KEY,
    family_id       UUID NOT NULL,
    account_id      UUID NOT NULL,
    role_for_family VARCHAR(200) NOT NULL,
    task            VARCHAR(2000) NOT NULL,
    not_task        VARCHAR(2000),
    status          VARCHAR(20) NOT NULL,
    token_hash      CHAR(64),
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    invited_by      UUID NOT NULL,
    invited_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at     TIMESTAMP WITH TIME ZONE,
    joined_at       TIMESTAMP WITH TIME ZONE,
    ended_at        TIMESTAMP WITH TIME ZONE,
    ended_by        UUID,
    version         INTEGER NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      UUID NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      UUID NOT NULL
);
CREATE INDEX team_membership_family ON team_membership (family_id);
CREATE INDEX team_membership_account ON team_membership (account_id);
CREATE UNIQUE INDEX team_membership_token ON team_membership (token_hash);
