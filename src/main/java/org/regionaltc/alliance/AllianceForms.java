package org.regionaltc.alliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the secretariat enters for partners, agreements and cooperation links, on the pages and as JSON; an edit sends
 * back the {@code version} it read, so that a change made meanwhile by someone else is refused, not overwritten.
 */
final class AllianceForms {

    private AllianceForms() {
    }

    record PartnerForm(@NotBlank @Size(max = 300) @Nullable String name, @Size(max = 40) @Nullable String acronym,
            @NotNull Partner.@Nullable Kind kind, @Size(max = 2) @Nullable String countryCode,
            @Size(max = 500) @Nullable String website, @Size(max = 4000) @Nullable String description,
            @Nullable Integer version) {

        static PartnerForm of(Partner p) {
            return new PartnerForm(p.name(), p.acronym(), p.kind(), p.countryCode(), p.website(), p.description(),
                p.version());
        }
    }

    record AgreementForm(@NotBlank @Size(max = 300) @Nullable String title, @NotNull Agreement.@Nullable Kind kind,
            @NotNull Agreement.@Nullable Status status,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate signedOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endsOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate renewalOn,
            @Size(max = 4000) @Nullable String notes,
            @NotEmpty(message = "{alliance.agreement.error.noPartner}") @Nullable List<Long> partnerIds,
            @Nullable Integer version) {

        static AgreementForm of(Agreement a) {
            return new AgreementForm(a.title(), a.kind(), a.status(), a.signedOn(), a.endsOn(), a.renewalOn(), a.notes(),
                a.partnerIds(), a.version());
        }
    }

    record LinkForm(@NotNull @Nullable Long projectId, @NotNull CooperationLink.@Nullable Region region,
            @NotBlank @Size(max = 300) @Nullable String counterpart,
            @NotNull CooperationLink.@Nullable ExchangeType exchangeType,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endsOn,
            @Size(max = 4000) @Nullable String results, @Nullable Integer version) {

        static LinkForm of(CooperationLink l) {
            return new LinkForm(l.projectId(), l.region(), l.counterpart(), l.exchangeType(), l.startsOn(), l.endsOn(),
                l.results(), l.version());
        }
    }
}
