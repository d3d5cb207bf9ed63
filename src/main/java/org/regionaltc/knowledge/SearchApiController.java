package org.regionaltc.knowledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.SignedInUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Full-text search across lessons, projects, priorities, meetings and decisions")
class SearchApiController {

    private final SearchIndex index;

    SearchApiController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/api/search")
    @Operation(summary = "Ranked hits the caller may see, with highlighted snippets (HTML, words in <mark>) and facet "
        + "counts by type, country, sub-region and theme; lang picks the analyzer (en, es, fr, pt; default all four)")
    SearchIndex.Result search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String lang, @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String theme, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "10") int size, Locale locale) {
        return index.search(new SearchIndex.Request(q == null ? "" : q, lang, type, country, theme, page, size),
            SignedInUser.current(), locale);
    }
}
