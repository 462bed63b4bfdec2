-- How the team's work with a family ended, in words written with the family.
CREATE TABLE team_closing (
    family_id       UUID PRIMARY KEY,
    summary         VARCHAR(4000) NOT NULL,
    handover        VARCHAR(4000),
    family_words    VARCHAR(4000),
    closed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by       UUID NOT NULL,
    version         INTEGER NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      UUID NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      UUID NOT NULL
);
