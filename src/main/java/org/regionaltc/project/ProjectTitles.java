package org.regionaltc.project;

import java.util.Map;
import java.util.stream.Collectors;
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
        TcProject.Texts titles = all().get(projectId);
        return titles == null ? "#" + projectId : titles.title(LocaleContextHolder.getLocale());
    }

    private Map<Long, TcProject.Texts> all() {
        return PerRequest.once("projectTitles", () -> jdbc.sql("""
                SELECT id, title_en, title_es, title_fr, title_pt FROM tc_project
                """)
            .query((rs, n) -> Map.entry(rs.getLong("id"), new TcProject.Texts(rs.getString("title_en"),
                rs.getString("title_es"), rs.getString("title_fr"), rs.getString("title_pt"), null, null)))
            .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
