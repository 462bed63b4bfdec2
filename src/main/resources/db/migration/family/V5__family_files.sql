CREATE TABLE family (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    strengths   VARCHAR(4000),
    concerns    VARCHAR(4000),
    version     INTEGER NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  UUID NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  UUID NOT NULL
);

CREATE TABLE family_carer (
    id                 UUID PRIMARY KEY,
    family_id          UUID NOT NULL REFERENCES family (id),
    name               VARCHAR(200) NOT NULL,
    phone              VARCHAR(40),
    email              VARCHAR(320),
    preferred_language VARCHAR(60),
    position           INTEGER NOT NULL,
    version            INTEGER NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by         UUID NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         UUID NOT NULL
);
CREATE INDEX family_carer_family ON family_carer (family_id);

CREATE TABLE family_child (
    id               UUID PRIMARY KEY,
    family_id        UUID NOT NULL REFERENCES family (id),
    name             VARCHAR(200) NOT NULL,
    date_of_birth    DATE NOT NULL,
    living_situation VARCHAR(20) NOT NULL,
    living_since     DATE,
    living_with      VARCHAR(200),
    email            VARCHAR(320),
    position         INTEGER NOT NULL,
    version          INTEGER NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       UUID NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       UUID NOT NULL
);
CREATE INDEX family_child_family ON family_child (family_id);
