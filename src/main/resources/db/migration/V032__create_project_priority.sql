-- The priorities a project serves; strength STRONG or PARTIAL.
CREATE TABLE project_priority (
    project_id  BIGINT      NOT NULL REFERENCES tc_project (id) ON DELETE CASCADE,
    priority_id BIGINT      NOT NULL REFERENCES priority (id) ON DELETE CASCADE,
    strength    VARCHAR(10) NOT NULL,
    PRIMARY KEY (project_id, priority_id)
);
CREATE INDEX project_priority_priority ON project_priority (priority_id);
