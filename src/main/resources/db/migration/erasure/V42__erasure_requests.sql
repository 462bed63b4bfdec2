-- A family's request to erase its data ("Verwijder mijn gegevens"), decided by someone else. Carried out by
-- the nightly retention run, which deletes these rows with the rest of the family's data.
CREATE TABLE erasure_request (
    id              UUID PRIMARY KEY,
    family_id       UUID NOT NULL,
    requested_by    UUID NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(20) NOT NULL,
    decided_by      UUID,
    decided_at      TIMESTAMP WITH TIME ZONE,
    decision_reason VARCHAR(1000),
    version         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX erasure_request_family ON erasure_request (family_id, requested_at);
CREATE INDEX erasure_request_status ON erasure_request (status, requested_at);
