-- Meetings the family goes to with an institution: planned, prepared together, accompanied and talked through.
-- Each part has its own version, so that the parent preparing and the coordinator writing never overwrite each other.
CREATE TABLE meeting (
    id                 UUID PRIMARY KEY,
    family_id          UUID NOT NULL,
    kind               VARCHAR(40) NOT NULL,
    organisation       VARCHAR(200) NOT NULL,
    people             VARCHAR(300),
    meets_on           DATE NOT NULL,
    starts_at          TIMESTAMP WITH TIME ZONE,
    ends_at            TIMESTAMP WITH TIME ZONE,
    place              VARCHAR(300),
    video_link         VARCHAR(500),
    recorded_after     BOOLEAN NOT NULL,
    cancelled_reason   VARCHAR(1000),
    version            INTEGER NOT NULL,
    prep_say           VARCHAR(2000),
    prep_ask           VARCHAR(2000),
    prep_worries       VARCHAR(2000),
    prep_next          VARCHAR(2000),
    prep_safe          VARCHAR(2000),
    prep_by_name       VARCHAR(200),
    prep_at            TIMESTAMP WITH TIME ZONE,
    prep_version       INTEGER NOT NULL,
    guide_expect       VARCHAR(2000),
    guide_bring        VARCHAR(2000),
    guide_by_name      VARCHAR(200),
    guide_version      INTEGER NOT NULL,
    summary_said       VARCHAR(4000),
    summary_decided    VARCHAR(4000),
    summary_means      VARCHAR(4000),
    summary_next       VARCHAR(4000),
    nothing_agreed     BOOLEAN NOT NULL,
    summary_by_name    VARCHAR(200),
    summary_final_at   TIMESTAMP WITH TIME ZONE,
    summary_version    INTEGER NOT NULL,
    created_by         UUID NOT NULL,
    created_by_name    VARCHAR(200) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by         UUID NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX meeting_family ON meeting (family_id, meets_on);
CREATE INDEX meeting_day ON meeting (meets_on, family_id);

-- Who goes: family members, and who accompanies them from the team.
CREATE TABLE meeting_attendee (
    meeting_id   UUID NOT NULL REFERENCES meeting (id),
    family_id    UUID NOT NULL,
    person_id    UUID NOT NULL,
    name         VARCHAR(200) NOT NULL,
    companion    BOOLEAN NOT NULL,
    PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX meeting_attendee_family ON meeting_attendee (family_id);

-- What was agreed, each with an owner and a date; once turned into a plan step or a demand, linked to it.
CREATE TABLE meeting_agreement (
    id               UUID PRIMARY KEY,
    meeting_id       UUID NOT NULL REFERENCES meeting (id),
    family_id        UUID NOT NULL,
    what             VARCHAR(500) NOT NULL,
    owner_value      VARCHAR(60) NOT NULL,
    owner_name       VARCHAR(300) NOT NULL,
    owner_family     BOOLEAN NOT NULL,
    due_on           DATE,
    step_id          UUID,
    demand_id        UUID,
    created_by_name  VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          INTEGER NOT NULL
);
CREATE INDEX meeting_agreement_meeting ON meeting_agreement (family_id, meeting_id);

-- The parent's own account of the meeting, beside the summary: one per parent, rewritten as often as they like.
CREATE TABLE meeting_own_account (
    meeting_id   UUID NOT NULL REFERENCES meeting (id),
    family_id    UUID NOT NULL,
    author_id    UUID NOT NULL,
    author_name  VARCHAR(200) NOT NULL,
    how_it_was   VARCHAR(4000),
    what_heard   VARCHAR(4000),
    written_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, author_id)
);

-- "Dit klopt niet": a parent's correction of one part of the summary. Never removed.
CREATE TABLE meeting_correction (
    id          UUID PRIMARY KEY,
    meeting_id  UUID NOT NULL REFERENCES meeting (id),
    family_id   UUID NOT NULL,
    section     VARCHAR(20) NOT NULL,
    correction  VARCHAR(2000) NOT NULL,
    by_id       UUID NOT NULL,
    by_name     VARCHAR(200) NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX meeting_correction_meeting ON meeting_correction (family_id, meeting_id);

-- Steam off: between the parents and the coordinator only. No other team member reads this, whatever the consent.
CREATE TABLE meeting_private_note (
    id          UUID PRIMARY KEY,
    meeting_id  UUID NOT NULL REFERENCES meeting (id),
    family_id   UUID NOT NULL,
    words       VARCHAR(4000) NOT NULL,
    by_id       UUID NOT NULL,
    by_name     VARCHAR(200) NOT NULL,
    by_kind     VARCHAR(20) NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX meeting_private_note_meeting ON meeting_private_note (family_id, meeting_id);

-- "Did it help?": a parent's answers after a meeting, 0 to 10, kept per meeting and per accompanying professional.
CREATE TABLE meeting_feedback (
    id           UUID PRIMARY KEY,
    meeting_id   UUID NOT NULL REFERENCES meeting (id),
    family_id    UUID NOT NULL,
    by_id        UUID NOT NULL,
    by_name      VARCHAR(200) NOT NULL,
    heard        SMALLINT NOT NULL,
    mattered     SMALLINT NOT NULL,
    next_known   SMALLINT NOT NULL,
    useful       SMALLINT NOT NULL,
    comment      VARCHAR(2000),
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT meeting_feedback_once UNIQUE (meeting_id, by_id)
);
CREATE TABLE meeting_feedback_professional (
    feedback_id      UUID NOT NULL REFERENCES meeting_feedback (id),
    professional_id  UUID NOT NULL,
    family_id        UUID NOT NULL,
    PRIMARY KEY (feedback_id, professional_id)
);
CREATE INDEX meeting_feedback_professional_by ON meeting_feedback_professional (professional_id);

-- A coordinator's personal calendar feed: only the hash of its secret is kept; a revoked feed answers nothing.
CREATE TABLE calendar_feed (
    id           UUID PRIMARY KEY,
    account_id   UUID NOT NULL,
    token_hash   VARCHAR(64) NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX calendar_feed_account ON calendar_feed (account_id);
