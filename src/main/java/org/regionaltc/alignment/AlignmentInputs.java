package org.regionaltc.alignment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.regionaltc.alignment.AlignmentFormula.Cycle;
import org.regionaltc.alignment.AlignmentFormula.Link;
import org.regionaltc.alignment.AlignmentFormula.Project;
import org.regionaltc.alignment.AlignmentFormula.Share;
import org.regionaltc.alignment.CurrentCycle.Priority;
import org.regionaltc.system.ProjectVisibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the alignment formula takes, one plain query per table for all the projects asked for: joining every
 * link with every recipient country in SQL took longer than reading the rows and combining them in Java.
 */
@Component
class AlignmentInputs {

    private static final Pattern PROJECTS_ASKED_FOR = Pattern.compile("\\{(where|and) ([a-z_.]+)}");

    /** One project's rows as they are read; {@link #project} freezes them into the formula's input. */
    private static final class Rows {
        final long id;
        final boolean cancelled;
        final double budget;
        final List<Share> countries = new ArrayList<>(3);
        final Set<String> topThemes = new HashSet<>(4);
        final Set<String> endorsed = new HashSet<>(4);
        final List<Link> links = new ArrayList<>(5);
        int themes;

        Rows(long id, boolean cancelled, double budget) {
            this.id = id;
            this.cancelled = cancelled;
            this.budget = budget;
        }

        Project project() {
            return new Project(id, cancelled, budget, countries, topThemes, themes, endorsed, links);
        }
    }

    private final JdbcClient jdbc;
    private final CurrentCycle currentCycle;

    AlignmentInputs(JdbcClient jdbc, CurrentCycle currentCycle) {
        this.jdbc = jdbc;
        this.currentCycle = currentCycle;
    }

    /** The cycle's submitted priorities and today's grouping members; none when there is no current cycle. */
    Cycle cycle(long cycleId) {
        Map<Long, Priority> priorities = new HashMap<>();
        currentCycle.prioritiesOf(cycleId).forEach(p -> priorities.put(p.id(), p));
        return new Cycle(priorities, currentCycle.groupingMembers());
    }

    /**
     * The inputs of the projects given, or of all, keyed by id, with their links to the cycle's priorities;
     * {@code {where column}} and {@code {and column}} mark where {@link #scoped} restricts a query to them.
     */
    Map<Long, Project> projects(long cycleId, @Nullable Collection<Long> only) {
        Map<Long, Rows> projects = new HashMap<>();
        scoped("SELECT id, total_budget, status FROM tc_project {where id}", only)
            .query(rs -> {
                projects.put(rs.getLong(1), new Rows(rs.getLong(1), "CANCELLED".equals(rs.getString(3)),
                    rs.getDouble(2)));
            });
        scoped("SELECT project_id, country_code, percentage FROM project_country {where project_id}", only)
            .query(rs -> {
                Rows project = projects.get(rs.getLong(1));
                if (project != null) {
                    project.countries.add(new Share(rs.getString(2), rs.getDouble(3)));
                }
            });
        scoped("""
                SELECT pt.project_id, COALESCE(ta.parent_code, ta.code)
                FROM project_theme pt JOIN thematic_area ta ON ta.code = pt.thematic_area_code
                {where pt.project_id}""", only)
            .query(rs -> {
                Rows project = projects.get(rs.getLong(1));
                if (project != null) {
                    project.topThemes.add(rs.getString(2));
                    project.themes++;
                }
            });
        scoped("SELECT project_id, country_code FROM project_endorsement {where project_id}", only)
            .query(rs -> {
                Rows project = projects.get(rs.getLong(1));
                if (project != null) {
                    project.endorsed.add(rs.getString(2));
                }
            });
        scoped("""
                SELECT pp.project_id, pp.priority_id, pp.strength
                FROM project_priority pp JOIN priority p ON p.id = pp.priority_id
                WHERE p.cycle_id = :cycle AND p.status = 'SUBMITTED' {and pp.project_id}""", only)
            .param("cycle", cycleId)
            .query(rs -> {
                Rows project = projects.get(rs.getLong(1));
                if (project != null) {
                    project.links.add(new Link(rs.getLong(2), "STRONG".equals(rs.getString(3))));
                }
            });
        Map<Long, Project> inputs = HashMap.newHashMap(projects.size());
        projects.forEach((id, rows) -> inputs.put(id, rows.project()));
        return inputs;
    }

    /** The ids of the projects a viewer may see. */
    Set<Long> visibleProjects(ProjectVisibility visibility) {
        return visibility.bind(jdbc.sql("SELECT t.id FROM tc_project t WHERE 1 = 1" + visibility.and("t")))
            .query(Long.class).set();
    }

    /** A query for the projects given only, bound to {@code :projects}, or for all. */
    private JdbcClient.StatementSpec scoped(String sql, @Nullable Collection<Long> only) {
        JdbcClient.StatementSpec query = jdbc.sql(PROJECTS_ASKED_FOR.matcher(sql).replaceAll(m -> only == null ? ""
            : m.group(1).toUpperCase(Locale.ROOT) + " " + m.group(2) + " IN (:projects)"));
        return only == null ? query : query.param("projects", only);
    }
}
