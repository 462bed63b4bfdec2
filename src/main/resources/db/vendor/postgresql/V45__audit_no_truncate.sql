-- TRUNCATE fires no row triggers: without this, one statement would empty the append-only audit table.
CREATE FUNCTION audit_record_is_never_emptied() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit records are append-only: the table cannot be emptied';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_record_no_truncate
    BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_is_never_emptied();
