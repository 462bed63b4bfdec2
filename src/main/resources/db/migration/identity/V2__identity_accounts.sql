CREATE TABLE organisation (
    id         UUID PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    -- lower-cased name: H2 has no expression indexes, and names must be unique regardless of case
    name_key   VARCHAR(200) NOT NULL,
    kind       VARCHAR(40) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX organisation_name_key ON organisation (name_key);

-- password_hash stays empty until the person chose a password through their one-time link
CREATE TABLE account (
    id              UUID PRIMARY KEY,
    email           VARCHAR(320) NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(200),
    role            VARCHAR(20) NOT NULL,
    organisation_id UUID REFERENCES organisation (id),
    enabled         BOOLEAN NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX account_email ON account (email);
CREATE INDEX account_role ON account (role);

-- only the SHA-256 of a token is kept
CREATE TABLE account_token (
    token_hash  CHAR(64) PRIMARY KEY,
    account_id  UUID NOT NULL REFERENCES account (id),
    purpose     VARCHAR(20) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX account_token_account ON account_token (account_id);

CREATE TABLE login_failure (
    throttle_key VARCHAR(100) PRIMARY KEY,
    failures     INTEGER NOT NULL,
    since        TIMESTAMP WITH TIME ZONE NOT NULL
);
