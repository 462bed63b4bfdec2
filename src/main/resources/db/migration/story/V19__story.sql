-- The family's story: a timeline across the domains of life, written by the family and by professionals.
-- Nothing is deleted: the family answers, adds what is missing and corrects, beside the original.
CREATE TABLE story_entry (
    id            UUID PRIMARY KEY,
    family_id     UUID NOT NULL,
    when_typed    VARCHAR(100),
    when_from     DATE,
    when_to       DATE,
    precision     VARCHAR(20) NOT NULL,
    what          VARCHAR(4000) NOT NULL,
    domain        VARCHAR(30) NOT NULL,
    valence       VARCHAR(20) NOT NULL,
    source        VARCHAR(20) NOT NULL,
    author_id     UUID NOT NULL,
    author_name   VARCHAR(200) NOT NULL,
    author_kind   VARCHAR(20) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
-- entries without a date sort last
CREATE INDEX story_entry_family ON story_entry (family_id, when_from, created_at);

-- The family's own words beside an entry: how we see it, what is missing, what is not right.
CREATE TABLE story_response (
    id          UUID PRIMARY KEY,
    entry_id    UUID NOT NULL REFERENCES story_entry (id),
    family_id   UUID NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    words       VARCHAR(4000) NOT NULL,
    by_id       UUID NOT NULL,
    by_name     VARCHAR(200) NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX story_response_entry ON story_response (family_id, entry_id);

-- Files kept with an entry (a letter, a report): stored outside the web root under a random name.
CREATE TABLE story_attachment (
    id            UUID PRIMARY KEY,
    entry_id      UUID NOT NULL REFERENCES story_entry (id),
    family_id     UUID NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT NOT NULL,
    sha256        VARCHAR(64) NOT NULL,
    by_name       VARCHAR(200) NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX story_attachment_entry ON story_attachment (family_id, entry_id);
