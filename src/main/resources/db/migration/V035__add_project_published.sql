-- A project is published (readable by anyone) once it has been approved, and stays published when it is later put
-- on hold or cancelled; a project put on hold or cancelled before approval was never published.
ALTER TABLE tc_project ADD COLUMN published BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE tc_project SET published = TRUE
WHERE status = 'APPROVED' OR status = 'IMPLEMENTATION' OR status = 'OPERATIONALLY_COMPLETED'
   OR status = 'FINANCIALLY_CLOSED'
   OR (status = 'ON_HOLD' AND (status_before_hold = 'APPROVED' OR status_before_hold = 'IMPLEMENTATION'));
