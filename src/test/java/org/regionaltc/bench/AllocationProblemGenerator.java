package org.regionaltc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.regionaltc.optimizer.AllocationJson;
import org.regionaltc.optimizer.AllocationProblem;

/**
 * Seeded problems shaped like the shared instances (lac-*): GRULAC countries in four sub-regions, mostly national
 * projects with some multi-country and regional ones, gaps from 50k to 5M, windows with one to four themes, some with
 * sector or country lists, maximum grants and co-financing ratios, envelopes covering about 60 % of the gaps; policy
 * of at most 3 windows per project, 25 % per country, 10 % per sub-region.
 * <p>
 * {@code java -cp … org.regionaltc.bench.AllocationProblemGenerator PROJECTS WINDOWS SEED OUTPUT}
 */
public final class AllocationProblemGenerator {

    static final Map<String, List<String>> GROUPS = new LinkedHashMap<>();
    static {
        GROUPS.put("CARIBBEAN", List.of("AG", "BS", "BB", "CU", "DM", "DO", "GD", "HT", "JM", "KN", "LC", "VC", "TT",
            "GY", "SR"));
        GROUPS.put("CENTRAL_AMERICA_MEXICO", List.of("BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA"));
        GROUPS.put("ANDEAN", List.of("BO", "CO", "EC", "PE", "VE"));
        GROUPS.put("SOUTHERN_CONE", List.of("AR", "BR", "CL", "PY", "UY"));
    }
    static final List<String> THEMES = List.of("A1", "A2", "A3", "A4", "B1", "B2", "C1", "C2");
    static final List<String> SECTORS = List.of("31120", "32110", "32130", "32161", "32163", "32168", "32172",
        "32182", "23210", "25010", "41020", "41030");

    private AllocationProblemGenerator() {
    }

    public static AllocationProblem generate(int projects, int windows, long seed) {
        Random r = new Random(seed);
        List<String> all = GROUPS.values().stream().flatMap(List::stream).sorted().toList();
        List<AllocationProblem.Project> ps = new ArrayList<>();
        long gaps = 0;
        for (int i = 0; i < projects; i++) {
            int kind = r.nextInt(100);
            List<String> countries;
            if (kind < 70) {
                countries = List.of(all.get(r.nextInt(all.size())));
            } else if (kind < 92) {
                List<String> group = new ArrayList<>(GROUPS.values().stream().toList().get(r.nextInt(4)));
                Collections.shuffle(group, r);
                countries = List.copyOf(group.subList(0, Math.min(group.size(), 2 + r.nextInt(5))));
            } else {
                countries = all;
            }
            long gap = 1000L * Math.round(Math.exp(Math.log(50) + r.nextDouble() * (Math.log(4946) - Math.log(50))));
            gaps += gap;
            double value = r.nextInt(20) == 0 ? 0 : Math.round(r.nextDouble() * 1000) / 1000.0;
            long cofinancing = 1000L * Math.round(gap * 3 * r.nextDouble() / 1000);
            ps.add(new AllocationProblem.Project(String.format("P%05d", i + 1), gap, value, countries,
                THEMES.get(r.nextInt(THEMES.size())), SECTORS.get(r.nextInt(SECTORS.size())), cofinancing, null));
        }
        List<AllocationProblem.Source> ss = new ArrayList<>();
        double[] weights = r.doubles(windows, 0.2, 2.0).toArray();
        double total = java.util.Arrays.stream(weights).sum();
        for (int j = 0; j < windows; j++) {
            List<String> themes = pick(r, THEMES, 1 + r.nextInt(4));
            List<String> sectors = r.nextInt(10) < 4 ? pick(r, SECTORS, 4 + r.nextInt(5)) : null;
            List<String> countries = r.nextInt(10) < 6 ? null : pick(r, all, 5 + r.nextInt(19));
            Long maxGrant = r.nextBoolean() ? 1000L * (300 + r.nextInt(4200)) : null;
            Double ratio = r.nextInt(7) == 0 ? 1.0 + 0.5 * r.nextInt(11) : null;
            long envelope = 1000L * Math.round(0.6 * gaps * weights[j] / total / 1000);
            ss.add(new AllocationProblem.Source(String.format("W%03d", j + 1), envelope, themes, countries, sectors,
                maxGrant, ratio));
        }
        Map<String, Double> floors = new LinkedHashMap<>();
        GROUPS.keySet().forEach(g -> floors.put(g, 0.1));
        return new AllocationProblem("gen-" + projects + "x" + windows + "-seed" + seed, "USD", GROUPS, ps, ss,
            new AllocationProblem.Policy(3, 0.25, floors, List.of(), List.of(), List.of()));
    }

    private static List<String> pick(Random r, List<String> from, int n) {
        List<String> copy = new ArrayList<>(from);
        Collections.shuffle(copy, r);
        return List.copyOf(copy.subList(0, Math.min(n, copy.size())).stream().sorted().toList());
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: AllocationProblemGenerator PROJECTS WINDOWS SEED OUTPUT");
            System.exit(2);
        }
        AllocationProblem problem = generate(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
            Long.parseLong(args[2]));
        Files.writeString(Path.of(args[3]), AllocationJson.writeProblem(problem));
    }
}
