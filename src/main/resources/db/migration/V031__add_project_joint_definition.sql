-- Joint definition: each recipient country's endorsement and UNIDO's approval, plus the project's parties,
-- documents and secretariat-only notes.
ALTER TABLE tc_project ADD COLUMN unido_approved_by VARCHAR(60);
ALTER TABLE tc_project ADD COLUMN unido_approved_on DATE;
ALTER TABLE tc_project ADD COLUMN unido_approval_reference VARCHAR(200);
ALTER TABLE tc_project ADD COLUMN status_before_hold VARCHAR(30);
ALTER TABLE tc_project ADD COLUMN internal_notes VARCHAR(4000);

CREATE TABLE project_endorsement (
    project_id   BIGINT       NOT NULL REFERENCES tc_project (id) ON DELETE CASCADE,
    country_code CHAR(2)      NOT NULL REFERENCES country (code),
    endorsed_by  VARCHAR(60)  NOT NULL,
    endorsed_on  DATE         NOT NULL,
    reference    VARCHAR(200) NOT NULL,
    PRIMARY KEY (project_id, country_code)
);

-- kind: COUNTERPART (national counterpart), PARTNER.
CREATE TABLE project_party (
    project_id BIGINT       NOT NULL REFERENCES tc_project (id) ON DELETE CASCADE,
    kind       VARCHAR(20)  NOT NULL,
    name       VARCHAR(300) NOT NULL,
    PRIMARY KEY (project_id, kind, name)
);

CREATE TABLE project_document (
    project_id BIGINT       NOT NULL REFERENCES tc_project (id) ON DELETE CASCADE,
    title      VARCHAR(300) NOT NULL,
    url        VARCHAR(500) NOT NULL,
    PRIMARY KEY (project_id, url)
);
