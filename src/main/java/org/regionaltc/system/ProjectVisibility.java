package org.regionaltc.system;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who sees a TC project: everyone once it is published (it has been approved, whatever came later); before that
 * the secretariat and the focal points of its recipient countries. Every list, count, total and score a viewer is
 * shown is computed over the projects this lets them see. It lives here rather than in {@code project} because
 * {@code alignment}, which {@code project} depends on, applies it too.
 */
public record ProjectVisibility(boolean all, Set<String> countries) {

    private static final List<String> NO_COUNTRY = List.of("--");

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

    /**
     * A SQL condition on the {@code tc_project} row aliased {@code project}, starting with AND and ending with a space, or nothing for the
     * secretariat (so that its queries stay as they were); bind its parameters with {@link #bind}.
     */
    public String and(String project) {
        if (all) {
            return "";
        }
        if (countries.isEmpty()) {
            return " AND " + project + ".published ";
        }
        return " AND (" + project + ".published OR EXISTS (SELECT 1 FROM project_country vis_pc WHERE vis_pc.project_id = "
            + project + ".id AND vis_pc.country_code IN (:visibleCountries))) ";
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.param("visibleCountries", countries.isEmpty() ? NO_COUNTRY : List.copyOf(countries));
    }

    /** Names what this viewer sees, for keeping results per viewer: "all", "published" or "published+BO,CL". */
    public String key() {
        return all ? "all" : countries.isEmpty() ? "published" : "published+" + String.join(",", new TreeSet<>(countries));
    }
}
