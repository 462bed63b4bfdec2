-- A young person's view on each team member seeing the family's file: heard, and shown to the parents.
CREATE TABLE team_youth_view (
    family_id         UUID NOT NULL,
    youth_account_id  UUID NOT NULL,
    member_account_id UUID NOT NULL,
    opinion           VARCHAR(20) NOT NULL,
    comment           VARCHAR(1000),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (family_id, youth_account_id, member_account_id)
);
