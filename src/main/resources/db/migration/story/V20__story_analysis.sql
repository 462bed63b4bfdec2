-- The explanatory analysis (verklarende analyse), made with the family: what weighs and what protects, each
-- backed by events from the story; what contributed to what, and who says so; what we do not know yet; the
-- explanation in two voices; what becomes possible. Nothing is deleted: removed items keep who removed them.
CREATE TABLE analysis_factor (
    id               UUID PRIMARY KEY,
    family_id        UUID NOT NULL,
    kind             VARCHAR(20) NOT NULL,
    name             VARCHAR(200) NOT NULL,
    description      VARCHAR(2000),
    created_by_name  VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at       TIMESTAMP WITH TIME ZONE,
    removed_by_name  VARCHAR(200)
);
CREATE INDEX analysis_factor_family ON analysis_factor (family_id);

CREATE TABLE analysis_evidence (
    factor_id  UUID NOT NULL REFERENCES analysis_factor (id),
    entry_id   UUID NOT NULL REFERENCES story_entry (id),
    family_id  UUID NOT NULL,
    PRIMARY KEY (factor_id, entry_id)
);
CREATE INDEX analysis_evidence_family ON analysis_evidence (family_id);

-- "This contributed to that": between factors and story events.
CREATE TABLE analysis_link (
    id               UUID PRIMARY KEY,
    family_id        UUID NOT NULL,
    from_id          UUID NOT NULL,
    to_id            UUID NOT NULL,
    says_who         VARCHAR(200) NOT NULL,
    note             VARCHAR(1000),
    created_by_name  VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at       TIMESTAMP WITH TIME ZONE,
    removed_by_name  VARCHAR(200)
);
CREATE INDEX analysis_link_family ON analysis_link (family_id);

CREATE TABLE analysis_question (
    id               UUID PRIMARY KEY,
    family_id        UUID NOT NULL,
    question         VARCHAR(1000) NOT NULL,
    who_could_know   VARCHAR(300),
    status           VARCHAR(20) NOT NULL,
    answer           VARCHAR(2000),
    created_by_name  VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER NOT NULL
);
CREATE INDEX analysis_question_family ON analysis_question (family_id);

-- The explanation in the family's words and in the team's words, each with its own version.
CREATE TABLE analysis_explanation (
    family_id        UUID PRIMARY KEY,
    family_words     VARCHAR(4000),
    family_by_name   VARCHAR(200),
    family_version   INTEGER NOT NULL,
    team_words       VARCHAR(4000),
    team_by_name     VARCHAR(200),
    team_version     INTEGER NOT NULL
);

CREATE TABLE analysis_possibility (
    id               UUID PRIMARY KEY,
    family_id        UUID NOT NULL,
    what             VARCHAR(500) NOT NULL,
    goal_id          UUID,
    created_by_name  VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER NOT NULL
);
CREATE INDEX analysis_possibility_family ON analysis_possibility (family_id);

-- Dated versions of the whole analysis as it read then, so the family sees how the understanding changed.
CREATE TABLE analysis_version (
    id            UUID PRIMARY KEY,
    family_id     UUID NOT NULL,
    number        INTEGER NOT NULL,
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_by_name VARCHAR(200) NOT NULL,
    note          VARCHAR(500),
    snapshot      TEXT NOT NULL,
    CONSTRAINT analysis_version_once UNIQUE (family_id, number)
);
