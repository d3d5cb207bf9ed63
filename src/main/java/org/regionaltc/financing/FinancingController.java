package org.regionaltc.financing;

import jakarta.validation.Valid;
import java.util.List;
import org.regionaltc.reference.Codelists;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.Country;
import org.regionaltc.reference.FinancingBodies;
import org.regionaltc.reference.FinancingBody;
import org.regionaltc.reference.ThematicAreas;
import org.regionaltc.system.Confirmation;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InputErrors;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.SignedInUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A financing body's page for resource mobilization: its contacts and eligibility rules. */
@Controller
class FinancingController {

    private final BodyRegister register;
    private final MessageSource messages;
    private final FinancingBodies bodies;
    private final Contacts contacts;
    private final EligibilityRules rules;

    private final Countries countries;
    private final ThematicAreas themes;
    private final Codelists codelists;

    FinancingController(FinancingBodies bodies, Contacts contacts, EligibilityRules rules, BodyRegister register,
            Countries countries, ThematicAreas themes, Codelists codelists, MessageSource messages) {
        this.messages = messages;
        this.countries = countries;
        this.themes = themes;
        this.codelists = codelists;
        this.register = register;
        this.bodies = bodies;
        this.contacts = contacts;
        this.rules = rules;
    }

    @GetMapping("/financing/bodies/{body}")
    String show(@PathVariable String body, Model model) {
        FinancingBody financingBody = bodies.get(body);
        List<EligibilityRule> bodyRules = rules.findByBody(financingBody.code());
        List<Contact> bodyContacts = SignedInUser.current().isPresent() ? contacts.findByBody(financingBody.code())
            : List.of();
        model.addAttribute("body", financingBody);
        model.addAttribute("rules", bodyRules);
        model.addAttribute("contacts", bodyContacts);
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", new ContactForm(null, null, null, null));
        }
        model.addAttribute("showsSampleData", bodyRules.stream().anyMatch(EligibilityRule::sample)
            || bodyContacts.stream().anyMatch(Contact::sample));
        return "financing/body";
    }

    /** {@code name} and {@code iatiOrgRef} prefill the form, from a publisher of the donor landscape (issue 12). */
    @GetMapping("/financing/bodies/new")
    String newBody(@org.springframework.web.bind.annotation.RequestParam(required = false) @org.jspecify.annotations.Nullable String name,
            @org.springframework.web.bind.annotation.RequestParam(required = false) @org.jspecify.annotations.Nullable String iatiOrgRef,
            Model model) {
        model.addAttribute("form", BodyDetails.prefilled(name, iatiOrgRef));
        return bodyForm(model, null);
    }

    @PostMapping("/financing/bodies")
    String createBody(@Valid @ModelAttribute("form") BodyDetails form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                BodyDetails created = register.create(form);
                return Confirmation.redirect(redirect, "/financing/bodies/" + created.code(), "saved.body.created",
                    created.name());
            } catch (InvalidInput e) {
                InputErrors.rejectInto(e, errors);
            } catch (Conflict e) {
                InputErrors.rejectInto(e, errors);
            }
        }
        return bodyForm(model, null);
    }

    @GetMapping("/financing/bodies/{body}/edit")
    String editBody(@PathVariable String body, Model model) {
        BodyDetails details = register.get(body);
        model.addAttribute("form", details);
        return bodyForm(model, details.code());
    }

    @PostMapping("/financing/bodies/{body}")
    String updateBody(@PathVariable String body, @Valid @ModelAttribute("form") BodyDetails form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        BodyDetails current = register.get(body);
        if (!errors.hasErrors()) {
            try {
                register.update(current.code(), form);
                return Confirmation.redirect(redirect, "/financing/bodies/" + current.code(), "saved.body",
                    form.name());
            } catch (InvalidInput e) {
                InputErrors.rejectInto(e, errors);
            } catch (Conflict e) {
                model.addAttribute("conflict", InputErrors.describe(e, messages, LocaleContextHolder.getLocale()));
                model.addAttribute("current", current);
                model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
                model.addAttribute("form", new BodyDetails(current.code(), form.name(), form.nameEs(), form.nameFr(),
                    form.namePt(), form.type(), form.iatiOrgRef(),
                    form.countryCode(), form.website(), form.notes(), current.version()));
            }
        }
        return bodyForm(model, current.code());
    }

    private String bodyForm(Model model, String code) {
        model.addAttribute("editing", code);
        model.addAttribute("types", FinancingBody.Type.values());
        return "financing/body-form";
    }

    @PostMapping("/financing/bodies/{body}/contacts")
    String addContact(@PathVariable String body, @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        FinancingBody financingBody = bodies.get(body);
        if (errors.hasErrors()) {
            return show(financingBody.code(), model);
        }
        contacts.create(financingBody.code(), form.name(), form.position(), form.email(), form.phone(), false);
        return Confirmation.redirect(redirect, "/financing/bodies/" + financingBody.code(), "saved.contact",
            form.name());
    }

    @PostMapping("/financing/bodies/{body}/contacts/{contactId}/delete")
    String deleteContact(@PathVariable String body, @PathVariable long contactId, RedirectAttributes redirect) {
        contacts.delete(body, contactId);
        return Confirmation.redirect(redirect, "/financing/bodies/" + body, "saved.contact.deleted");
    }

    @GetMapping("/financing/rules/new")
    String newRule(@RequestParam(name = "body", required = false) String body, Model model) {
        model.addAttribute("form", RuleForm.forBody(body));
        return ruleForm(model);
    }

    @PostMapping("/financing/rules")
    String createRule(@ModelAttribute("form") RuleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                EligibilityRule rule = rules.create(form.draft(), false);
                return Confirmation.redirect(redirect, "/financing/bodies/" + rule.bodyCode(), "saved.rule.created",
                    bodies.get(rule.bodyCode()).name());
            } catch (InvalidInput e) {
                InputErrors.rejectInto(e, errors);
            }
        }
        return ruleForm(model);
    }

    @GetMapping("/financing/rules/{ruleId}/edit")
    String editRule(@PathVariable long ruleId, Model model) {
        model.addAttribute("form", RuleForm.of(rules.get(ruleId)));
        model.addAttribute("ruleId", ruleId);
        return ruleForm(model);
    }

    @PostMapping("/financing/rules/{ruleId}")
    String updateRule(@PathVariable long ruleId, @ModelAttribute("form") RuleForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                EligibilityRule rule = rules.update(ruleId, form.draft());
                return Confirmation.redirect(redirect, "/financing/bodies/" + rule.bodyCode(), "saved.rule",
                    bodies.get(rule.bodyCode()).name());
            } catch (InvalidInput e) {
                InputErrors.rejectInto(e, errors);
            } catch (Conflict e) {
                // What was typed stays; the version becomes the one now saved, so the message can be read first.
                model.addAttribute("conflict", InputErrors.describe(e, messages, LocaleContextHolder.getLocale()));
                model.addAttribute("form", form.withVersion(rules.get(ruleId).version()));
            }
        }
        model.addAttribute("ruleId", ruleId);
        return ruleForm(model);
    }

    @PostMapping("/financing/rules/{ruleId}/delete")
    String deleteRule(@PathVariable long ruleId, RedirectAttributes redirect) {
        EligibilityRule rule = rules.get(ruleId);
        rules.delete(ruleId);
        return Confirmation.redirect(redirect, "/financing/bodies/" + rule.bodyCode(), "saved.rule.deleted",
            bodies.get(rule.bodyCode()).name());
    }

    /** The rule form with the lists its conditions are chosen from: names in the page's language, codes beside them. */
    private String ruleForm(Model model) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        java.text.Collator byName = java.text.Collator.getInstance(locale);
        model.addAttribute("bodies", bodies.findAll());
        model.addAttribute("themeList", themes.findAll());
        model.addAttribute("countryList", countries.findAll().stream()
            .sorted(java.util.Comparator.comparing((Country c) -> c.nameIn(locale), byName)).toList());
        model.addAttribute("scopeList", List.of("NATIONAL", "SUB_REGIONAL", "REGIONAL", "INTERREGIONAL"));
        // A rule may name a whole DAC category (321) as well as a sector (32161).
        List<Codelists.Item> sectors = java.util.stream.Stream.concat(codelists.items("SectorCategory", null).stream(),
            codelists.items("Sector", null).stream()).filter(Codelists.Item::active).toList();
        model.addAttribute("sectorList", sectors);
        model.addAttribute("sectorNames", sectors.stream()
            .collect(java.util.stream.Collectors.toMap(Codelists.Item::code, x -> x.nameIn(locale), (a, b) -> a)));
        return "financing/rule-form";
    }
}
