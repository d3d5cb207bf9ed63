-- Amounts in their own currency take that currency's minor unit: none for JPY, two for USD, three for KWD and BHD.
-- Three decimals hold them all; 16 digits before the point stay. USD figures (amount_usd) stay in cents.
-- tc_project.total_budget is widened in db/vendor: PostgreSQL refuses to change a column a trigger names.
ALTER TABLE project_budget_year ALTER COLUMN amount TYPE NUMERIC(19, 3);
ALTER TABLE funding_window ALTER COLUMN amount TYPE NUMERIC(19, 3);
ALTER TABLE ledger_entry ALTER COLUMN amount TYPE NUMERIC(19, 3);
ALTER TABLE cofinancing ALTER COLUMN amount TYPE NUMERIC(19, 3);
ALTER TABLE proposal ALTER COLUMN amount_requested TYPE NUMERIC(19, 3);
ALTER TABLE proposal ALTER COLUMN amount_approved TYPE NUMERIC(19, 3);
ALTER TABLE proposal_event ALTER COLUMN amount_approved TYPE NUMERIC(19, 3);
