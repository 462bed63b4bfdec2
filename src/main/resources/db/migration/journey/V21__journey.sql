-- The journey: setbacks and breakthroughs as part of recovery, how the family is doing, and whether help helps.
-- There is no "failed" anywhere: a setback says what happened, what we learn and what we do now.
CREATE TABLE journey_entry (
    id            UUID PRIMARY KEY,
    family_id     UUID NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    happened_on   DATE NOT NULL,
    what          VARCHAR(2000) NOT NULL,
    learned       VARCHAR(2000),
    doing_now     VARCHAR(2000),
    by_id         UUID NOT NULL,
    by_name       VARCHAR(200) NOT NULL,
    by_kind       VARCHAR(20) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX journey_entry_family ON journey_entry (family_id, happened_on);

-- Goals reached and adjusted, as the plan reports them, for the journey picture.
CREATE TABLE journey_milestone (
    id           UUID PRIMARY KEY,
    family_id    UUID NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    goal_id      UUID NOT NULL,
    at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX journey_milestone_family ON journey_milestone (family_id, at);

-- "Hoe gaat het met ons?": a parent's own monthly 0-10, with words if they like.
CREATE TABLE journey_mood (
    family_id   UUID NOT NULL,
    for_month   DATE NOT NULL,
    by_id       UUID NOT NULL,
    by_name     VARCHAR(200) NOT NULL,
    score       SMALLINT NOT NULL,
    words       VARCHAR(1000),
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (family_id, for_month, by_id)
);

-- "Helpt de hulp?": a parent's monthly rating of one team member's help. Only the parent changes it, within 7 days.
CREATE TABLE help_rating (
    id               UUID PRIMARY KEY,
    family_id        UUID NOT NULL,
    for_month        DATE NOT NULL,
    parent_id        UUID NOT NULL,
    parent_name      VARCHAR(200) NOT NULL,
    professional_id  UUID NOT NULL,
    organisation     VARCHAR(200),
    heard            SMALLINT NOT NULL,
    important        SMALLINT NOT NULL,
    fits             SMALLINT NOT NULL,
    helps            SMALLINT NOT NULL,
    comment          VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER NOT NULL,
    CONSTRAINT help_rating_once UNIQUE (family_id, for_month, parent_id, professional_id)
);
CREATE INDEX help_rating_professional ON help_rating (professional_id, for_month);
CREATE INDEX help_rating_organisation ON help_rating (organisation, for_month);

-- A low rating or a sharp drop, for the coordinator (not for the rated professional), and what was done with it.
CREATE TABLE help_notice (
    id                 UUID PRIMARY KEY,
    rating_id          UUID NOT NULL REFERENCES help_rating (id),
    family_id          UUID NOT NULL,
    reason             VARCHAR(20) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    response           VARCHAR(2000),
    responded_by_name  VARCHAR(200),
    responded_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX help_notice_family ON help_notice (family_id, created_at);
