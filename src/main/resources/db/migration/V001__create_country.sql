CREATE TABLE country (
    code                    CHAR(2)      PRIMARY KEY,
    iso3                    CHAR(3)      NOT NULL UNIQUE,
    name_en                 VARCHAR(100) NOT NULL,
    name_es                 VARCHAR(100) NOT NULL,
    name_fr                 VARCHAR(100) NOT NULL,
    name_pt                 VARCHAR(100) NOT NULL,
    grulac_member           BOOLEAN      NOT NULL DEFAULT TRUE,
    industrial_policy_title VARCHAR(300),
    industrial_policy_url   VARCHAR(500),
    industrial_policy_year  INTEGER,
    profile_notes           VARCHAR(4000),
    profile_is_sample       BOOLEAN      NOT NULL DEFAULT FALSE,
    version                 INTEGER      NOT NULL DEFAULT 0
);
