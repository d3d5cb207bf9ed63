-- The audit trail is evidence: the database itself refuses to change or remove a row, whatever the application does.
CREATE TRIGGER audit_entry_final
    BEFORE UPDATE, DELETE ON audit_entry
    FOR EACH ROW CALL 'org.regionaltc.audit.AuditRowsAreFinal';
