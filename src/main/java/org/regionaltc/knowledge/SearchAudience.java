package org.regionaltc.knowledge;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.regionaltc.system.Role;
import org.regionaltc.system.SignedInUser;

/**
 * Who may find a document, as tokens stored with it: {@code public} (everyone), {@code signed-in}, {@code role:X}
 * (every user of that role) and {@code country:XX} (the focal points of that country). A viewer finds a document
 * when they hold one of its tokens; the secretariat finds every document.
 */
final class SearchAudience {

    static final String PUBLIC = "public";
    static final String SIGNED_IN = "signed-in";

    private SearchAudience() {
    }

    static String role(Role role) {
        return "role:" + role.name();
    }

    static String country(String code) {
        return "country:" + code;
    }

    /** The viewer's tokens, or empty for the secretariat, which is not filtered. */
    static Optional<Set<String>> of(Optional<SignedInUser> viewer) {
        if (viewer.filter(SignedInUser::isSecretariat).isPresent()) {
            return Optional.empty();
        }
        Set<String> tokens = new LinkedHashSet<>();
        tokens.add(PUBLIC);
        viewer.ifPresent(user -> {
            tokens.add(SIGNED_IN);
            tokens.add(role(user.role()));
            if (user.role() == Role.FOCAL_POINT) {
                user.countries().forEach(c -> tokens.add(country(c)));
            }
        });
        return Optional.of(tokens);
    }
}
