-- Runs after every migrate, as the owner of the schema (spring.flyway.user): what the application's role may do.
-- Ordinary DML on every table and sequence, including those a later migration adds (granted again at each start);
-- on audit_entry only INSERT and SELECT, so the application can neither change nor remove, truncate, or disable the
-- triggers of, the evidence it writes. No ALTER DEFAULT PRIVILEGES: pg_restore --clean would recreate audit_entry
-- under them, with DELETE and TRUNCATE for the application, and then only add the dump's grants.
-- When the application runs as the owner itself (one role, a developer's setup) there is nothing to grant.
DO $$
DECLARE
    app text := '${app_role}';
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), app);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app);
    EXECUTE format('REVOKE ALL ON audit_entry FROM %I', app);
    EXECUTE format('GRANT SELECT, INSERT ON audit_entry TO %I', app);
    -- Flyway's history is the owner's: the application reads it (db migrate reports the version) and no more.
    EXECUTE format('REVOKE ALL ON %I FROM %I', '${flyway:table}', app);
    EXECUTE format('GRANT SELECT ON %I TO %I', '${flyway:table}', app);
END
$$;
