package org.regionaltc.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTests {

    @Test
    void aProposalMovesOneStageForwardOrOut() {
        assertThat(Stage.IDENTIFIED.next()).containsExactlyInAnyOrder(Stage.CONCEPT_SUBMITTED, Stage.REJECTED,
            Stage.WITHDRAWN);
        assertThat(Stage.CONCEPT_SUBMITTED.canMoveTo(Stage.UNDER_NEGOTIATION)).isTrue();
        assertThat(Stage.UNDER_NEGOTIATION.canMoveTo(Stage.APPROVED_PLEDGED)).isTrue();
        assertThat(Stage.APPROVED_PLEDGED.canMoveTo(Stage.AGREEMENT_SIGNED)).isTrue();
    }

    @Test
    void refusesSkippingStagesGoingBackAndLeavingAFinalStage() {
        assertThat(Stage.IDENTIFIED.canMoveTo(Stage.UNDER_NEGOTIATION)).isFalse();
        assertThat(Stage.IDENTIFIED.canMoveTo(Stage.AGREEMENT_SIGNED)).isFalse();
        assertThat(Stage.UNDER_NEGOTIATION.canMoveTo(Stage.CONCEPT_SUBMITTED)).isFalse();
        assertThat(Stage.APPROVED_PLEDGED.canMoveTo(Stage.REJECTED)).isFalse();
        for (Stage last : List.of(Stage.AGREEMENT_SIGNED, Stage.REJECTED, Stage.WITHDRAWN)) {
            assertThat(last.next()).isEmpty();
            assertThat(last.isOpen()).isFalse();
        }
    }

    @Test
    void pipelineValueWeightsEachAmountByItsStageAndSkipsClosedOutProposals() {
        Map<Stage, BigDecimal> probabilities = new EnumMap<>(Stage.class);
        probabilities.put(Stage.IDENTIFIED, new BigDecimal("10"));
        probabilities.put(Stage.UNDER_NEGOTIATION, new BigDecimal("33.33"));
        probabilities.put(Stage.APPROVED_PLEDGED, new BigDecimal("90"));
        probabilities.put(Stage.REJECTED, new BigDecimal("0"));
        List<Proposal> proposals = List.of(
            proposal(Stage.IDENTIFIED, "USD", "1000.05", null),
            proposal(Stage.UNDER_NEGOTIATION, "EUR", "1000.00", null),
            proposal(Stage.APPROVED_PLEDGED, "USD", "5000.00", "4000.00"),
            proposal(Stage.REJECTED, "USD", "99999.00", null),
            proposal(Stage.WITHDRAWN, "USD", "99999.00", null));
        PipelineValue value = PipelineValue.of(proposals, probabilities,
            currency -> currency.equals("EUR") ? new BigDecimal("1.1000000000") : BigDecimal.ONE);
        assertThat(value.totalUsd()).isEqualTo(new BigDecimal("6100.05"));
        // 100.005 + 366.63 + 3600 = 4066.635, rounded once at the end
        assertThat(value.weightedUsd()).isEqualTo(new BigDecimal("4066.64"));
        assertThat(value.weightedByStage()).containsKeys(Stage.IDENTIFIED, Stage.UNDER_NEGOTIATION,
            Stage.APPROVED_PLEDGED).doesNotContainKeys(Stage.REJECTED, Stage.WITHDRAWN);
    }

    private static Proposal proposal(Stage stage, String currency, String requested, String approved) {
        return new Proposal(1, 1, "P", "Project", Set.of("BO"), "GEF", stage, currency, new BigDecimal(requested),
            approved == null ? null : new BigDecimal(approved), null, null, null, false, 0);
    }
}
