-- Runs after every migration (idempotent). Audit records stay append-only, with one exception: anonymising
-- a record, which blanks its personal content and salt and changes nothing else (its digest and hash stay,
-- so the chain still verifies). A callback rather than a versioned migration, because V100 (which created
-- the strict trigger) runs after every lower version on a fresh database and would undo a replacement.
CREATE OR REPLACE FUNCTION audit_record_is_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND OLD.content_digest IS NOT NULL
       AND NEW.actor_name IS NULL AND NEW.reason IS NULL AND NEW.client_address IS NULL AND NEW.content_salt IS NULL
       AND NEW.sequence = OLD.sequence
       AND NEW.occurred_at = OLD.occurred_at
       AND NEW.actor_account_id IS NOT DISTINCT FROM OLD.actor_account_id
       AND NEW.actor_role = OLD.actor_role
       AND NEW.actor_organisation IS NOT DISTINCT FROM OLD.actor_organisation
       AND NEW.family_id IS NOT DISTINCT FROM OLD.family_id
       AND NEW.resource = OLD.resource
       AND NEW.action = OLD.action
       AND NEW.outcome = OLD.outcome
       AND NEW.request_id = OLD.request_id
       AND NEW.previous_hash = OLD.previous_hash
       AND NEW.hash = OLD.hash
       AND NEW.content_digest = OLD.content_digest THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit records are append-only';
END;
$$ LANGUAGE plpgsql;
