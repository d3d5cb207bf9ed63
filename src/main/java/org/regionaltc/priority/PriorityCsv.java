package org.regionaltc.priority;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.regionaltc.system.Csv;

/** A review cycle's priorities as CSV (RFC 4180, UTF-8, one header row). */
final class PriorityCsv {

    static final String HEADER = "cycle_id,cycle_title,priority_id,level,country_code,grouping_code,submitted_by,"
        + "thematic_area_code,sub_theme,rank,title,rationale,language,sectors,weight,status,carried_from_id,"
        + "merges_priority_ids,plan_title,plan_url,plan_year,expected_outcomes";

    private PriorityCsv() {
    }

    public static String write(ReviewCycle cycle, List<Priority> priorities, Map<Long, List<Long>> links) {
        return Csv.write(List.of(HEADER.split(",")), priorities, p -> Arrays.asList(cycle.id(), cycle.title(), p.id(),
            p.level().name(), p.countryCode(), p.groupingCode(), p.ownerCountryCode(), p.thematicAreaCode(),
            p.subTheme(), p.rank(), p.title(), p.rationale(), p.language(), String.join(" ", p.sectors()), p.weight(),
            p.status().name(), p.carriedFromId(),
            links.getOrDefault(p.id(), List.of()).stream().map(String::valueOf).collect(Collectors.joining(" ")),
            p.planTitle(), p.planUrl(), p.planYear(), p.expectedOutcomes()));
    }
}
