package org.regionaltc.reference;

import jakarta.validation.Valid;
import org.regionaltc.system.Confirmation;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InputErrors;
import org.regionaltc.system.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A country's focal points and the secretariat keep its profile up to date. */
@Controller
class CountryProfileController {

    private final Countries countries;
    private final MessageSource messages;

    CountryProfileController(Countries countries, MessageSource messages) {
        this.messages = messages;
        this.countries = countries;
    }

    @GetMapping("/countries/{code}/profile")
    String editForm(@PathVariable String code, Model model) {
        Country country = editable(code);
        model.addAttribute("country", country);
        model.addAttribute("form", CountryProfileForm.of(country));
        return "reference/country-profile";
    }

    @PostMapping("/countries/{code}/profile")
    String update(@PathVariable String code, @Valid @ModelAttribute("form") CountryProfileForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Country country = editable(code);
        if (errors.hasErrors()) {
            model.addAttribute("country", country);
            return "reference/country-profile";
        }
        try {
            countries.updateProfile(country.code(), form.version(), form.profile());
        } catch (Conflict e) {
            model.addAttribute("country", country);
            model.addAttribute("conflict", InputErrors.describe(e, messages, LocaleContextHolder.getLocale()));
            Country current = countries.get(code);
            model.addAttribute("current", current);
            model.addAttribute("form", new CountryProfileForm(form.industrialPolicyTitle(), form.industrialPolicyUrl(),
                form.industrialPolicyYear(), form.profileNotes(), current.version()));
            return "reference/country-profile";
        }
        return Confirmation.redirect(redirect, "/countries/" + country.code(), "saved.countryProfile",
            country.name().in(LocaleContextHolder.getLocale()));
    }

    private Country editable(String code) {
        Country country = countries.get(code);
        if (SignedInUser.current().filter(u -> u.canActFor(country.code())).isEmpty()) {
            throw new AccessDeniedException("not a focal point of " + country.code());
        }
        return country;
    }
}
