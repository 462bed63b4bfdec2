-- A professional's private doubt journal. Only its author ever reads it; the link to a
-- family is the author's own note and is never shown to anyone else.
CREATE TABLE reflection_journal_entry (
    id          UUID PRIMARY KEY,
    author_id   UUID NOT NULL,
    family_id   UUID,
    knew        VARCHAR(4000),
    not_known   VARCHAR(4000),
    assumed     VARCHAR(4000),
    tomorrow    VARCHAR(4000),
    free_text   VARCHAR(8000),
    version     INTEGER NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX reflection_journal_author ON reflection_journal_entry (author_id, created_at DESC);

-- Intervision: sessions seen only by their participants.
CREATE TABLE reflection_session (
    id              UUID PRIMARY KEY,
    organiser_id    UUID NOT NULL,
    held_on         DATE NOT NULL,
    topic           VARCHAR(200) NOT NULL,
    questions_asked VARCHAR(8000),
    learned         VARCHAR(8000),
    version         INTEGER NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      UUID NOT NULL
);

CREATE TABLE reflection_participant (
    session_id  UUID NOT NULL REFERENCES reflection_session (id),
    account_id  UUID NOT NULL,
    name        VARCHAR(200) NOT NULL,
    PRIMARY KEY (session_id, account_id)
);
CREATE INDEX reflection_participant_account ON reflection_participant (account_id);

-- A case question is its author's until brought into a session; then the participants
-- read the question and the anonymised summary, never the family link.
CREATE TABLE reflection_case_question (
    id          UUID PRIMARY KEY,
    author_id   UUID NOT NULL,
    author_name VARCHAR(200) NOT NULL,
    family_id   UUID,
    question    VARCHAR(1000) NOT NULL,
    summary     VARCHAR(4000) NOT NULL,
    session_id  UUID REFERENCES reflection_session (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX reflection_case_question_author ON reflection_case_question (author_id, created_at DESC);
CREATE INDEX reflection_case_question_session ON reflection_case_question (session_id);

-- The team's library of insights.
CREATE TABLE reflection_insight (
    id          UUID PRIMARY KEY,
    author_id   UUID NOT NULL,
    author_name VARCHAR(200) NOT NULL,
    title       VARCHAR(200) NOT NULL,
    thought     VARCHAR(4000) NOT NULL,
    learned     VARCHAR(4000) NOT NULL,
    now_do      VARCHAR(4000) NOT NULL,
    search_text VARCHAR(12400) NOT NULL,
    version     INTEGER NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX reflection_insight_created ON reflection_insight (created_at DESC);

CREATE TABLE reflection_insight_theme (
    insight_id  UUID NOT NULL REFERENCES reflection_insight (id),
    theme       VARCHAR(40) NOT NULL,
    PRIMARY KEY (insight_id, theme)
);
CREATE INDEX reflection_insight_theme_theme ON reflection_insight_theme (theme);

CREATE TABLE reflection_insight_comment (
    id          UUID PRIMARY KEY,
    insight_id  UUID NOT NULL REFERENCES reflection_insight (id),
    author_id   UUID NOT NULL,
    author_name VARCHAR(200) NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX reflection_insight_comment_insight ON reflection_insight_comment (insight_id, created_at);

-- "This changed my work": one mark per person per insight.
CREATE TABLE reflection_insight_mark (
    insight_id  UUID NOT NULL REFERENCES reflection_insight (id),
    account_id  UUID NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (insight_id, account_id)
);
