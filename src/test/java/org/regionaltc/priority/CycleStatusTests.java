package org.regionaltc.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regionaltc.system.Conflict;

class CycleStatusTests {

    private static final Map<CycleStatus, Set<CycleStatus>> LEGAL = Map.of(
        CycleStatus.DRAFT, Set.of(CycleStatus.OPEN),
        CycleStatus.OPEN, Set.of(CycleStatus.CONSOLIDATION),
        CycleStatus.CONSOLIDATION, Set.of(CycleStatus.OPEN, CycleStatus.ENDORSED),
        CycleStatus.ENDORSED, Set.of(CycleStatus.CLOSED),
        CycleStatus.CLOSED, Set.of());

    @Test
    void allowsExactlyTheListedMoves() {
        for (CycleStatus from : CycleStatus.values()) {
            for (CycleStatus to : CycleStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(LEGAL.get(from).contains(to));
            }
        }
    }

    @Test
    void refusesEveryIllegalMoveWithAMessageNamingFromAndTo() {
        for (CycleStatus from : CycleStatus.values()) {
            for (CycleStatus to : CycleStatus.values()) {
                if (LEGAL.get(from).contains(to)) {
                    assertThatCode(() -> from.checkMoveTo(to)).doesNotThrowAnyException();
                } else {
                    assertThatThrownBy(() -> from.checkMoveTo(to)).as(from + " -> " + to)
                        .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.reason().arguments()).startsWith(
                            org.regionaltc.system.InvalidInput.FieldError.words("enum.CycleStatus." + from),
                            org.regionaltc.system.InvalidInput.FieldError.words("enum.CycleStatus." + to)));
                }
            }
        }
    }

    @Test
    void aClosedCycleSaysItCannotMoveAnyMore() {
        assertThatThrownBy(() -> CycleStatus.CLOSED.checkMoveTo(CycleStatus.OPEN))
            .isInstanceOfSatisfying(org.regionaltc.system.Conflict.class, e -> assertThat(e.reason()).isEqualTo(
                new org.regionaltc.system.InvalidInput.FieldError("", "conflict.cycle.final",
                    org.regionaltc.system.InvalidInput.FieldError.words("enum.CycleStatus.CLOSED"),
                    org.regionaltc.system.InvalidInput.FieldError.words("enum.CycleStatus.OPEN"),
                    org.regionaltc.system.InvalidInput.FieldError.list(java.util.List.of()))));
    }

    @Test
    void onlyEndorsedAndClosedCyclesAreFrozenAndPublished() {
        assertThat(CycleStatus.values()).filteredOn(CycleStatus::frozen)
            .containsExactly(CycleStatus.ENDORSED, CycleStatus.CLOSED);
        assertThat(CycleStatus.values()).filteredOn(CycleStatus::published)
            .containsExactly(CycleStatus.ENDORSED, CycleStatus.CLOSED);
    }
}
