package org.regionaltc.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Money;
import org.regionaltc.system.ProjectVisibility;
import org.regionaltc.system.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.regionaltc.system.Text;

/** Lists projects, filtered, showing each viewer only what they may see: published projects, plus, for the
 * secretariat all, and for a focal point those of their countries. */
@Component
public class ProjectSummaries {

    public record Filter(@Nullable String country, @Nullable String theme, @Nullable ProjectStatus status,
            @Nullable ProjectScope scope, @Nullable String text) {
    }

    public record ProjectSummary(long id, String identifier, String titleEn, @Nullable String titleEs,
            @Nullable String titleFr, @Nullable String titlePt, String scope, String status, BigDecimal totalBudget,
            String currency, String countries, String themes, boolean isSample) {

        /** In the reader's language, as on the project's own page. */
        public String title(Locale locale) {
            return new TcProject.Texts(titleEn, titleEs, titleFr, titlePt, null, null).title(locale);
        }
    }

    /** How many projects a viewer may see, how many of them are published, and whether the demo's are among them. */
    public record Counts(int projects, int published, boolean anySample) {
    }

    private final JdbcClient jdbc;

    ProjectSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Counts count(@Nullable SignedInUser viewer) {
        ProjectVisibility visibility = ProjectVisibility.of(Optional.ofNullable(viewer));
        return ProjectCatalog.bind(visibility, jdbc.sql("""
                SELECT COUNT(*), COALESCE(SUM(CASE WHEN t.published THEN 1 ELSE 0 END), 0),
                       COALESCE(MAX(CASE WHEN t.is_sample THEN 1 ELSE 0 END), 0)
                FROM tc_project t WHERE 1 = 1""" + ProjectCatalog.condition(visibility, "t")))
            .query((rs, n) -> new Counts(rs.getInt(1), rs.getInt(2), rs.getInt(3) == 1))
            .single();
    }

    /** Every project, published or not: for the command line, which runs with the database's own rights. */
    public List<ProjectSummary> findAll(Filter filter) {
        return find(filter, ProjectVisibility.everything());
    }

    public List<ProjectSummary> find(Filter filter, @Nullable SignedInUser viewer) {
        return find(filter, ProjectVisibility.of(Optional.ofNullable(viewer)));
    }

    /** The projects a visibility lets through: for figures computed for a scope rather than for the caller. */
    public List<ProjectSummary> find(Filter filter, ProjectVisibility visibility) {
        return find(filter, visibility, Integer.MAX_VALUE, 0);
    }

    /** One page of what {@link #find(Filter, SignedInUser)} finds, in the same order (a list page's slice). */
    public List<ProjectSummary> find(Filter filter, @Nullable SignedInUser viewer, int limit, long offset) {
        return find(filter, ProjectVisibility.of(Optional.ofNullable(viewer)), limit, offset);
    }

    /** How many projects {@link #find(Filter, SignedInUser)} finds. */
    public int count(Filter filter, @Nullable SignedInUser viewer) {
        ProjectVisibility visibility = ProjectVisibility.of(Optional.ofNullable(viewer));
        return bind(filter, visibility, "SELECT COUNT(*) FROM tc_project t" + where(visibility))
            .query(Integer.class).single();
    }

    private List<ProjectSummary> find(Filter filter, ProjectVisibility visibility, int limit, long offset) {
        String page = limit == Integer.MAX_VALUE ? "" : " LIMIT " + limit + " OFFSET " + offset;
        return bind(filter, visibility, """
                SELECT t.id, t.identifier, t.title_en, t.title_es, t.title_fr, t.title_pt, t.scope, t.status, t.total_budget, t.currency,
                       t.is_sample,
                       (SELECT STRING_AGG(pc.country_code, ' ' ORDER BY pc.country_code) FROM project_country pc
                        WHERE pc.project_id = t.id) AS countries,
                       (SELECT STRING_AGG(pt.thematic_area_code, ' ' ORDER BY pt.thematic_area_code)
                        FROM project_theme pt WHERE pt.project_id = t.id) AS themes
                FROM tc_project t""" + where(visibility) + " ORDER BY t.identifier, t.id" + page)
            .query((rs, n) -> new ProjectSummary(rs.getLong("id"), rs.getString("identifier"), rs.getString("title_en"),
                rs.getString("title_es"), rs.getString("title_fr"), rs.getString("title_pt"), rs.getString("scope"), rs.getString("status"),
                Money.in(rs.getString("currency").strip(), rs.getBigDecimal("total_budget")),
                rs.getString("currency"), nonNull(rs.getString("countries")), nonNull(rs.getString("themes")),
                rs.getBoolean("is_sample")))
            .list();
    }

    private static String where(ProjectVisibility visibility) {
        return " WHERE 1 = 1" + ProjectCatalog.condition(visibility, "t") + """
                  AND (CAST(:country AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM project_country pc
                        WHERE pc.project_id = t.id AND pc.country_code = CAST(:country AS VARCHAR)))
                  AND (CAST(:theme AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM project_theme pt
                        JOIN thematic_area ta ON ta.code = pt.thematic_area_code
                        WHERE pt.project_id = t.id AND (ta.code = CAST(:theme AS VARCHAR)
                              OR ta.parent_code = CAST(:theme AS VARCHAR))))
                  AND (CAST(:status AS VARCHAR) IS NULL OR t.status = CAST(:status AS VARCHAR))
                  AND (CAST(:scope AS VARCHAR) IS NULL OR t.scope = CAST(:scope AS VARCHAR))
                  AND (CAST(:like AS VARCHAR) IS NULL OR LOWER(t.identifier) LIKE CAST(:like AS VARCHAR)
                       OR LOWER(t.title_en) LIKE CAST(:like AS VARCHAR)
                       OR LOWER(COALESCE(t.title_es, '')) LIKE CAST(:like AS VARCHAR))
                """;
    }

    private JdbcClient.StatementSpec bind(Filter filter, ProjectVisibility visibility, String sql) {
        String like = filter.text() == null || filter.text().isBlank() ? null
            : "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
        return ProjectCatalog.bind(visibility, jdbc.sql(sql))
            .param("country", Text.codeOrNull(filter.country()))
            .param("theme", Text.codeOrNull(filter.theme()))
            .param("status", filter.status() == null ? null : filter.status().name())
            .param("scope", filter.scope() == null ? null : filter.scope().name())
            .param("like", like);
    }

    private static String nonNull(@Nullable String s) {
        return s == null ? "" : s;
    }
}
