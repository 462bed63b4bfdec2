-- Limits on e-mailed sign-in codes per account, kept in the database so they hold across nodes and restarts:
-- every code sent (ISSUED) and every wrong code typed (WRONG), with when it happened.
CREATE TABLE sign_in_code_event (
    account_id  UUID NOT NULL REFERENCES account (id),
    kind        VARCHAR(10) NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_code_event_account ON sign_in_code_event (account_id, kind, at);
