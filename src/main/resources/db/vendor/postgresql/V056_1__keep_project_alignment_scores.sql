-- Every project's alignment score, kept so that the portfolio score is a sum over one small row per project
-- rather than a join of every priority link with every recipient country (about 250 ms at 20,000 projects).
-- Triggers write down which projects changed, whoever changes them, in the same transaction as the change; the
-- application recomputes just those projects before it reads the scores (alignment.KeptScores). A row with no
-- project means "recompute everything": a change to the priorities of an endorsed or closed cycle, to grouping
-- membership or to the thematic areas' hierarchy. A different current cycle or different tc.alignment settings
-- are noticed by comparing alignment_basis with what the application would use now.
CREATE TABLE project_alignment (
    project_id BIGINT           PRIMARY KEY,
    budget     DOUBLE PRECISION,
    score      DOUBLE PRECISION NOT NULL
);

CREATE TABLE alignment_change (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id BIGINT
);

CREATE TABLE alignment_basis (
    id    INTEGER      PRIMARY KEY,
    basis VARCHAR(1000)
);
INSERT INTO alignment_basis (id, basis) VALUES (1, NULL);

CREATE FUNCTION project_row_changed() RETURNS trigger AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO alignment_change (project_id) VALUES (OLD.id);
    END IF;
    IF TG_OP = 'INSERT' OR NEW.id <> OLD.id THEN
        INSERT INTO alignment_change (project_id) VALUES (NEW.id);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION project_part_changed() RETURNS trigger AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO alignment_change (project_id) VALUES (OLD.project_id);
    END IF;
    IF TG_OP = 'INSERT' OR NEW.project_id <> OLD.project_id THEN
        INSERT INTO alignment_change (project_id) VALUES (NEW.project_id);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Priorities of a cycle still being discussed count for nothing until the cycle is endorsed, and then the
-- current cycle itself changes, which alignment_basis notices.
CREATE FUNCTION endorsed_priority_changed() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM review_cycle c
               WHERE (c.status = 'ENDORSED' OR c.status = 'CLOSED')
                 AND (c.id = CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.cycle_id END
                      OR c.id = CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.cycle_id END)) THEN
        INSERT INTO alignment_change (project_id) VALUES (NULL);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION all_scores_changed() RETURNS trigger AS $$
BEGIN
    INSERT INTO alignment_change (project_id) VALUES (NULL);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER tc_project_scores AFTER INSERT OR DELETE OR UPDATE OF id, status, total_budget ON tc_project
    FOR EACH ROW EXECUTE FUNCTION project_row_changed();
CREATE TRIGGER project_country_scores AFTER INSERT OR UPDATE OR DELETE ON project_country
    FOR EACH ROW EXECUTE FUNCTION project_part_changed();
CREATE TRIGGER project_theme_scores AFTER INSERT OR UPDATE OR DELETE ON project_theme
    FOR EACH ROW EXECUTE FUNCTION project_part_changed();
CREATE TRIGGER project_priority_scores AFTER INSERT OR UPDATE OR DELETE ON project_priority
    FOR EACH ROW EXECUTE FUNCTION project_part_changed();
CREATE TRIGGER project_endorsement_scores AFTER INSERT OR UPDATE OR DELETE ON project_endorsement
    FOR EACH ROW EXECUTE FUNCTION project_part_changed();
CREATE TRIGGER priority_scores AFTER INSERT OR UPDATE OR DELETE ON priority
    FOR EACH ROW EXECUTE FUNCTION endorsed_priority_changed();
CREATE TRIGGER grouping_member_scores AFTER INSERT OR UPDATE OR DELETE ON grouping_member
    FOR EACH STATEMENT EXECUTE FUNCTION all_scores_changed();
CREATE TRIGGER thematic_area_scores AFTER INSERT OR UPDATE OR DELETE ON thematic_area
    FOR EACH STATEMENT EXECUTE FUNCTION all_scores_changed();

-- The hierarchy of thematic areas decides which linked priorities match a project's themes: kept coverage
-- results depend on it too.
CREATE TRIGGER thematic_area_alignment AFTER INSERT OR UPDATE OR DELETE ON thematic_area
    FOR EACH STATEMENT EXECUTE FUNCTION alignment_inputs_changed();
