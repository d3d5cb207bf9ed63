CREATE TABLE financing_body (
    code          VARCHAR(20)  PRIMARY KEY,
    name          VARCHAR(300) NOT NULL,
    body_type     VARCHAR(30)  NOT NULL,
    iati_org_ref  VARCHAR(100),
    country_code  VARCHAR(2),
    website       VARCHAR(300),
    notes         VARCHAR(4000),
    version       INTEGER      NOT NULL DEFAULT 0
);
