-- What a focal point records beside the agreed columns: the country that submitted it (NULL for priorities the
-- secretariat consolidates), the national plan or strategy it comes from, and the expected outcomes.
ALTER TABLE priority ADD COLUMN owner_country_code CHAR(2) REFERENCES country (code);
ALTER TABLE priority ADD COLUMN plan_title VARCHAR(300);
ALTER TABLE priority ADD COLUMN plan_url VARCHAR(500);
ALTER TABLE priority ADD COLUMN plan_year INTEGER;
ALTER TABLE priority ADD COLUMN expected_outcomes VARCHAR(4000);
CREATE INDEX priority_owner ON priority (cycle_id, owner_country_code);
