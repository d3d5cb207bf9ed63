package org.regionaltc.alliance;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.regionaltc.project.ProjectSummaries;
import org.regionaltc.reference.Countries;
import org.regionaltc.system.Confirmation;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InputErrors;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of partners and agreements, and of inter-regional cooperation links. */
@Controller
class AllianceController {

    private final Partners partners;
    private final CooperationLinks links;
    private final AllianceVisibility visibility;
    private final Countries countries;
    private final ProjectSummaries projects;
    private final AgreementDocuments documents;
    private final RenewalReminders reminders;

    AllianceController(Partners partners, CooperationLinks links, AllianceVisibility visibility, Countries countries,
            ProjectSummaries projects, AgreementDocuments documents, RenewalReminders reminders) {
        this.documents = documents;
        this.reminders = reminders;
        this.partners = partners;
        this.links = links;
        this.visibility = visibility;
        this.countries = countries;
        this.projects = projects;
    }

    @GetMapping("/partners")
    String list(Model model) {
        List<Partner> all = partners.findAll();
        List<Agreement> agreements = visibility.agreements(partners.agreements());
        model.addAttribute("partners", all);
        model.addAttribute("partnerNames", all.stream().collect(java.util.stream.Collectors.toMap(Partner::id, Partner::label)));
        model.addAttribute("agreements", agreements);
        model.addAttribute("documents", agreements.stream().collect(java.util.stream.Collectors.toMap(Agreement::id,
            a -> documents.findByAgreement(a.id()))));
        model.addAttribute("today", today());
        model.addAttribute("secretariat", AllianceVisibility.secretariat());
        model.addAttribute("reminded", AllianceVisibility.secretariat() ? reminders.remindedOf(agreements) : Map.of());
        model.addAttribute("showsSampleData", all.stream().anyMatch(Partner::sample));
        return "alliance/partners";
    }

    @GetMapping("/partners/new")
    String newPartner(Model model) {
        model.addAttribute("form", new AllianceForms.PartnerForm(null, null, Partner.Kind.OTHER, null, null, null, null));
        return partnerForm(model);
    }

    @PostMapping("/partners")
    String createPartner(@Valid @ModelAttribute("form") AllianceForms.PartnerForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return partnerForm(model);
        }
        try {
            Partner created = partners.create(form, false);
            return Confirmation.redirect(redirect, "/partners", "alliance.partner.saved", created.label());
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
            return partnerForm(model);
        }
    }

    @GetMapping("/agreements/new")
    String newAgreement(Model model) {
        model.addAttribute("form", new AllianceForms.AgreementForm(null, Agreement.Kind.MEMORANDUM_OF_UNDERSTANDING,
            Agreement.Status.ACTIVE, null, null, null, null, List.of(), null));
        return agreementForm(model);
    }

    @PostMapping("/agreements")
    String createAgreement(@Valid @ModelAttribute("form") AllianceForms.AgreementForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return agreementForm(model);
        }
        try {
            Agreement created = partners.createAgreement(form, false);
            return Confirmation.redirect(redirect, "/partners", "alliance.agreement.saved", created.title());
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
            return agreementForm(model);
        }
    }

    @PostMapping("/agreements/{agreementId}/documents")
    String attach(@PathVariable long agreementId,
            @RequestParam(required = false) org.springframework.web.multipart.@Nullable MultipartFile file,
            RedirectAttributes redirect) throws java.io.IOException {
        Agreement agreement = partners.agreement(agreementId);
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "error.file.choose");
        }
        AgreementDocuments.Document document = documents.attach(agreement.id(),
            String.valueOf(file.getOriginalFilename()), file.getBytes());
        return Confirmation.redirect(redirect, "/partners", "alliance.document.saved", document.fileName(),
            agreement.title());
    }

    @GetMapping("/agreements/{agreementId}/documents/{agreementDocumentId}")
    ResponseEntity<byte[]> document(@PathVariable long agreementId, @PathVariable long agreementDocumentId) {
        Agreement agreement = partners.agreement(agreementId);
        if (visibility.agreements(List.of(agreement)).isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("agreement " + agreementId + " is a draft");
        }
        AgreementDocuments.Document document = documents.document(agreementId, agreementDocumentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .body(documents.content(document.id()));
    }

    @GetMapping("/cooperation")
    String cooperation(Model model) {
        List<CooperationLink> visible = visibility.links(links.findAll());
        model.addAttribute("links", visible);
        model.addAttribute("secretariat", AllianceVisibility.secretariat());
        model.addAttribute("showsSampleData", visible.stream().anyMatch(CooperationLink::sample));
        return "alliance/cooperation";
    }

    @GetMapping("/cooperation/new")
    String newLink(Model model) {
        model.addAttribute("form", new AllianceForms.LinkForm(null, CooperationLink.Region.AFRICA, null,
            CooperationLink.ExchangeType.STUDY_TOUR, null, null, null, null));
        return linkForm(model);
    }

    @PostMapping("/cooperation")
    String createLink(@Valid @ModelAttribute("form") AllianceForms.LinkForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return linkForm(model);
        }
        try {
            CooperationLink created = links.create(form, false);
            return Confirmation.redirect(redirect, "/cooperation", "alliance.link.saved", created.counterpart());
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
            return linkForm(model);
        }
    }

    @GetMapping("/partners/{partnerId}/edit")
    String editPartner(@PathVariable long partnerId, Model model) {
        model.addAttribute("form", AllianceForms.PartnerForm.of(partners.get(partnerId)));
        model.addAttribute("editing", partnerId);
        return partnerForm(model);
    }

    @PostMapping("/partners/{partnerId}")
    String updatePartner(@PathVariable long partnerId, @Valid @ModelAttribute("form") AllianceForms.PartnerForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("editing", partnerId);
        if (errors.hasErrors()) {
            return partnerForm(model);
        }
        try {
            Partner updated = partners.update(partnerId, form);
            return Confirmation.redirect(redirect, "/partners", "alliance.partner.saved", updated.label());
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
        } catch (Conflict e) {
            InputErrors.rejectInto(e, errors);
        }
        return partnerForm(model);
    }

    @GetMapping("/agreements/{agreementId}/edit")
    String editAgreement(@PathVariable long agreementId, Model model) {
        model.addAttribute("form", AllianceForms.AgreementForm.of(partners.agreement(agreementId)));
        model.addAttribute("editing", agreementId);
        return agreementForm(model);
    }

    @PostMapping("/agreements/{agreementId}")
    String updateAgreement(@PathVariable long agreementId,
            @Valid @ModelAttribute("form") AllianceForms.AgreementForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("editing", agreementId);
        if (errors.hasErrors()) {
            return agreementForm(model);
        }
        try {
            Agreement updated = partners.updateAgreement(agreementId, form);
            return Confirmation.redirect(redirect, "/partners", "alliance.agreement.saved", updated.title());
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
        } catch (Conflict e) {
            InputErrors.rejectInto(e, errors);
        }
        return agreementForm(model);
    }

    @GetMapping("/cooperation/{linkId}/edit")
    String editLink(@PathVariable long linkId, Model model) {
        model.addAttribute("form", AllianceForms.LinkForm.of(links.get(linkId)));
        model.addAttribute("editing", linkId);
        return linkForm(model);
    }

    @PostMapping("/cooperation/{linkId}")
    String updateLink(@PathVariable long linkId, @Valid @ModelAttribute("form") AllianceForms.LinkForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        model.addAttribute("editing", linkId);
        if (errors.hasErrors()) {
            return linkForm(model);
        }
        try {
            CooperationLink updated = links.update(linkId, form);
            return Confirmation.redirect(redirect, "/cooperation", "alliance.link.saved", updated.counterpart());
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
        } catch (Conflict e) {
            InputErrors.rejectInto(e, errors);
        }
        return linkForm(model);
    }

    private String partnerForm(Model model) {
        model.addAttribute("kinds", Partner.Kind.values());
        model.addAttribute("countries", countries.findAll());
        return "alliance/partner-form";
    }

    private String agreementForm(Model model) {
        model.addAttribute("kinds", Agreement.Kind.values());
        model.addAttribute("statuses", Agreement.Status.values());
        model.addAttribute("partners", partners.findAll());
        return "alliance/agreement-form";
    }

    private String linkForm(Model model) {
        model.addAttribute("regions", CooperationLink.Region.values());
        model.addAttribute("types", CooperationLink.ExchangeType.values());
        model.addAttribute("projects", projects.find(new ProjectSummaries.Filter(null, null, null, null, null),
            SignedInUser.current().orElse(null)));
        return "alliance/link-form";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
