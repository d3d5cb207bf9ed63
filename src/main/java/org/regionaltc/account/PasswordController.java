package org.regionaltc.account;

import org.regionaltc.system.Confirmation;
import org.regionaltc.system.InputErrors;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user changes their own password here. */
@Controller
class PasswordController {

    private final Accounts accounts;
    private final AccountAdministration administration;
    private final PasswordEncoder encoder;
    private final MessageSource messages;

    PasswordController(Accounts accounts, AccountAdministration administration, PasswordEncoder encoder,
            MessageSource messages) {
        this.messages = messages;
        this.accounts = accounts;
        this.administration = administration;
        this.encoder = encoder;
    }

    @GetMapping("/account/password")
    String editForm() {
        return "account/password";
    }

    @PostMapping("/account/password")
    String update(@RequestParam String current, @RequestParam String password, @RequestParam String repeat,
            Model model, RedirectAttributes redirect) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        Account account = accounts.get(user.id());
        try {
            // No saved password is longer than bcrypt reads, and the encoder refuses to compare a longer one.
            if (!AccountAdministration.fitsBcrypt(current) || !encoder.matches(current, account.passwordHash())) {
                throw new InvalidInput("current", "error.password.notCurrent");
            }
            if (!password.equals(repeat)) {
                throw new InvalidInput("repeat", "error.password.noMatch");
            }
            administration.changePassword(account.id(), password);
            return Confirmation.redirect(redirect, "/account/password", "saved.password");
        } catch (InvalidInput e) {
            model.addAttribute("fieldErrors", InputErrors.shown(e.errors(), messages, LocaleContextHolder.getLocale()));
        }
        return "account/password";
    }
}
