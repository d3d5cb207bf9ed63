-- The pledge or commitment a proposal's move recorded points at the proposal, so that withdrawing it removes that
-- entry and no other; the reference "proposal <id>" stays as a label. A deleted proposal leaves its entries as if
-- entered by hand.
ALTER TABLE ledger_entry ADD COLUMN proposal_id BIGINT;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_proposal_fk
    FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE SET NULL;
CREATE INDEX ledger_entry_proposal ON ledger_entry (proposal_id);

-- Entries the pipeline recorded before this column: the reference is exactly "proposal " and the id of an existing
-- proposal of the same body and project (comparing the text rather than casting it, so that "proposal 4a" or an
-- id too large for BIGINT matches nothing instead of failing the migration).
UPDATE ledger_entry SET proposal_id = (
        SELECT x.id FROM proposal x
        WHERE ledger_entry.reference = 'proposal ' || CAST(x.id AS VARCHAR(20))
          AND x.body_code = ledger_entry.body_code AND x.project_id = ledger_entry.project_id)
    WHERE entry_type IN ('PLEDGE', 'COMMITMENT') AND reference LIKE 'proposal %';
