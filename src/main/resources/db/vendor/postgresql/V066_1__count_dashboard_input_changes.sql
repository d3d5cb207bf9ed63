-- Every table the dashboards may read moves dashboard_generation on, in the writer's own transaction, once per
-- statement. Rather than a list that a new feature's table could silently miss, every table of the schema gets the
-- trigger except those that are written without changing any figure (sign-in failures, the audit trail, users and
-- their roles, the search index's epoch) and the counters themselves. A table created by a later migration that
-- a dashboard reads needs the same trigger (see DashboardCache).
CREATE FUNCTION dashboard_inputs_changed() RETURNS trigger AS $$
BEGIN
    UPDATE dashboard_generation SET generation = generation + 1 WHERE id = 1;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT table_name FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
               AND table_name NOT IN ('dashboard_generation', 'alignment_generation', 'flyway_schema_history',
                                      'audit_entry', 'login_failure', 'search_epoch', 'app_user', 'app_user_country',
                                      'app_role')
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
                       || ' FOR EACH STATEMENT EXECUTE FUNCTION dashboard_inputs_changed()',
                       left(t.table_name, 40) || '_dashboard', t.table_name);
    END LOOP;
END
$$;
