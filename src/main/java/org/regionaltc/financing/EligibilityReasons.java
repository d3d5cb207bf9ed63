package org.regionaltc.financing;

import java.util.List;
import org.regionaltc.reference.Names;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Words why a project fails a body's rules in the reader's language ({@code @eligibilityReasons.of(f)} on pages):
 * codes become the names of themes, sectors, countries and scopes, figures are written in the reader's locale.
 */
@Component("eligibilityReasons")
public class EligibilityReasons {

    private final MessageSource messages;
    private final Names names;

    EligibilityReasons(MessageSource messages, Names names) {
        this.messages = messages;
        this.names = names;
    }

    public String of(Eligibility.Failure f) {
        Object[] arguments = switch (f.condition()) {
            case THEME -> new Object[] {f.rule(), names.themes(joined(f.found())), names.themes(joined(f.allowed()))};
            case SECTOR -> new Object[] {f.rule(), names.sectors(joined(f.found())), names.sectors(joined(f.allowed()))};
            // {2} is the English verb for {1}; the other languages word it without one.
            case COUNTRY -> new Object[] {f.rule(), names.countries(joined(f.found())), f.found().size() == 1 ? "is" : "are"};
            case NO_COUNTRY -> new Object[] {f.rule()};
            case SCOPE -> new Object[] {f.rule(), names.ofEach("ProjectScope", joined(f.found())),
                names.ofEach("ProjectScope", joined(f.allowed()))};
            case MIN_GRANT, MAX_GRANT, COFINANCING -> new Object[] {f.rule(), f.value(), f.limit()};
        };
        return messages.getMessage("eligFail." + f.condition(), arguments, LocaleContextHolder.getLocale());
    }

    private static String joined(List<String> codes) {
        return String.join(",", codes);
    }
}
