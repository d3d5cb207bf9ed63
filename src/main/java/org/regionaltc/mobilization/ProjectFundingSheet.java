package org.regionaltc.mobilization;

import java.util.List;
import org.regionaltc.financing.ProjectFacts;
import org.regionaltc.funding.Cofinancing;
import org.regionaltc.funding.LedgerEntry;
import org.regionaltc.funding.ProjectFunding;
import org.regionaltc.pipeline.Proposal;

/** Everything resource mobilization knows about one project. */
record ProjectFundingSheet(ProjectFacts.Project project, ProjectFunding funding, List<LedgerEntry> ledger,
        List<Cofinancing> cofinancing, List<Proposal> proposals, List<Eligibilities.BodyVerdict> eligibility) {

    boolean sample() {
        return project.sample() || ledger.stream().anyMatch(LedgerEntry::sample)
            || cofinancing.stream().anyMatch(Cofinancing::sample) || proposals.stream().anyMatch(Proposal::sample);
    }
}
