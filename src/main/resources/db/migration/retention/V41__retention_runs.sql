-- What each retention run erased, per retention class and part: the report administrators read.
-- Counts only: no family ids, no names.
CREATE TABLE retention_run (
    id           UUID PRIMARY KEY,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE,
    run_on       DATE NOT NULL
);
CREATE INDEX retention_run_started ON retention_run (started_at);

CREATE TABLE retention_run_count (
    run_id           UUID NOT NULL REFERENCES retention_run (id),
    retention_class  VARCHAR(40) NOT NULL,
    part             VARCHAR(40) NOT NULL,
    erased           INTEGER NOT NULL,
    PRIMARY KEY (run_id, retention_class, part)
);
