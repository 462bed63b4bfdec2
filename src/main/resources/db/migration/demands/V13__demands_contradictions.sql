-- What a demand is about and which way it points ("must" / "must not"), and when it holds: for finding demands that
-- contradict each other.
ALTER TABLE demand ADD COLUMN topic VARCHAR(100);
ALTER TABLE demand ADD COLUMN polarity VARCHAR(10);
ALTER TABLE demand ADD COLUMN period_from DATE;
ALTER TABLE demand ADD COLUMN period_to DATE;
CREATE INDEX demand_topic ON demand (family_id, topic);

-- Two demands that cannot both be met: linked by a person, or found by Naast. Open until resolved with a note.
CREATE TABLE demand_contradiction (
    id               UUID PRIMARY KEY,
    family_id        UUID NOT NULL,
    first_id         UUID NOT NULL REFERENCES demand (id),
    second_id        UUID NOT NULL REFERENCES demand (id),
    note             VARCHAR(1000),
    detected         BOOLEAN NOT NULL,
    linked_by_name   VARCHAR(200) NOT NULL,
    linked_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at      TIMESTAMP WITH TIME ZONE,
    resolved_by_name VARCHAR(200),
    resolution       VARCHAR(1000)
);
CREATE INDEX demand_contradiction_family ON demand_contradiction (family_id);
