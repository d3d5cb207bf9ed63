-- A consolidated sub-regional or regional priority and the national priorities it merges.
CREATE TABLE priority_link (
    consolidated_id BIGINT NOT NULL REFERENCES priority (id) ON DELETE CASCADE,
    national_id     BIGINT NOT NULL REFERENCES priority (id) ON DELETE CASCADE,
    PRIMARY KEY (consolidated_id, national_id)
);
CREATE INDEX priority_link_national ON priority_link (national_id);
