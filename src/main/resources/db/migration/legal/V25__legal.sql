-- Legal measures per child, with the court's decision and its end date.
CREATE TABLE legal_measure (
    id           UUID PRIMARY KEY,
    family_id    UUID NOT NULL REFERENCES family (id),
    child_id     UUID NOT NULL,
    kind         VARCHAR(30) NOT NULL,
    starts_on    DATE NOT NULL,
    ends_on      DATE,
    -- an authorisation for out-of-home placement lapses when not carried out in time
    executed_on  DATE,
    court        VARCHAR(200),
    reference    VARCHAR(100),
    note         VARCHAR(2000),
    version      INTEGER NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   UUID NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   UUID NOT NULL
);
CREATE INDEX legal_measure_family ON legal_measure (family_id, child_id, starts_on);
CREATE INDEX legal_measure_ends ON legal_measure (ends_on);

-- The court's decision as a document; one per measure, replaced when uploaded again.
CREATE TABLE legal_document (
    measure_id   UUID PRIMARY KEY REFERENCES legal_measure (id),
    family_id    UUID NOT NULL,
    file_name    VARCHAR(120) NOT NULL,
    content_type VARCHAR(40) NOT NULL,
    size_bytes   INTEGER NOT NULL,
    sha256       CHAR(64) NOT NULL,
    content      BYTEA NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by  UUID NOT NULL
);
CREATE INDEX legal_document_family ON legal_document (family_id);

-- Hearings, reports to react to, written instructions, appeals, evaluations, the
-- perspective decision: each with its deadline.
CREATE TABLE legal_event (
    id           UUID PRIMARY KEY,
    family_id    UUID NOT NULL REFERENCES family (id),
    child_id     UUID,
    kind         VARCHAR(30) NOT NULL,
    -- the day a period starts from (received, decided), when the deadline is computed
    base_on      DATE,
    due_on       DATE NOT NULL,
    at_time      TIME,
    place        VARCHAR(200),
    lawyer       VARCHAR(200),
    who_acts     VARCHAR(300),
    what_needed  VARCHAR(2000),
    done_on      DATE,
    version      INTEGER NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   UUID NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   UUID NOT NULL
);
CREATE INDEX legal_event_family ON legal_event (family_id, due_on);
CREATE INDEX legal_event_due ON legal_event (due_on);

-- Each reminder once: for this item, this due date and this lead time. A changed end
-- date is a new due date, so its reminders come again.
CREATE TABLE legal_reminder (
    item_id      UUID NOT NULL,
    due_on       DATE NOT NULL,
    lead_days    INTEGER NOT NULL,
    family_id    UUID NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_id, due_on, lead_days)
);

-- Parents who chose to be reminded themselves.
CREATE TABLE legal_reminder_choice (
    family_id    UUID NOT NULL REFERENCES family (id),
    account_id   UUID NOT NULL,
    chosen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (family_id, account_id)
);

-- Contact (omgang) between parents and a child: the agreed arrangement.
CREATE TABLE contact_arrangement (
    id           UUID PRIMARY KEY,
    family_id    UUID NOT NULL REFERENCES family (id),
    child_id     UUID NOT NULL,
    frequency    VARCHAR(200) NOT NULL,
    minutes      INTEGER NOT NULL,
    supervised   BOOLEAN NOT NULL,
    place        VARCHAR(200),
    set_by       VARCHAR(20) NOT NULL,
    since        DATE NOT NULL,
    note         VARCHAR(2000),
    version      INTEGER NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   UUID NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   UUID NOT NULL
);
CREATE INDEX contact_arrangement_family ON contact_arrangement (family_id, child_id);

-- Each planned contact moment and what happened.
CREATE TABLE contact_moment (
    id             UUID PRIMARY KEY,
    family_id      UUID NOT NULL REFERENCES family (id),
    child_id       UUID NOT NULL,
    starts_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    minutes        INTEGER NOT NULL,
    place          VARCHAR(200),
    supervised     BOOLEAN NOT NULL,
    outcome        VARCHAR(20) NOT NULL,
    cancelled_by   VARCHAR(20),
    reason         VARCHAR(1000),
    actual_minutes INTEGER,
    note           VARCHAR(2000),
    version        INTEGER NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     UUID NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     UUID NOT NULL
);
CREATE INDEX contact_moment_family ON contact_moment (family_id, starts_at);
