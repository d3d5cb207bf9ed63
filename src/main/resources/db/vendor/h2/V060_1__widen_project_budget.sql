-- The project budget in its own currency, to three decimals like the other money columns (V060).
ALTER TABLE tc_project ALTER COLUMN total_budget TYPE NUMERIC(19, 3);
