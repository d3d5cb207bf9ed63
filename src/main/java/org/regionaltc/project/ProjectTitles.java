package org.regionaltc.project;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.PerRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A project's title in the reader's language (English where it has no translation), for pages whose rows carry
 * only a project's id. Templates call it as {@code @projectTitles}; the pages that call it show only projects their
 * reader may see.
 */
@Component("projectTitles")
public class ProjectTitles {

    record Titles(String en, @Nullable String es, @Nullable String fr, @Nullable String pt) {

        String in(Locale locale) {
            String translated = switch (locale.getLanguage()) {
                case "es" -> es;
                case "fr" -> fr;
                case "pt" -> pt;
                default -> null;
            };
            return translated == null || translated.isBlank() ? en : translated;
        }
    }

    private final JdbcClient jdbc;

    ProjectTitles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String of(@Nullable Long projectId) {
        if (projectId == null) {
            return "—";
        }
        Titles titles = all().get(projectId);
        return titles == null ? "#" + projectId : titles.in(LocaleContextHolder.getLocale());
    }

    private Map<Long, Titles> all() {
        return PerRequest.once("projectTitles", () -> jdbc.sql("""
                SELECT id, title_en, title_es, title_fr, title_pt FROM tc_project
                """)
            .query((rs, n) -> Map.entry(rs.getLong("id"), new Titles(rs.getString("title_en"),
                rs.getString("title_es"), rs.getString("title_fr"), rs.getString("title_pt"))))
            .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
