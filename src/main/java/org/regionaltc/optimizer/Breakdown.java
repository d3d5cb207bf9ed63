package org.regionaltc.optimizer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.regionaltc.system.Pure;

/**
 * Where a result's money goes: by window, country, group (sub-region) and theme, a project with n countries counting
 * 1/n towards each as the format says; and two results side by side.
 */
@Pure
public record Breakdown(Set<String> funded, Map<String, Double> byWindow, Map<String, Double> byCountry,
        Map<String, Double> byGroup, Map<String, Double> byTheme, double total) {

    public static Breakdown of(AllocationProblem problem, AllocationResult result) {
        Map<String, AllocationProblem.Project> projects = problem.projects().stream()
            .collect(Collectors.toMap(AllocationProblem.Project::id, p -> p));
        Map<String, Double> byWindow = new TreeMap<>();
        Map<String, Double> byCountry = new TreeMap<>();
        Map<String, Double> byGroup = new TreeMap<>();
        Map<String, Double> byTheme = new TreeMap<>();
        double total = 0;
        for (AllocationResult.Allocation a : result.allocations()) {
            AllocationProblem.Project p = projects.get(a.project());
            if (p == null) {
                continue;
            }
            total += a.amount();
            byWindow.merge(a.source(), (double) a.amount(), Double::sum);
            byTheme.merge(p.theme(), (double) a.amount(), Double::sum);
            List<String> countries = p.countries().stream().distinct().toList();
            for (String c : countries) {
                double share = (double) a.amount() / countries.size();
                byCountry.merge(c, share, Double::sum);
                problem.groups().forEach((g, members) -> {
                    if (members.contains(c)) {
                        byGroup.merge(g, share, Double::sum);
                    }
                });
            }
        }
        Set<String> funded = result.allocations().stream().map(AllocationResult.Allocation::project)
            .collect(Collectors.toCollection(TreeSet::new));
        return new Breakdown(funded, byWindow, byCountry, byGroup, byTheme, total);
    }

    /** One line of a side-by-side comparison. */
    public record Line(String key, double a, double b) {
        public double difference() {
            return b - a;
        }
    }

    public record Comparison(Set<String> onlyA, Set<String> onlyB, Set<String> both, List<Line> byCountry,
            List<Line> byGroup, List<Line> byTheme, Line total) {
    }

    public static Comparison compare(Breakdown a, Breakdown b) {
        Set<String> onlyA = new TreeSet<>(a.funded);
        onlyA.removeAll(b.funded);
        Set<String> onlyB = new TreeSet<>(b.funded);
        onlyB.removeAll(a.funded);
        Set<String> both = new TreeSet<>(a.funded);
        both.retainAll(b.funded);
        return new Comparison(onlyA, onlyB, both, lines(a.byCountry, b.byCountry), lines(a.byGroup, b.byGroup),
            lines(a.byTheme, b.byTheme), new Line("total", a.total, b.total));
    }

    private static List<Line> lines(Map<String, Double> a, Map<String, Double> b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys.stream().map(k -> new Line(k, a.getOrDefault(k, 0.0), b.getOrDefault(k, 0.0))).toList();
    }
}
