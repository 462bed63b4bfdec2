-- Other modules queue their own mail in the outbox (shared MailDue), e.g. the confirmation of a training
-- registration: such a mail belongs to no notification and names what it is in topic (a message key shown
-- to administrators). keep_until is when the copy must go, sent or not: the sender's own retention promise.
ALTER TABLE notification_mail ALTER COLUMN notification_id DROP NOT NULL;
ALTER TABLE notification_mail ADD COLUMN topic VARCHAR(200);
ALTER TABLE notification_mail ADD COLUMN keep_until TIMESTAMP WITH TIME ZONE;
CREATE INDEX notification_mail_keep_until ON notification_mail (keep_until);

-- Files that go along, e.g. a calendar file (.ics); erased with their mail.
CREATE TABLE notification_mail_attachment (
    mail_id       UUID NOT NULL REFERENCES notification_mail (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    name          VARCHAR(300) NOT NULL,
    content_type  VARCHAR(200) NOT NULL,
    content       BYTEA NOT NULL,
    PRIMARY KEY (mail_id, position)
);
