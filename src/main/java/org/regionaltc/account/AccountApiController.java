package org.regionaltc.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.SignedInUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Users", description = "User accounts and roles (ADMIN only), and the signed-in user")
class AccountApiController {

    /** Who is signed in, and what they are bound to. */
    record Me(String username, String displayName, String role, List<String> countries, String financingBody) {
    }

    private final Accounts accounts;
    private final AccountAdministration administration;

    AccountApiController(Accounts accounts, AccountAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
    }

    @GetMapping("/api/me")
    @Operation(summary = "The signed-in user")
    Me me() {
        SignedInUser user = SignedInUser.current().orElseThrow();
        return new Me(user.getUsername(), user.displayName(), user.role().name(),
            user.countries().stream().sorted().toList(), user.financingBody() == null ? "" : user.financingBody());
    }

    @GetMapping("/api/users")
    @Operation(summary = "All user accounts")
    List<AccountAdministration.Listing> list() {
        return administration.list();
    }

    @GetMapping("/api/users/{id}")
    @Operation(summary = "One user account")
    AccountAdministration.Listing show(@PathVariable long id) {
        return AccountAdministration.listing(accounts.get(id));
    }

    @PostMapping("/api/users")
    @Operation(summary = "Create an account; the password must be at least 12 characters")
    ResponseEntity<AccountAdministration.Listing> create(@Valid @RequestBody AccountForm form) {
        if (form.username() == null || form.username().isBlank()) {
            throw new InvalidInput("username", "error.required");
        }
        long id = administration.create(form.username(), form.password() == null ? "" : form.password(), form.details());
        return ResponseEntity.created(URI.create("/api/users/" + id)).body(AccountAdministration.listing(accounts.get(id)));
    }

    @PutMapping("/api/users/{id}")
    @Operation(summary = "Change an account's name, role, bindings or status; send the version you read")
    AccountAdministration.Listing update(@PathVariable long id, @Valid @RequestBody AccountForm form) {
        if (form.version() == null) {
            throw new InvalidInput("version", "error.version.send");
        }
        accounts.update(id, form.version(), form.details());
        return AccountAdministration.listing(accounts.get(id));
    }
}
