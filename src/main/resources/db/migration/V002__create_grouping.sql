-- Sub-regional groupings are data: no single official split of GRULAC exists and a country may belong to several.
CREATE TABLE country_grouping (
    code        VARCHAR(20)  PRIMARY KEY,
    name_en     VARCHAR(200) NOT NULL,
    name_es     VARCHAR(200) NOT NULL,
    name_fr     VARCHAR(200) NOT NULL,
    name_pt     VARCHAR(200) NOT NULL,
    sub_region  VARCHAR(100) NOT NULL,
    sort_order  INTEGER      NOT NULL
);

CREATE TABLE grouping_member (
    grouping_code VARCHAR(20) NOT NULL REFERENCES country_grouping (code),
    country_code  CHAR(2)     NOT NULL REFERENCES country (code),
    joined_year   INTEGER,
    left_year     INTEGER,
    note          VARCHAR(300),
    PRIMARY KEY (grouping_code, country_code)
);
CREATE INDEX grouping_member_country ON grouping_member (country_code);
