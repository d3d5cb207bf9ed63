package org.regionaltc.reference;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.PerRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What pages show for a code: countries, groupings, thematic areas, DAC sectors, financing bodies and enum values
 * by name in the reader's language. Templates call it as {@code @names}; an unknown code is shown as it is.
 */
@Component("names")
public class Names {

    private final Countries countries;
    private final Groupings groupings;
    private final ThematicAreas themes;
    private final Codelists codelists;
    private final FinancingBodies bodies;
    private final MessageSource messages;

    Names(Countries countries, Groupings groupings, ThematicAreas themes, Codelists codelists, FinancingBodies bodies,
            MessageSource messages) {
        this.countries = countries;
        this.groupings = groupings;
        this.themes = themes;
        this.codelists = codelists;
        this.bodies = bodies;
        this.messages = messages;
    }

    public String country(@Nullable String code) {
        if (code == null) {
            return "—";
        }
        Country country = countryMap().get(code);
        return country == null ? code : country.nameIn(locale());
    }

    /** Country names from a list of codes, or from codes in one text separated by spaces or commas ("PE BO"). */
    public String countries(@Nullable Object codes) {
        return codes(codes).map(this::country).collect(Collectors.joining(", "));
    }

    public String grouping(@Nullable String code) {
        if (code == null) {
            return "—";
        }
        Grouping grouping = PerRequest.once("groupings", () -> index(groupings.findAll(), Grouping::code)).get(code);
        return grouping == null ? code : grouping.name().in(locale());
    }

    /**
     * A sub-region in the reader's language. Groupings store it as English text ("Southern Cone"), so the bundles
     * key it by that text in lower case with dashes ({@code subRegion.southern-cone}); an unknown one shows as stored.
     */
    public String subRegion(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return "—";
        }
        String key = "subRegion." + stored.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return messages.getMessage(key, null, stored, locale());
    }

    /** A country, a grouping or "GRULAC": what a priority is for. */
    public String place(@Nullable String code) {
        if (code != null && countryMap().containsKey(code)) {
            return country(code);
        }
        return grouping(code);
    }

    /** What a priority is for: its country, its grouping, or the whole region. */
    public String scope(@Nullable String countryCode, @Nullable String groupingCode) {
        if (countryCode != null) {
            return country(countryCode);
        }
        return groupingCode != null ? grouping(groupingCode) : of("PriorityLevel", "REGIONAL");
    }

    /** A thematic area with its code in front ("A1 — Agro-industry"), since priorities and rules cite the codes. */
    public String theme(@Nullable String code) {
        if (code == null) {
            return "—";
        }
        ThematicArea theme = PerRequest.once("themes", () -> index(themes.findAll(), ThematicArea::code)).get(code);
        return theme == null ? code : code + " — " + theme.name().in(locale());
    }

    public String themes(@Nullable Object codes) {
        return codes(codes).map(this::theme).collect(Collectors.joining("; "));
    }

    /**
     * A DAC sector with its code in front. The IATI codelist names sectors in English and French only, so Spanish and
     * Portuguese readers see the English name.
     */
    public String sector(@Nullable String code) {
        if (code == null) {
            return "—";
        }
        Codelists.Item item = PerRequest.once("sectors", () -> index(codelists.items("Sector", null), Codelists.Item::code))
            .get(code);
        if (item == null) {
            return code;
        }
        return code + " — " + item.nameIn(locale());
    }

    public String sectors(@Nullable Object codes) {
        return codes(codes).map(this::sector).collect(Collectors.joining("; "));
    }

    public String body(@Nullable String code) {
        if (code == null) {
            return "—";
        }
        FinancingBody body = PerRequest.once("bodies", () -> index(bodies.findAll(), FinancingBody::code)).get(code);
        return body == null ? code : body.nameIn(locale());
    }

    /** An enum value by its message {@code enum.<Type>.<VALUE>}, e.g. {@code enum.PriorityLevel.SUB_REGIONAL}. */
    public String of(@Nullable Object value) {
        if (value instanceof Enum<?> constant) {
            return of(typeName(constant.getDeclaringClass()), constant.name());
        }
        return value == null ? "—" : value.toString();
    }

    /** An enum value kept as text, e.g. {@code of('ProjectStatus', p.status)}. */
    public String of(String type, @Nullable Object value) {
        if (value == null) {
            return "—";
        }
        String name = value instanceof Enum<?> constant ? constant.name() : value.toString();
        return messages.getMessage("enum." + type + "." + name, null, name, locale());
    }

    /** Enum values kept as text in one string, e.g. "NATIONAL, REGIONAL". */
    public String ofEach(String type, @Nullable Object values) {
        return codes(values).map(v -> of(type, v)).collect(Collectors.joining(", "));
    }

    /** Several enum values, e.g. the scopes of an eligibility rule. */
    public String all(@Nullable Collection<?> values) {
        return values == null ? "" : values.stream().map(this::of).collect(Collectors.joining(", "));
    }

    static String typeName(Class<?> type) {
        Class<?> outer = type.getEnclosingClass();
        return outer == null ? type.getSimpleName() : typeName(outer) + "." + type.getSimpleName();
    }

    private Map<String, Country> countryMap() {
        return PerRequest.once("countries", () -> index(countries.findAll(), Country::code));
    }

    private static Stream<String> codes(@Nullable Object codes) {
        Stream<?> items = switch (codes) {
            case null -> Stream.empty();
            case Collection<?> c -> c.stream();
            default -> Arrays.stream(codes.toString().split("[\\s,;]+"));
        };
        return items.map(Object::toString).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
