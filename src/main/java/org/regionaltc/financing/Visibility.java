package org.regionaltc.financing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Role;
import org.regionaltc.system.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whose resource-mobilization data a user sees: the secretariat everything, a donor its own financing body's,
 * a focal point the data of projects in its countries, an anonymous visitor none.
 */
public record Visibility(boolean all, @Nullable String body, Set<String> countries) {

    private static final String NO_BODY = "-";
    private static final List<Long> NO_PROJECT = List.of(-1L);

    public static Visibility current() {
        return of(SignedInUser.current());
    }

    public static Visibility of(Optional<SignedInUser> user) {
        if (user.isEmpty()) {
            return new Visibility(false, null, Set.of());
        }
        SignedInUser u = user.get();
        if (u.isSecretariat()) {
            return new Visibility(true, null, Set.of());
        }
        if (u.role() == Role.DONOR) {
            return new Visibility(false, u.financingBody(), Set.of());
        }
        return new Visibility(false, null, u.countries());
    }

    public static Visibility everything() {
        return new Visibility(true, null, Set.of());
    }

    /** Names what this visibility lets through, the same for equal visibilities: for keeping figures per reader. */
    public String key() {
        return all ? "all" : "body=" + body + ";countries=" + String.join(",", new java.util.TreeSet<>(countries));
    }

    public boolean seesBody(String bodyCode) {
        return all || bodyCode.equals(body);
    }

    public boolean seesProjectIn(Collection<String> projectCountries) {
        return all || projectCountries.stream().anyMatch(countries::contains);
    }

    /** Whether a row of this body and project (its countries) is visible. */
    public boolean sees(String bodyCode, Collection<String> projectCountries) {
        return seesBody(bodyCode) || seesProjectIn(projectCountries);
    }

    /**
     * A SQL condition that keeps the visible rows, given the columns holding a row's financing body and project;
     * bind its parameters with {@link #bind}.
     */
    public static String condition(String bodyColumn, String projectColumn) {
        return "(:visAll OR " + bodyColumn + " = :visBody OR " + projectColumn + " IN (:visProjects))";
    }

    /** Like {@link #condition} for rows that belong to a project only. */
    public static String projectCondition(String projectColumn) {
        return "(:visAll OR " + projectColumn + " IN (:visProjects))";
    }

    /** Binds the parameters of {@link #condition}; the projects of the viewer's countries are read from {@code projects}. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ProjectFacts projects) {
        Set<Long> inCountries = all || countries.isEmpty() ? Set.of() : projects.idsInCountries(countries);
        return statement.param("visAll", all)
            .param("visBody", body == null ? NO_BODY : body)
            .param("visProjects", inCountries.isEmpty() ? NO_PROJECT : List.copyOf(inCountries));
    }
}
