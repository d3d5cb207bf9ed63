package org.regionaltc.mobilization;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.regionaltc.funding.EntryType;
import org.regionaltc.funding.FundingFigures;
import org.regionaltc.funding.FundingWindow;
import org.regionaltc.funding.LedgerEntry;
import org.regionaltc.pipeline.Proposal;
import org.regionaltc.reference.FinancingBody;

/**
 * What a financing body funds and where: its ledger by step, by project and by country, its windows and proposals,
 * and its newest ledger lines ({@code entryCount} in all; every line through the paged ledger).
 */
record Portfolio(FinancingBody body, Map<EntryType, BigDecimal> totalsUsd, List<ProjectLine> projects,
        Map<String, BigDecimal> securedByCountryUsd, List<FundingWindow> windows, List<Proposal> proposals,
        List<FundingFigures.Ratio> ratios, List<LedgerEntry> entries, int entryCount) {

    /** How many of the body's ledger lines a portfolio lists: the answer stays bounded on a large ledger. */
    static final int NEWEST_ENTRIES = 100;

    /** A project's totals per entry type, keyed by the type's name. */
    record ProjectLine(long projectId, String identifier, Map<String, BigDecimal> totalsUsd) {
    }

    boolean sample() {
        return entries.stream().anyMatch(LedgerEntry::sample) || windows.stream().anyMatch(FundingWindow::sample)
            || proposals.stream().anyMatch(Proposal::sample);
    }
}
