-- A counter that every change to the inputs of the alignment score and of coverage moves on (the PostgreSQL
-- triggers of db/vendor/postgresql/V034_1), so that their results can be kept until something they depend on changes.
CREATE TABLE alignment_generation (
    id         INTEGER PRIMARY KEY,
    generation BIGINT  NOT NULL
);
INSERT INTO alignment_generation (id, generation) VALUES (1, 0);
