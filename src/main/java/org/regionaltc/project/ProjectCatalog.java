package org.regionaltc.project;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Money;
import org.regionaltc.system.NotFound;
import org.regionaltc.system.ProjectVisibility;
import org.regionaltc.system.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What other features may read about TC projects, in batches: the projects and their countries, sectors, themes,
 * endorsements and counterparts, and their links to priorities. Other features never read the project tables: they
 * ask here, for all the ids they need at once, and combine the answer with their own rows in Java.
 */
@Component
public class ProjectCatalog {

    /** A project as other features see it; themes are those it names, each with its ancestors. */
    public record Project(long id, String identifier, TcProject.Texts titles, ProjectScope scope, ProjectStatus status,
            @Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd, String currency, BigDecimal totalBudget,
            boolean published, boolean sample, List<TcProject.Share> countries, Set<String> sectors,
            List<Theme> themes, Set<String> endorsedBy, List<String> counterparts) {

        public boolean cancelled() {
            return status == ProjectStatus.CANCELLED;
        }

        public List<String> countryCodes() {
            return countries.stream().map(TcProject.Share::code).toList();
        }

        /** The themes it names and their ancestors. */
        public Set<String> themesWithAncestors() {
            Set<String> all = new TreeSet<>();
            themes.forEach(t -> all.addAll(t.withAncestors()));
            return all;
        }

        /** Whether a viewer may see it (see {@link ProjectVisibility}). */
        public boolean visibleTo(ProjectVisibility visibility) {
            return visibility.sees(published, countryCodes());
        }
    }

    /** A thematic area a project names, with its parent and grandparent in the UNIDO tree. */
    public record Theme(String code, @Nullable String parent, @Nullable String grandparent) {

        /** The area one level up, or the area itself when it is at the top: what alignment compares. */
        public String top() {
            return parent == null ? code : parent;
        }

        public List<String> withAncestors() {
            return Stream.of(code, parent, grandparent).filter(c -> c != null).map(c -> (String) c).toList();
        }
    }

    /** A project's link to a priority. */
    public record Link(long projectId, long priorityId, TcProject.Strength strength) {

        public boolean strong() {
            return strength == TcProject.Strength.STRONG;
        }
    }

    /** A project's row without its countries, themes and the rest: what a sum over thousands of projects needs. */
    public record Summary(long id, String identifier, ProjectStatus status, String currency, BigDecimal totalBudget) {

        public boolean cancelled() {
            return status == ProjectStatus.CANCELLED;
        }
    }

    /** The links to one priority of one strength, from projects in one currency: how many, and their budgets summed. */
    public record LinkTotal(long priorityId, TcProject.Strength strength, String currency, int projects,
            BigDecimal budget) {
    }


    /** Where a query of a child table is restricted to the projects read: {@code {where column}} or {@code {and column}}. */
    /**
     * The tables whose changes change a project's alignment: for a cache that must notice them without naming them
     * (alignment's, on H2, where no trigger counts changes).
     */
    public static final List<String> ALIGNMENT_TABLES = List.of("tc_project", "project_country", "project_theme",
        "project_priority", "project_endorsement");

    private static final String PROJECTS_ASKED_FOR = "\\{(where|and) ([a-z_.]+)}";

    private static final List<String> NO_COUNTRY = List.of("--");

    private final JdbcClient jdbc;

    /**
     * Up to this many projects, their child rows are read by id; above, by the condition that chose the projects
     * (a long list of ids costs the database more to parse than the condition). Tests lower it to try both.
     */
    int readChildrenByIdUpTo = 1_000;

    ProjectCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Project> findAll() {
        return load("", s -> s, null);
    }

    public List<Project> findSamples() {
        return load("WHERE p.is_sample", s -> s, null);
    }

    public Optional<Project> findById(long id) {
        return findByIds(List.of(id)).stream().findFirst();
    }

    public Project get(long id) {
        return findById(id).orElseThrow(() -> new NotFound("Project", id));
    }

    /** The projects of these ids, ordered by identifier; unknown ids are left out. */
    public List<Project> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> asked = List.copyOf(new TreeSet<>(ids));
        return load("WHERE p.id IN (:ids)", s -> s.param("ids", asked), asked);
    }

    /** Every project the viewer may see. */
    public List<Project> findVisible(ProjectVisibility visibility) {
        return load("WHERE 1 = 1" + condition(visibility, "p"), s -> bind(visibility, s), null);
    }

    /** A project the signed-in user (or the public) may see; one they may not is not found, as on its page. */
    public Project getVisible(long id) {
        Project project = get(id);
        if (!project.visibleTo(ProjectVisibility.of(SignedInUser.current()))) {
            throw new NotFound("Project", id);
        }
        return project;
    }

    public boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM tc_project WHERE id = :id").param("id", id).query(Integer.class).single() > 0;
    }

    public Optional<Long> findIdByIdentifier(String identifier) {
        return jdbc.sql("SELECT id FROM tc_project WHERE identifier = :identifier").param("identifier", identifier)
            .query(Long.class).optional();
    }

    /** The identifiers of the projects given (all when null), by id. */
    public Map<Long, String> identifiers(@Nullable Collection<Long> ids) {
        Map<Long, String> identifiers = new HashMap<>();
        if (ids != null && ids.isEmpty()) {
            return identifiers;
        }
        scoped("SELECT id, identifier FROM tc_project {where id}", ids)
            .query(rs -> {
                identifiers.put(rs.getLong(1), rs.getString(2));
            });
        return identifiers;
    }

    /** Every project a viewer may see, without its child rows. */
    public List<Summary> findSummaries(ProjectVisibility visibility) {
        return bind(visibility, jdbc.sql("SELECT p.id, p.identifier, p.status, p.currency, p.total_budget FROM tc_project p"
                + " WHERE 1 = 1" + condition(visibility, "p")))
            .query(ProjectCatalog::toSummary)
            .list();
    }

    /**
     * The links of the projects a viewer may see, except cancelled ones, summed by priority, strength and currency:
     * what a coverage table needs without reading every link.
     */
    public List<LinkTotal> linkTotals(ProjectVisibility visibility) {
        return bind(visibility, jdbc.sql("""
                SELECT pp.priority_id, pp.strength, p.currency, COUNT(*), SUM(p.total_budget)
                FROM project_priority pp JOIN tc_project p ON p.id = pp.project_id
                WHERE p.status <> 'CANCELLED'""" + condition(visibility, "p") + """
                GROUP BY pp.priority_id, pp.strength, p.currency
                """))
            .query((rs, n) -> new LinkTotal(rs.getLong(1), TcProject.Strength.valueOf(rs.getString(2)),
                rs.getString(3).strip(), rs.getInt(4), rs.getBigDecimal(5)))
            .list();
    }

    /** The projects a viewer may see, except cancelled ones, that link to none of these priorities. */
    public List<Project> findVisibleLinkedToNone(ProjectVisibility visibility, Collection<Long> priorityIds) {
        List<Long> priorities = priorityIds.isEmpty() ? List.of(-1L) : List.copyOf(priorityIds);
        return load("""
                WHERE p.status <> 'CANCELLED'""" + condition(visibility, "p") + """
                  AND NOT EXISTS (SELECT 1 FROM project_priority pp
                                  WHERE pp.project_id = p.id AND pp.priority_id IN (:priorities))
                """, s -> bind(visibility, s).param("priorities", priorities), null);
    }

    /** The projects of these ids without their child rows; unknown ids are left out. */
    public List<Summary> findSummariesByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT p.id, p.identifier, p.status, p.currency, p.total_budget FROM tc_project p"
                + " WHERE p.id IN (:ids)")
            .param("ids", List.copyOf(ids))
            .query(ProjectCatalog::toSummary)
            .list();
    }

    /**
     * The recipient countries and their shares of the projects given (all when null), by project: with
     * {@link #themes}, {@link #endorsements} and {@link #links}, what a computation over every project reads
     * without the rest of each project.
     */
    public Map<Long, List<TcProject.Share>> countries(@Nullable Collection<Long> ids) {
        Map<Long, List<TcProject.Share>> countries = new HashMap<>();
        childRows("SELECT project_id, country_code, percentage FROM project_country {where project_id}", ids,
            rs -> countries.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(3))
                .add(new TcProject.Share(rs.getString(2), rs.getBigDecimal(3))));
        return countries;
    }

    /** The thematic areas the projects given (all when null) name, by project. */
    public Map<Long, List<Theme>> themes(@Nullable Collection<Long> ids) {
        Map<Long, List<Theme>> themes = new HashMap<>();
        childRows("""
                SELECT pt.project_id, t.code, t.parent_code, g.parent_code
                FROM project_theme pt JOIN thematic_area t ON t.code = pt.thematic_area_code
                LEFT JOIN thematic_area g ON g.code = t.parent_code
                {where pt.project_id}""", ids,
            rs -> themes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(3))
                .add(new Theme(rs.getString(2), rs.getString(3), rs.getString(4))));
        return themes;
    }

    /** The countries that endorsed the projects given (all when null), by project. */
    public Map<Long, Set<String>> endorsements(@Nullable Collection<Long> ids) {
        Map<Long, Set<String>> endorsed = new HashMap<>();
        childRows("SELECT project_id, country_code FROM project_endorsement {where project_id}", ids,
            rs -> endorsed.computeIfAbsent(rs.getLong(1), k -> new java.util.HashSet<>(4)).add(rs.getString(2)));
        return endorsed;
    }

    private interface ChildRow {
        void read(ResultSet rs) throws SQLException;
    }

    private void childRows(String sql, @Nullable Collection<Long> ids, ChildRow row) {
        if (ids != null && ids.isEmpty()) {
            return;
        }
        scoped(sql, ids).query(rs -> {
            row.read(rs);
        });
    }

    /** The ids of the projects a viewer may see. */
    public Set<Long> visibleIds(ProjectVisibility visibility) {
        return bind(visibility, jdbc.sql("SELECT p.id FROM tc_project p WHERE 1 = 1" + condition(visibility, "p")))
            .query(Long.class).set();
    }

    /** The ids of the projects with a recipient among these countries. */
    public Set<Long> idsInCountries(Collection<String> countries) {
        if (countries.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("SELECT DISTINCT project_id FROM project_country WHERE country_code IN (:countries)")
            .param("countries", List.copyOf(countries)).query(Long.class).set();
    }

    /** The links of the projects given (all when null) to priorities, of any cycle. */
    public List<Link> links(@Nullable Collection<Long> projectIds) {
        List<Link> links = new ArrayList<>();
        if (projectIds != null && projectIds.isEmpty()) {
            return links;
        }
        scoped("SELECT project_id, priority_id, strength FROM project_priority {where project_id}", projectIds)
            .query(rs -> {
                links.add(new Link(rs.getLong(1), rs.getLong(2), TcProject.Strength.valueOf(rs.getString(3))));
            });
        return links;
    }

    /** One project's rows as they are read; {@link #freeze} makes the published record. */
    private static final class Rows {
        final Project core;
        final List<TcProject.Share> countries = new ArrayList<>(3);
        final Set<String> sectors = new TreeSet<>();
        final List<Theme> themes = new ArrayList<>(3);
        final Set<String> endorsed = new TreeSet<>();
        final List<String> counterparts = new ArrayList<>(2);

        Rows(Project core) {
            this.core = core;
        }

        Project freeze() {
            Project p = core;
            countries.sort(java.util.Comparator.comparing(TcProject.Share::percentage).reversed()
                .thenComparing(TcProject.Share::code));
            return new Project(p.id(), p.identifier(), p.titles(), p.scope(), p.status(), p.plannedStart(),
                p.plannedEnd(), p.currency(), p.totalBudget(), p.published(), p.sample(), List.copyOf(countries),
                Set.copyOf(sectors), List.copyOf(themes), Set.copyOf(endorsed), List.copyOf(counterparts));
        }
    }

    /**
     * One plain query per table, combined in Java: for every project, joining in SQL costs more than reading the
     * child rows of all and dropping those of projects not asked for.
     */
    private List<Project> load(String where, UnaryOperator<JdbcClient.StatementSpec> bind,
            @Nullable Collection<Long> ids) {
        Map<Long, Rows> rows = new LinkedHashMap<>();
        bind.apply(jdbc.sql("""
                SELECT p.id, p.identifier, p.title_en, p.title_es, p.title_fr, p.title_pt, p.scope, p.status,
                       p.planned_start, p.planned_end, p.currency, p.total_budget, p.published, p.is_sample
                FROM tc_project p
                """ + where + " ORDER BY p.identifier"))
            .query(rs -> {
                Project core = toCore(rs);
                rows.put(core.id(), new Rows(core));
            });
        if (rows.isEmpty()) {
            return List.of();
        }
        if (ids == null && rows.size() <= readChildrenByIdUpTo) {
            ids = List.copyOf(rows.keySet());
        }
        Function<String, JdbcClient.StatementSpec> children = childReads(where, bind, ids);
        read("SELECT project_id, country_code, percentage FROM project_country {where project_id}", children, rows,
            (r, rs) -> r.countries.add(new TcProject.Share(rs.getString(2), rs.getBigDecimal(3))));
        read("SELECT project_id, sector_code FROM project_sector {where project_id}", children, rows,
            (r, rs) -> r.sectors.add(rs.getString(2)));
        read("""
                SELECT pt.project_id, t.code, t.parent_code, g.parent_code
                FROM project_theme pt JOIN thematic_area t ON t.code = pt.thematic_area_code
                LEFT JOIN thematic_area g ON g.code = t.parent_code
                {where pt.project_id} ORDER BY t.code""", children, rows,
            (r, rs) -> r.themes.add(new Theme(rs.getString(2), rs.getString(3), rs.getString(4))));
        read("SELECT project_id, country_code FROM project_endorsement {where project_id}", children, rows,
            (r, rs) -> r.endorsed.add(rs.getString(2)));
        read("SELECT project_id, name FROM project_party WHERE kind = 'COUNTERPART' {and project_id} ORDER BY name",
            children, rows, (r, rs) -> r.counterparts.add(rs.getString(2)));
        return rows.values().stream().map(Rows::freeze).toList();
    }

    private interface RowReader {
        void read(Rows rows, ResultSet rs) throws SQLException;
    }

    private void read(String sql, Function<String, JdbcClient.StatementSpec> children, Map<Long, Rows> rows,
            RowReader reader) {
        children.apply(sql).query(rs -> {
            Rows project = rows.get(rs.getLong(1));
            if (project != null) {
                reader.read(project, rs);
            }
        });
    }

    private static Summary toSummary(ResultSet rs, int n) throws SQLException {
        String currency = rs.getString(4).strip();
        return new Summary(rs.getLong(1), rs.getString(2), ProjectStatus.valueOf(rs.getString(3)), currency,
            Money.in(currency, rs.getBigDecimal(5)));
    }

    private static Project toCore(ResultSet rs) throws SQLException {
        String currency = rs.getString("currency").strip();
        return new Project(rs.getLong("id"), rs.getString("identifier"),
            new TcProject.Texts(rs.getString("title_en"), rs.getString("title_es"), rs.getString("title_fr"),
                rs.getString("title_pt"), null, null),
            ProjectScope.valueOf(rs.getString("scope")), ProjectStatus.valueOf(rs.getString("status")),
            rs.getObject("planned_start", LocalDate.class), rs.getObject("planned_end", LocalDate.class), currency,
            Money.in(currency, rs.getBigDecimal("total_budget")), rs.getBoolean("published"),
            rs.getBoolean("is_sample"), List.of(), Set.of(), List.of(), Set.of(), List.of());
    }

    /**
     * How a child table is read for the projects loaded: by their ids when they are few or were asked for, else by
     * the same condition as the projects themselves (so that the database, not Java, leaves out the others), or all.
     */
    private Function<String, JdbcClient.StatementSpec> childReads(String where,
            UnaryOperator<JdbcClient.StatementSpec> bind, @Nullable Collection<Long> ids) {
        if (ids != null || where.isBlank()) {
            return sql -> scoped(sql, ids);
        }
        String projects = "$1 $2 IN (SELECT p.id FROM tc_project p " + Matcher.quoteReplacement(where) + ")";
        return sql -> bind.apply(jdbc.sql(sql.replaceAll(PROJECTS_ASKED_FOR, projects)));
    }

    /** A query for the projects given only ({@code {where column}} or {@code {and column}}), or for all. */
    private JdbcClient.StatementSpec scoped(String sql, @Nullable Collection<Long> ids) {
        String scoped = sql.replaceAll(PROJECTS_ASKED_FOR, ids == null ? ""
            : "$1 $2 IN (:projects)");
        JdbcClient.StatementSpec query = jdbc.sql(scoped);
        return ids == null ? query : query.param("projects", List.copyOf(ids));
    }

    /**
     * A SQL condition on the {@code tc_project} row aliased {@code project}, starting with AND, or nothing for the
     * secretariat; bind its parameters with {@link #bind}.
     */
    static String condition(ProjectVisibility visibility, String project) {
        if (visibility.all()) {
            return "";
        }
        if (visibility.countries().isEmpty()) {
            return " AND " + project + ".published ";
        }
        return " AND (" + project + ".published OR EXISTS (SELECT 1 FROM project_country vis_pc WHERE vis_pc.project_id = "
            + project + ".id AND vis_pc.country_code IN (:visibleCountries))) ";
    }

    static JdbcClient.StatementSpec bind(ProjectVisibility visibility, JdbcClient.StatementSpec statement) {
        return statement.param("visibleCountries",
            visibility.countries().isEmpty() ? NO_COUNTRY : List.copyOf(visibility.countries()));
    }
}
