CREATE FUNCTION alignment_inputs_changed() RETURNS trigger AS $$
BEGIN
    UPDATE alignment_generation SET generation = generation + 1 WHERE id = 1;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER tc_project_alignment AFTER INSERT OR UPDATE OR DELETE ON tc_project
    FOR EACH STATEMENT EXECUTE FUNCTION alignment_inputs_changed();
CREATE TRIGGER project_country_alignment AFTER INSERT OR UPDATE OR DELETE ON project_country
    FOR EACH STATEMENT EXECUTE FUNCTION alignment_inputs_changed();
CREATE TRIGGER project_theme_alignment AFTER INSERT OR UPDATE OR DELETE ON project_theme
    FOR EACH STATEMENT EXECUTE FUNCTION alignment_inputs_changed();
CREATE TRIGGER project_priority_alignment AFTER INSERT OR UPDATE OR DELETE ON project_priority
    FOR EACH STATEMENT EXECUTE FUNCTION alignment_inputs_changed();
CREATE TRIGGER project_endorsement_alignment AFTER INSERT OR UPDATE OR DELETE ON project_endorsement
    FOR EACH STATEMENT EXECUTE FUNCTION alignment_inputs_changed();
CREATE TRIGGER priority_alignment AFTER INSERT OR UPDATE OR DELETE ON priority
    FOR EACH STATEMENT EXECUTE FUNCTION alignment_inputs_changed();
CREATE TRIGGER review_cycle_alignment AFTER INSERT OR UPDATE OR DELETE ON review_cycle
    FOR EACH STATEMENT EXECUTE FUNCTION alignment_inputs_changed();
CREATE TRIGGER grouping_member_alignment AFTER INSERT OR UPDATE OR DELETE ON grouping_member
    FOR EACH STATEMENT EXECUTE FUNCTION alignment_inputs_changed();
