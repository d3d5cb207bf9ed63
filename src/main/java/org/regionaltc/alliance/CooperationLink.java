package org.regionaltc.alliance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A link between a LAC project and a project or institution of another region, and what the exchange achieved. */
public record CooperationLink(long id, long projectId, Region region, String counterpart, ExchangeType exchangeType,
        @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String results, boolean sample,
        int version) {

    public enum Region { AFRICA, ASIA_PACIFIC, ARAB_STATES, EUROPE }

    public enum ExchangeType { STUDY_TOUR, TWINNING, TECHNOLOGY_TRANSFER, EXPERT_EXCHANGE, TRIANGULAR_COOPERATION }
}
