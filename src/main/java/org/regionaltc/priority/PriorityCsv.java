package org.regionaltc.priority;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.regionaltc.system.Csv;

/** A review cycle's priorities as CSV (RFC 4180, UTF-8, one header row). */
public final class PriorityCsv {

    static final String HEADER = "cycle_id,cycle_title,priority_id,level,country_code,grouping_code,submitted_by,"
        + "thematic_area_code,sub_theme,rank,title,rationale,language,sectors,weight,status,carried_from_id,"
        + "merges_priority_ids,plan_title,plan_url,plan_year,expected_outcomes";

    private PriorityCsv() {
    }

    public static String write(ReviewCycle cycle, List<Priority> priorities, Map<Long, List<Long>> links) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Priority p : priorities) {
            csv.append(String.join(",", List.of(String.valueOf(cycle.id()), Csv.cell(cycle.title()), String.valueOf(p.id()),
                p.level().name(), Csv.cell(p.countryCode()), Csv.cell(p.groupingCode()), Csv.cell(p.ownerCountryCode()),
                Csv.cell(p.thematicAreaCode()), Csv.cell(p.subTheme()), String.valueOf(p.rank()), Csv.cell(p.title()),
                Csv.cell(p.rationale()), p.language(), Csv.cell(String.join(" ", p.sectors())),
                p.weight() == null ? "" : p.weight().toPlainString(), p.status().name(),
                p.carriedFromId() == null ? "" : String.valueOf(p.carriedFromId()),
                links.getOrDefault(p.id(), List.of()).stream().map(String::valueOf).collect(Collectors.joining(" ")),
                Csv.cell(p.planTitle()), Csv.cell(p.planUrl()), p.planYear() == null ? "" : String.valueOf(p.planYear()),
                Csv.cell(p.expectedOutcomes())))).append("\r\n");
        }
        return csv.toString();
    }
}
