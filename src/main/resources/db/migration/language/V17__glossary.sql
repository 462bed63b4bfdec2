-- The glossary: youth-care jargon explained in plain words, in Dutch and English. Administrators edit it; every
-- earlier wording is kept.
CREATE TABLE glossary_term (
    slug             VARCHAR(100) PRIMARY KEY,
    term             VARCHAR(200) NOT NULL,
    abbreviations    VARCHAR(300),
    synonyms         VARCHAR(500),
    plain_nl         VARCHAR(600) NOT NULL,
    plain_en         VARCHAR(600) NOT NULL,
    related          VARCHAR(500),
    version          INTEGER NOT NULL,
    updated_by_name  VARCHAR(200) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE glossary_term_version (
    id               UUID PRIMARY KEY,
    slug             VARCHAR(100) NOT NULL REFERENCES glossary_term (slug),
    version          INTEGER NOT NULL,
    term             VARCHAR(200) NOT NULL,
    abbreviations    VARCHAR(300),
    synonyms         VARCHAR(500),
    plain_nl         VARCHAR(600) NOT NULL,
    plain_en         VARCHAR(600) NOT NULL,
    related          VARCHAR(500),
    updated_by_name  VARCHAR(200) NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT glossary_term_version_once UNIQUE (slug, version)
);
