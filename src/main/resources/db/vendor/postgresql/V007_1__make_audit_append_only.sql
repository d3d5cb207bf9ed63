-- The audit trail is evidence: the database itself refuses to change or remove a row, whatever the application does.
CREATE FUNCTION audit_entry_is_final() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit entries cannot be changed or deleted';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_final
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_final();
