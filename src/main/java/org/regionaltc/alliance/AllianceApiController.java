package org.regionaltc.alliance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Alliances", description = "Partners, agreements, inter-regional cooperation links")
class AllianceApiController {

    private final Partners partners;
    private final CooperationLinks links;
    private final AllianceVisibility visibility;

    AllianceApiController(Partners partners, CooperationLinks links, AllianceVisibility visibility) {
        this.partners = partners;
        this.links = links;
        this.visibility = visibility;
    }

    @GetMapping("/api/partners")
    @Operation(summary = "Partner organisations")
    List<Partner> partners() {
        return partners.findAll();
    }

    @PostMapping("/api/partners")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a partner organisation (secretariat)")
    Partner createPartner(@Valid @RequestBody AllianceForms.PartnerForm form) {
        return partners.create(form, false);
    }

    @PutMapping("/api/partners/{partnerId}")
    @Operation(summary = "Change a partner organisation (secretariat); send the version you read")
    Partner updatePartner(@PathVariable long partnerId, @Valid @RequestBody AllianceForms.PartnerForm form) {
        return partners.update(partnerId, form);
    }

    @GetMapping("/api/agreements")
    @Operation(summary = "Agreements with partners (drafts: the secretariat only)")
    List<Agreement> agreements() {
        return visibility.agreements(partners.agreements());
    }

    @PostMapping("/api/agreements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an agreement with one or more partners (secretariat)")
    Agreement createAgreement(@Valid @RequestBody AllianceForms.AgreementForm form) {
        return partners.createAgreement(form, false);
    }

    @PutMapping("/api/agreements/{agreementId}")
    @Operation(summary = "Change an agreement: status, dates, renewal date, parties (secretariat); send the version you read")
    Agreement updateAgreement(@PathVariable long agreementId, @Valid @RequestBody AllianceForms.AgreementForm form) {
        return partners.updateAgreement(agreementId, form);
    }

    @GetMapping("/api/agreements/due")
    @Operation(summary = "Active agreements due for renewal or ending within 90 days (secretariat)")
    List<Agreement> due() {
        return partners.dueWithin(LocalDate.now(ZoneOffset.UTC));
    }

    @GetMapping("/api/cooperation-links")
    @Operation(summary = "Inter-regional and South-South cooperation links of the projects the caller may see")
    List<CooperationLink> links() {
        return visibility.links(links.findAll());
    }

    @PostMapping("/api/cooperation-links")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Link a LAC project to a project or institution of another region (secretariat)")
    CooperationLink createLink(@Valid @RequestBody AllianceForms.LinkForm form) {
        return links.create(form, false);
    }

    @PutMapping("/api/cooperation-links/{linkId}")
    @Operation(summary = "Change a cooperation link (secretariat); send the version you read")
    CooperationLink updateLink(@PathVariable long linkId, @Valid @RequestBody AllianceForms.LinkForm form) {
        return links.update(linkId, form);
    }
}
