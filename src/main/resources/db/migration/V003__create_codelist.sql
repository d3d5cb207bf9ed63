CREATE TABLE codelist (
    name        VARCHAR(60)   PRIMARY KEY,
    description VARCHAR(2000),
    item_count  INTEGER       NOT NULL
);

CREATE TABLE codelist_item (
    codelist       VARCHAR(60)   NOT NULL REFERENCES codelist (name),
    code           VARCHAR(20)   NOT NULL,
    name_en        VARCHAR(500)  NOT NULL,
    name_fr        VARCHAR(500),
    description_en VARCHAR(4000),
    category       VARCHAR(20),
    status         VARCHAR(20)   NOT NULL,
    PRIMARY KEY (codelist, code)
);
