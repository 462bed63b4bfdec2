-- Append-only, hash-chained access log (NEN 7513 fields). Never updated, never deleted.
CREATE TABLE audit_record (
    sequence           BIGINT PRIMARY KEY,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_account_id   UUID,
    actor_name         VARCHAR(200) NOT NULL,
    actor_role         VARCHAR(20) NOT NULL,
    actor_organisation VARCHAR(200),
    family_id          UUID,
    resource           VARCHAR(100) NOT NULL,
    action             VARCHAR(20) NOT NULL,
    outcome            VARCHAR(20) NOT NULL,
    reason             VARCHAR(500),
    client_address     VARCHAR(100) NOT NULL,
    request_id         VARCHAR(100) NOT NULL,
    previous_hash      CHAR(64) NOT NULL,
    hash               CHAR(64) NOT NULL
);
CREATE INDEX audit_record_family ON audit_record (family_id, sequence);

-- The last link of the chain; appending locks this row, so sequence numbers have no gaps across nodes.
CREATE TABLE audit_chain_head (
    id            INTEGER PRIMARY KEY,
    last_sequence BIGINT NOT NULL,
    last_hash     CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
