-- A barrier names the organisation(s), the rule, or both: the organisations may be empty when a rule is given.
ALTER TABLE signal_barrier ALTER COLUMN organisations DROP NOT NULL;
