package org.regionaltc.account;

import jakarta.validation.Valid;
import org.regionaltc.reference.Countries;
import org.regionaltc.reference.FinancingBodies;
import org.regionaltc.system.Confirmation;
import org.regionaltc.system.Conflict;
import org.regionaltc.system.InputErrors;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** User management for administrators. */
@Controller
class AccountController {

    private final Accounts accounts;
    private final AccountAdministration administration;
    private final Countries countries;
    private final FinancingBodies financingBodies;
    private final MessageSource messages;

    AccountController(Accounts accounts, AccountAdministration administration, Countries countries,
            FinancingBodies financingBodies, MessageSource messages) {
        this.messages = messages;
        this.accounts = accounts;
        this.administration = administration;
        this.countries = countries;
        this.financingBodies = financingBodies;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("accounts", accounts.findAll());
        return "account/list";
    }

    @GetMapping("/admin/users/new")
    String newForm(Model model) {
        return form(model, AccountForm.blank(), null);
    }

    @PostMapping("/admin/users")
    String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, form, null);
        }
        try {
            long id = administration.create(form.username() == null ? "" : form.username(),
                form.password() == null ? "" : form.password(), form.details());
            return Confirmation.redirect(redirect, "/admin/users#user-" + id, "saved.user.created", form.username());
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
        } catch (Conflict e) {
            InputErrors.rejectInto(e, errors);
        }
        return form(model, form, null);
    }

    @GetMapping("/admin/users/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        return form(model, AccountForm.of(accounts.get(id)), id);
    }

    @PostMapping("/admin/users/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        accounts.get(id);
        if (errors.hasErrors()) {
            return form(model, form, id);
        }
        try {
            accounts.update(id, form.version() == null ? -1 : form.version(), form.details());
            return Confirmation.redirect(redirect, "/admin/users", "saved.user", form.username());
        } catch (InvalidInput e) {
            InputErrors.rejectInto(e, errors);
        } catch (Conflict e) {
            model.addAttribute("conflict", InputErrors.describe(e, messages, LocaleContextHolder.getLocale()));
        }
        return form(model, form, id);
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        Account account = accounts.get(id);
        try {
            administration.changePassword(id, password);
            return Confirmation.redirect(redirect, "/admin/users/" + id + "/edit", "saved.user.password",
                account.username());
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("passwordError",
                InputErrors.message(e.errors().getFirst(), messages, LocaleContextHolder.getLocale()));
        }
        return "redirect:/admin/users/" + id + "/edit";
    }

    private String form(Model model, AccountForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("accountId", id);
        model.addAttribute("roles", Role.values());
        model.addAttribute("countries", countries.findAll());
        model.addAttribute("financingBodies", financingBodies.findAll());
        return "account/form";
    }
}
