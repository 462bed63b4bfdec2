-- What a person should know: one row per recipient and dedupe key, so an event published twice makes one notification.
CREATE TABLE notification (
    id            UUID PRIMARY KEY,
    recipient_id  UUID NOT NULL,
    kind          VARCHAR(40) NOT NULL,
    message_key   VARCHAR(200) NOT NULL,
    -- the message's arguments, each as <length>:<text>, so no text can break the list apart
    arguments     VARCHAR(4000) NOT NULL,
    link          VARCHAR(1000) NOT NULL,
    dedupe_key    VARCHAR(300) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at       TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX notification_once ON notification (recipient_id, dedupe_key);
-- the unread count in every page header
CREATE INDEX notification_unread ON notification (recipient_id, read_at);
CREATE INDEX notification_newest ON notification (recipient_id, created_at);

-- Per person and kind: also by e-mail or not. No row means the kind's default.
CREATE TABLE notification_preference (
    account_id  UUID NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    by_mail     BOOLEAN NOT NULL,
    PRIMARY KEY (account_id, kind)
);

-- The persistent outbox. The text is generic per kind and role: never a family's name or details.
-- PENDING -> SENDING -> SENT; on failure back to PENDING later, then FAILED; SENDING for too long (a crash
-- mid-send) becomes UNCERTAIN and waits for an administrator, because it may have gone out.
CREATE TABLE notification_mail (
    id               UUID PRIMARY KEY,
    notification_id  UUID NOT NULL REFERENCES notification (id),
    kind             VARCHAR(40) NOT NULL,
    recipient        VARCHAR(320) NOT NULL,
    subject          VARCHAR(500) NOT NULL,
    body             VARCHAR(10000) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    attempts         INTEGER NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_at       TIMESTAMP WITH TIME ZONE,
    last_attempt_at  TIMESTAMP WITH TIME ZONE,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX notification_mail_due ON notification_mail (status, next_attempt_at);
CREATE INDEX notification_mail_notification ON notification_mail (notification_id);
