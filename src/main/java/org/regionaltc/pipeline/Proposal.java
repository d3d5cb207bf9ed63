package org.regionaltc.pipeline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.IsoCurrency;
import org.regionaltc.system.MoneyAmount;

/** A project proposed to a financing body, with the amounts requested and approved in its currency. */
public record Proposal(long id, long projectId, String projectIdentifier, String projectTitle,
        Set<String> projectCountries, String bodyCode, Stage stage, String currency, BigDecimal amountRequested,
        @Nullable BigDecimal amountApproved, @Nullable String nextAction, @Nullable LocalDate nextActionDate,
        @Nullable String notes, boolean sample, int version) {

    /** The amount the pipeline counts: the approved amount once there is one, the requested amount before. */
    public BigDecimal amount() {
        return amountApproved != null ? amountApproved : amountRequested;
    }

    /** One step of the proposal's history. */
    public record Event(OffsetDateTime at, String actor, @Nullable Stage from, Stage to,
            @Nullable BigDecimal amountApproved, @Nullable String note) {
    }

    /** A new proposal as entered. */
    @MoneyAmount(amount = "amountRequested")
    public record Draft(@NotNull(message = "{error.required}") @Nullable Long projectId,
            @NotBlank(message = "{error.required}") @Nullable String bodyCode,
            @NotBlank(message = "{error.required}") @IsoCurrency @Nullable String currency,
            @NotNull(message = "{error.required}") @Nullable BigDecimal amountRequested,
            @Size(max = 500, message = "{error.tooLong}") @Nullable String nextAction,
            @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
            @Nullable LocalDate nextActionDate, @Size(max = 4000, message = "{error.tooLong}") @Nullable String notes) {
    }

    /**
     * A move to another stage; version is the one the user read. A move to APPROVED_PLEDGED or AGREEMENT_SIGNED
     * also records the pledge or the commitment in the ledger, dated decisionDate (today if none), unless
     * skipLedger says it is already there.
     */
    public record Move(@Nullable Stage stage, @Nullable BigDecimal amountApproved,
            @Size(max = 2000, message = "{error.tooLong}") @Nullable String note,
            @Size(max = 500, message = "{error.tooLong}") @Nullable String nextAction,
            @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
            @Nullable LocalDate nextActionDate, @NotNull(message = "{error.version.required}") @Nullable Integer version,
            @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
            @Nullable LocalDate decisionDate, @Nullable Boolean skipLedger) {

        /** A move that changes only the stage and the next action, recording in the ledger as of today. */
        public Move(@Nullable Stage stage, @Nullable BigDecimal amountApproved, @Nullable String note,
                @Nullable String nextAction, @Nullable LocalDate nextActionDate, @Nullable Integer version) {
            this(stage, amountApproved, note, nextAction, nextActionDate, version, null, null);
        }
    }
}
