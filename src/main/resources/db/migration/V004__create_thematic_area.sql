-- Themes change between framework periods, so they are rows, not an enum.
CREATE TABLE framework_period (
    code        VARCHAR(20)  PRIMARY KEY,
    title       VARCHAR(300) NOT NULL,
    start_year  INTEGER      NOT NULL,
    end_year    INTEGER      NOT NULL,
    CHECK (end_year >= start_year)
);

CREATE TABLE thematic_area (
    code        VARCHAR(20)   PRIMARY KEY,
    period_code VARCHAR(20)   NOT NULL REFERENCES framework_period (code),
    parent_code VARCHAR(20)   REFERENCES thematic_area (code),
    name_en     VARCHAR(300)  NOT NULL,
    name_es     VARCHAR(300)  NOT NULL,
    name_fr     VARCHAR(300)  NOT NULL,
    name_pt     VARCHAR(300)  NOT NULL,
    cross_cutting BOOLEAN     NOT NULL DEFAULT FALSE,
    sort_order  INTEGER       NOT NULL
);
