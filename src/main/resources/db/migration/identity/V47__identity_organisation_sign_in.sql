-- An organisation with its own identity provider: its professionals sign in there (OpenID Connect).
-- The client secret is stored encrypted with the application's secret key, never shown again.
CREATE TABLE organisation_sign_in (
    organisation_id          UUID PRIMARY KEY REFERENCES organisation (id),
    issuer_uri               VARCHAR(500) NOT NULL,
    client_id                VARCHAR(200) NOT NULL,
    client_secret_sealed     VARCHAR(2000) NOT NULL,
    -- lower-case, comma-separated: an account is linked on first sign-in only when its address is in one of these
    email_domains            VARCHAR(1000) NOT NULL,
    -- the administrator confirms that the organisation's provider itself asks for a second factor
    second_step_at_provider  BOOLEAN NOT NULL,
    -- the administrator confirms that the organisation keeps its people's addresses (they cannot set their own),
    -- so an address without "email_verified" is still trusted for the first link
    addresses_kept_by_provider BOOLEAN NOT NULL,
    enabled                  BOOLEAN NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  INTEGER NOT NULL DEFAULT 0
);

-- Who a provider's person is in Naast: linked once by address, then by the provider's stable subject,
-- so that a changed address at the provider does not move the link to someone else.
CREATE TABLE external_identity (
    issuer_uri      VARCHAR(500) NOT NULL,
    subject         VARCHAR(255) NOT NULL,
    account_id      UUID NOT NULL REFERENCES account (id),
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    linked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (issuer_uri, subject)
);
-- one account has at most one identity per provider
CREATE UNIQUE INDEX external_identity_account ON external_identity (account_id, issuer_uri);
