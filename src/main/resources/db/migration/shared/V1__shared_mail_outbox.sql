-- Demo delivery of e-mail: what Naast would have sent, readable by administrators.
CREATE TABLE mail_outbox (
    id         UUID PRIMARY KEY,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recipient  VARCHAR(320) NOT NULL,
    subject    VARCHAR(500) NOT NULL,
    body       VARCHAR(10000) NOT NULL
);
CREATE INDEX mail_outbox_sent_at ON mail_outbox (sent_at);
