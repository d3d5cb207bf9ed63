package org.regionaltc.alliance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The home page's reminder of agreements due for renewal within 90 days, for the secretariat who renews them. A
 * model attribute of its own and a fragment of its own (alliance/reminder), so that the home page only includes it.
 */
@ControllerAdvice(basePackages = "org.regionaltc.home")
class AgreementReminder {

    private final Partners partners;

    AgreementReminder(Partners partners) {
        this.partners = partners;
    }

    @ModelAttribute("agreementsDue")
    List<Agreement> agreementsDue() {
        return AllianceVisibility.secretariat() ? partners.dueWithin(LocalDate.now(ZoneOffset.UTC)) : List.of();
    }
}
