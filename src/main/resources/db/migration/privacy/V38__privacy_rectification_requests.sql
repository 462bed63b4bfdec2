-- "Dit klopt niet, verbeter het": a family's request to correct its file (GDPR art. 16), with a status the
-- family sees. The request and every answer are kept; nothing is overwritten.
CREATE TABLE privacy_rectification (
    id               UUID PRIMARY KEY,
    family_id        UUID NOT NULL,
    about            VARCHAR(300),
    what_is_wrong    VARCHAR(4000) NOT NULL,
    should_be        VARCHAR(4000) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    answer           VARCHAR(4000),
    asked_by         UUID NOT NULL,
    asked_by_name    VARCHAR(200) NOT NULL,
    answered_by_name VARCHAR(200),
    answered_at      TIMESTAMP WITH TIME ZONE,
    version          INTEGER NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       UUID NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       UUID NOT NULL
);
CREATE INDEX privacy_rectification_family ON privacy_rectification (family_id, created_at);

-- Each status the coordinator set, with the reason the family read at the time.
CREATE TABLE privacy_rectification_change (
    id          UUID PRIMARY KEY,
    request_id  UUID NOT NULL REFERENCES privacy_rectification (id),
    family_id   UUID NOT NULL,
    status      VARCHAR(20) NOT NULL,
    answer      VARCHAR(4000),
    by_id       UUID NOT NULL,
    by_name     VARCHAR(200) NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX privacy_rectification_change_family ON privacy_rectification_change (family_id, request_id);
