-- Break the glass (noodprocedure): a team manager opens one family's file, read-only, for a limited
-- time, with a written reason; someone else reviews it afterwards. Rows are never deleted.
CREATE TABLE emergency_access (
    id               UUID PRIMARY KEY,
    family_id        UUID NOT NULL,
    account_id       UUID NOT NULL,
    account_name     VARCHAR(200) NOT NULL,
    reason           VARCHAR(400) NOT NULL,
    opened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- when the stop was recorded: ended early by the manager, or found expired
    ended_at         TIMESTAMP WITH TIME ZONE,
    review_outcome   VARCHAR(20),
    review_note      VARCHAR(2000),
    reviewed_by      UUID,
    reviewed_by_name VARCHAR(200),
    reviewed_at      TIMESTAMP WITH TIME ZONE,
    version          INTEGER NOT NULL DEFAULT 0,
    -- four eyes: whoever opened the file never reviews it
    CONSTRAINT emergency_access_other_reviewer CHECK (reviewed_by IS NULL OR reviewed_by <> account_id),
    CONSTRAINT emergency_access_expiry CHECK (expires_at > opened_at)
);
CREATE INDEX emergency_access_family ON emergency_access (family_id, opened_at);
CREATE INDEX emergency_access_account ON emergency_access (account_id, family_id, expires_at);
CREATE INDEX emergency_access_open_review ON emergency_access (reviewed_at, opened_at);
