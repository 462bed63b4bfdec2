-- Everything asked of the family: appointments, tasks, conditions and expectations, by whom and how binding.
CREATE TABLE demand (
    id                UUID PRIMARY KEY,
    family_id         UUID NOT NULL,
    asker_org         VARCHAR(200) NOT NULL,
    asker_person      VARCHAR(200),
    asked_of_id       UUID NOT NULL,
    asked_of_name     VARCHAR(200) NOT NULL,
    what              VARCHAR(1000) NOT NULL,
    why               VARCHAR(1000),
    consequence       VARCHAR(1000),
    kind              VARCHAR(20) NOT NULL,
    starts_at         TIMESTAMP WITH TIME ZONE,
    duration_minutes  INTEGER,
    all_day           BOOLEAN NOT NULL,
    place             VARCHAR(300),
    due_on            DATE,
    compulsory        BOOLEAN NOT NULL,
    reference         VARCHAR(200),
    status            VARCHAR(20) NOT NULL,
    withdraw_reason   VARCHAR(1000),
    recorded_by       UUID NOT NULL,
    recorded_by_name  VARCHAR(200) NOT NULL,
    recorded_by_kind  VARCHAR(20) NOT NULL,
    version           INTEGER NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        UUID NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        UUID NOT NULL
);
CREATE INDEX demand_family ON demand (family_id, starts_at);

-- The family's own voice on a demand: too much, unclear, not right, in its own words.
CREATE TABLE demand_mark (
    id          UUID PRIMARY KEY,
    family_id   UUID NOT NULL,
    demand_id   UUID NOT NULL REFERENCES demand (id),
    mark        VARCHAR(20) NOT NULL,
    words       VARCHAR(1000),
    marked_by   UUID NOT NULL,
    by_name     VARCHAR(200) NOT NULL,
    marked_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX demand_mark_family ON demand_mark (family_id);

-- What happened to a demand: done, withdrawn (with the asker's reason). Kept, never overwritten.
CREATE TABLE demand_change (
    id          UUID PRIMARY KEY,
    family_id   UUID NOT NULL,
    demand_id   UUID NOT NULL REFERENCES demand (id),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    by_name     VARCHAR(200) NOT NULL,
    new_status  VARCHAR(20) NOT NULL,
    reason      VARCHAR(1000)
);
CREATE INDEX demand_change_family ON demand_change (family_id);
