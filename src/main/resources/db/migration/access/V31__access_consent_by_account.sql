-- A team member's pages look up what every family of theirs opened to them at once.
CREATE INDEX family_consent_account ON family_consent (account_id);
