-- The project budget in its own currency, to three decimals like the other money columns (V060). PostgreSQL
-- refuses to change the type of a column a trigger's UPDATE OF names, so the trigger of V056_1 is made again.
DROP TRIGGER tc_project_scores ON tc_project;
ALTER TABLE tc_project ALTER COLUMN total_budget TYPE NUMERIC(19, 3);
CREATE TRIGGER tc_project_scores AFTER INSERT OR DELETE OR UPDATE OF id, status, total_budget ON tc_project
    FOR EACH ROW EXECUTE FUNCTION project_row_changed();
