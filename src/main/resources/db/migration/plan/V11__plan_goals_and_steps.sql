-- Goals in the family's own words. Never deleted, never "failed": adjustments are kept as history.
CREATE TABLE plan_goal (
    id                UUID PRIMARY KEY,
    family_id         UUID NOT NULL,
    horizon           VARCHAR(20) NOT NULL,
    text              VARCHAR(1000) NOT NULL,
    status            VARCHAR(20) NOT NULL,
    author_account_id UUID NOT NULL,
    author_name       VARCHAR(200) NOT NULL,
    author_kind       VARCHAR(20) NOT NULL,
    -- set when the family agreed to a goal a professional wrote on its behalf; at once for the family's own
    agreed_at         TIMESTAMP WITH TIME ZONE,
    agreed_by_name    VARCHAR(200),
    version           INTEGER NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        UUID NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        UUID NOT NULL
);
CREATE INDEX plan_goal_family ON plan_goal (family_id);

CREATE TABLE plan_step (
    id            UUID PRIMARY KEY,
    family_id     UUID NOT NULL,
    goal_id       UUID NOT NULL REFERENCES plan_goal (id),
    what          VARCHAR(500) NOT NULL,
    who_kind      VARCHAR(10) NOT NULL,
    who_id        UUID NOT NULL,
    who_name      VARCHAR(200) NOT NULL,
    due_on        DATE,
    needs         VARCHAR(500),
    status        VARCHAR(20) NOT NULL,
    -- a partner's proposal waits for the family: PROPOSED, then ACCEPTED or DECLINED; NULL when not proposed
    proposal      VARCHAR(10),
    proposed_by   VARCHAR(200),
    position      INTEGER NOT NULL,
    version       INTEGER NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by    UUID NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID NOT NULL
);
CREATE INDEX plan_step_family ON plan_step (family_id);
CREATE INDEX plan_step_goal ON plan_step (goal_id, position);

-- Every change to a goal or a step, with the reason in plain words: the path the plan took.
CREATE TABLE plan_change (
    id          UUID PRIMARY KEY,
    family_id   UUID NOT NULL,
    goal_id     UUID NOT NULL,
    step_id     UUID,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  UUID NOT NULL,
    by_name     VARCHAR(200) NOT NULL,
    old_text    VARCHAR(1000),
    new_text    VARCHAR(1000),
    old_status  VARCHAR(20),
    new_status  VARCHAR(20) NOT NULL,
    reason      VARCHAR(1000)
);
CREATE INDEX plan_change_family ON plan_change (family_id, changed_at);
