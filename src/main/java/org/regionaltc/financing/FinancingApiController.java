package org.regionaltc.financing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.regionaltc.reference.FinancingBodies;
import org.regionaltc.reference.FinancingBody;
import org.regionaltc.system.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Financing bodies", description = "Contacts and eligibility rules per financing body and funding period")
class FinancingApiController {

    record Profile(FinancingBody body, List<Contact> contacts, List<EligibilityRule> rules) {
    }

    private final BodyRegister register;
    private final FinancingBodies bodies;
    private final Contacts contacts;
    private final EligibilityRules rules;

    FinancingApiController(FinancingBodies bodies, Contacts contacts, EligibilityRules rules, BodyRegister register) {
        this.register = register;
        this.bodies = bodies;
        this.contacts = contacts;
        this.rules = rules;
    }

    @GetMapping("/api/financing-bodies/{body}/profile")
    @Operation(summary = "A financing body with its eligibility rules, and its contacts when signed in")
    Profile profile(@PathVariable String body) {
        FinancingBody financingBody = bodies.get(body);
        return new Profile(financingBody, SignedInUser.current().isPresent()
            ? contacts.findByBody(financingBody.code()) : List.of(), rules.findByBody(financingBody.code()));
    }

    @PostMapping("/api/financing-bodies/{body}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a contact to a financing body (secretariat)")
    Contact addContact(@PathVariable String body, @Valid @RequestBody ContactForm form) {
        FinancingBody financingBody = bodies.get(body);
        return contacts.create(financingBody.code(), form.name(), form.position(), form.email(), form.phone(), false);
    }

    @PostMapping("/api/financing-bodies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a financing body (secretariat); 409 if the code exists")
    BodyDetails createBody(@Valid @RequestBody BodyDetails details) {
        return register.create(details);
    }

    @PutMapping("/api/financing-bodies/{body}")
    @Operation(summary = "Update a financing body's name, type, IATI identifier, country, website and notes (secretariat); send the version you read")
    BodyDetails updateBody(@PathVariable String body, @Valid @RequestBody BodyDetails details) {
        return register.update(body, details);
    }

    @GetMapping("/api/eligibility-rules")
    @Operation(summary = "Every eligibility rule of every financing body")
    List<EligibilityRule> rules() {
        return rules.findAll();
    }

    @PostMapping("/api/eligibility-rules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an eligibility rule (secretariat); amounts in USD, ratio as co-financing per unit of grant")
    EligibilityRule createRule(@RequestBody RuleDraft draft) {
        return rules.create(draft, false);
    }

    @PutMapping("/api/eligibility-rules/{ruleId}")
    @Operation(summary = "Change an eligibility rule (secretariat); send the version you read (409 if it changed since)")
    EligibilityRule updateRule(@PathVariable long ruleId, @RequestBody RuleDraft draft) {
        return rules.update(ruleId, draft);
    }

    @DeleteMapping("/api/eligibility-rules/{ruleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an eligibility rule (secretariat)")
    void deleteRule(@PathVariable long ruleId) {
        rules.delete(ruleId);
    }
}
