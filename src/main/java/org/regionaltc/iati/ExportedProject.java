package org.regionaltc.iati;

import java.util.List;
import java.util.Map;
import org.regionaltc.funding.Cofinancing;
import org.regionaltc.funding.LedgerEntry;
import org.regionaltc.project.TcProject;
import org.regionaltc.reference.FinancingBody;
import org.regionaltc.results.Outcome;

/** A published project with what the export says about it: its ledger, co-financing and results. */
record ExportedProject(TcProject project, List<LedgerEntry> ledger, List<Cofinancing> cofinancing,
        List<Outcome> outcomes, Map<String, FinancingBody> bodies) {
}
