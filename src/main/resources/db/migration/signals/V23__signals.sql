-- Themes: barriers that belong together, with what the team managers did about them (for policy work).
CREATE TABLE signal_theme (
    id            UUID PRIMARY KEY,
    title         VARCHAR(200) NOT NULL,
    description   VARCHAR(2000),
    action_taken  VARCHAR(2000),
    version       INTEGER NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID NOT NULL
);
CREATE INDEX signal_theme_created ON signal_theme (created_at);

-- Barriers: what stood in a family's way, which organisation or rule, and what would help. Not family data:
-- the optional link to a family stays with its author and never leaves Naast.
CREATE TABLE signal_barrier (
    id             UUID PRIMARY KEY,
    occurred_on    DATE NOT NULL,
    category       VARCHAR(30) NOT NULL,
    organisations  VARCHAR(300) NOT NULL,
    rule           VARCHAR(300),
    happened       VARCHAR(4000) NOT NULL,
    impact         VARCHAR(2000) NOT NULL,
    suggestion     VARCHAR(2000),
    family_id      UUID,
    theme_id       UUID REFERENCES signal_theme (id),
    author_id      UUID NOT NULL,
    version        INTEGER NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX signal_barrier_author ON signal_barrier (author_id, created_at);
CREATE INDEX signal_barrier_theme ON signal_barrier (theme_id);
CREATE INDEX signal_barrier_created ON signal_barrier (created_at);
CREATE INDEX signal_barrier_occurred ON signal_barrier (occurred_on);
