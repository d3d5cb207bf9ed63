package org.regionaltc.system;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The account behind a request: its role and the countries or financing body it is bound to. Serializable, since a
 * session kept in the database carries it.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    /** Stored in the session, which on PostgreSQL any node may read back: change it when the fields change. */
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    /** Erased once signed in (Spring Security's ProviderManager does): no copy of the hash rides in the session. */
    private @Nullable String passwordHash;
    private final Role role;
    private final Set<String> countries;
    private final @Nullable String financingBody;
    private final boolean enabled;

    public SignedInUser(long id, String username, String displayName, String passwordHash, Role role,
            Set<String> countries, @Nullable String financingBody, boolean enabled) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.countries = Set.copyOf(countries);
        this.financingBody = financingBody;
        this.enabled = enabled;
    }

    public static Optional<SignedInUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The name recorded in the audit trail for whatever runs now: a user, or the system itself. */
    public static String actorName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }

    public boolean isSecretariat() {
        return role == Role.ADMIN || role == Role.OFFICER;
    }

    /** Whether this user may act on behalf of a country: the secretariat for all, a focal point for their own. */
    public boolean canActFor(String countryCode) {
        return isSecretariat() || (role == Role.FOCAL_POINT && countries.contains(countryCode));
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Set<String> countries() {
        return countries;
    }

    public @Nullable String financingBody() {
        return financingBody;
    }

    /** Sessions are registered per account, so two sign-ins of the same account are the same principal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.username.equalsIgnoreCase(username);
    }

    @Override
    public int hashCode() {
        return username.toLowerCase(java.util.Locale.ROOT).hashCode();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
