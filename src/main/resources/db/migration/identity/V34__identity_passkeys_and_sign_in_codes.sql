-- Passkeys: the tables Spring Security's JDBC repositories read and write (names and columns are theirs).
-- user_entities.name is the account's e-mail address, the name Spring Security signs people in with.
CREATE TABLE user_entities (
    id           VARCHAR(1000) NOT NULL,
    name         VARCHAR(320)  NOT NULL,
    display_name VARCHAR(320),
    PRIMARY KEY (id)
);
CREATE UNIQUE INDEX user_entities_name ON user_entities (name);

CREATE TABLE user_credentials (
    credential_id                VARCHAR(1000) NOT NULL,
    user_entity_user_id          VARCHAR(1000) NOT NULL,
    public_key                   BYTEA         NOT NULL,
    signature_count              BIGINT,
    uv_initialized               BOOLEAN,
    backup_eligible              BOOLEAN       NOT NULL,
    authenticator_transports     VARCHAR(1000),
    public_key_credential_type   VARCHAR(100),
    backup_state                 BOOLEAN       NOT NULL,
    attestation_object           BYTEA,
    attestation_client_data_json BYTEA,
    created                      TIMESTAMP,
    last_used                    TIMESTAMP,
    label                        VARCHAR(1000) NOT NULL,
    PRIMARY KEY (credential_id)
);
CREATE INDEX user_credentials_user ON user_credentials (user_entity_user_id);

-- The second sign-in step by e-mail: one code per account at a time; only its SHA-256 is kept.
CREATE TABLE sign_in_code (
    account_id  UUID PRIMARY KEY REFERENCES account (id),
    code_hash   CHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    used_at     TIMESTAMP WITH TIME ZONE
);
