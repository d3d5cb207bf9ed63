package org.regionaltc.knowledge;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.InputErrors;
import org.regionaltc.system.InvalidInput;
import org.regionaltc.system.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: the form, the hits with their snippets, and the facets as links that narrow the search. The
 * words' language is the parameter {@code language} here, since {@code lang} switches the page's own language.
 */
@Controller
class SearchController {

    private final SearchIndex index;
    private final MessageSource messages;

    SearchController(SearchIndex index, MessageSource messages) {
        this.index = index;
        this.messages = messages;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(name = "language", required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String theme, @RequestParam(defaultValue = "1") int page,
            Model model, Locale locale) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("searchLang", lang);
        model.addAttribute("type", type);
        model.addAttribute("country", country);
        model.addAttribute("theme", theme);
        model.addAttribute("page", Math.max(page, 1));
        model.addAttribute("searchLanguages", Analyzers.LANGUAGES);
        if (q != null && !q.isBlank()) {
            try {
                SearchIndex.Result result = index.search(new SearchIndex.Request(q, lang, type, country, theme, page, 20),
                    SignedInUser.current(), locale);
                model.addAttribute("result", result);
                model.addAttribute("pages", (result.total() + 19) / 20);
            } catch (InvalidInput e) {
                model.addAttribute("invalid", InputErrors.describe(e, messages, locale));
            }
        }
        return "knowledge/search";
    }
}
