-- A counter that every change to what the dashboards summarise moves on (the PostgreSQL triggers of
-- db/vendor/postgresql/V066_1), so that a dashboard's figures can be kept until something they depend on changes.
CREATE TABLE dashboard_generation (
    id         INTEGER PRIMARY KEY,
    generation BIGINT  NOT NULL
);
INSERT INTO dashboard_generation (id, generation) VALUES (1, 0);
