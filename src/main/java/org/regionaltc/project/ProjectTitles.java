package org.regionaltc.project;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.PerRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A project's title in the reader's language (English where it has no translation), for pages whose rows carry
 * only a project's id. Templates call it as {@code @projectTitles}; it does not check visibility, so it names only
 * rows the page already scoped: the ledger, pipeline and portfolio rows a reader may see. A donor's rows include the
 * projects its own body funds or negotiates, approved or not, whose titles the donor already knows from the proposal.
 * Titles are read only for the projects a page names, and once per request: a page listing rows first hands their
 * ids to {@link #remember}, so that the rows cost one query, not one each.
 */
@Component("projectTitles")
public class ProjectTitles {

    private final JdbcClient jdbc;

    ProjectTitles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String of(@Nullable Long projectId) {
        if (projectId == null) {
            return "—";
        }
        Map<Long, TcProject.Texts> known = known();
        if (!known.containsKey(projectId)) {
            known.putAll(read(List.of(projectId)));
        }
        TcProject.Texts titles = known.get(projectId);
        return titles == null ? "#" + projectId : titles.title(LocaleContextHolder.getLocale());
    }

    /** Reads the titles of the projects a page is about to name, all at once. */
    public void remember(Collection<Long> projectIds) {
        Map<Long, TcProject.Texts> known = known();
        List<Long> missing = projectIds.stream().distinct().filter(id -> !known.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            known.putAll(read(missing));
        }
    }

    private static Map<Long, TcProject.Texts> known() {
        return PerRequest.once("projectTitles", HashMap::new);
    }

    private Map<Long, TcProject.Texts> read(Collection<Long> ids) {
        Map<Long, TcProject.Texts> titles = new HashMap<>();
        jdbc.sql("SELECT id, title_en, title_es, title_fr, title_pt FROM tc_project WHERE id IN (:ids)")
            .param("ids", List.copyOf(ids))
            .query(rs -> {
                titles.put(rs.getLong("id"), new TcProject.Texts(rs.getString("title_en"), rs.getString("title_es"),
                    rs.getString("title_fr"), rs.getString("title_pt"), null, null));
            });
        return titles;
    }
}
