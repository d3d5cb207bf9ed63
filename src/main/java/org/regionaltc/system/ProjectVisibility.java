package org.regionaltc.system;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who sees a TC project: everyone once it is published (it has been approved, whatever came later); before that
 * the secretariat and the focal points of its recipient countries. Every list, count, total and score a viewer is
 * shown is computed over the projects this lets them see. It lives here rather than in {@code project} because
 * the features that sum over projects (alignment, results, mobilization) scope by it; the SQL that applies it is
 * the project catalog's.
 */
public record ProjectVisibility(boolean all, Set<String> countries) {

    public ProjectVisibility {
        countries = Set.copyOf(countries);
    }

    public static ProjectVisibility current() {
        return of(SignedInUser.current());
    }

    public static ProjectVisibility of(Optional<SignedInUser> viewer) {
        if (viewer.isEmpty()) {
            return new ProjectVisibility(false, Set.of());
        }
        SignedInUser user = viewer.get();
        return new ProjectVisibility(user.isSecretariat(),
            user.role() == Role.FOCAL_POINT ? user.countries() : Set.of());
    }

    public static ProjectVisibility everything() {
        return new ProjectVisibility(true, Set.of());
    }

    public boolean sees(boolean published, Collection<String> projectCountries) {
        return all || published || projectCountries.stream().anyMatch(countries::contains);
    }

    /** Which projects a viewer's figures are computed over, so that a page can say so. */
    public enum Scope { ALL, PUBLISHED, PUBLISHED_AND_OWN }

    public Scope scope() {
        return all ? Scope.ALL : countries.isEmpty() ? Scope.PUBLISHED : Scope.PUBLISHED_AND_OWN;
    }

    /** Names what this viewer sees, for keeping results per viewer: "all", "published" or "published+BO,CL". */
    public String key() {
        return all ? "all" : countries.isEmpty() ? "published" : "published+" + String.join(",", new TreeSet<>(countries));
    }
}
