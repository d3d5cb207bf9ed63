package org.regionaltc.alignment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.regionaltc.cycle.CurrentCycle.Priority;
import org.regionaltc.system.Pure;

/**
 * The alignment score of one project: {@code score = 100 × (wP × P + wT × T + wE × E)}, where
 * P (priorities) is the share-weighted mean, over the recipient countries, of the best
 * {@code weight × link strength} among the linked priorities of the current cycle that concern the country
 * (its national priorities, those of its groupings, regional ones);
 * T (themes) is the fraction of linked priorities whose UNIDO thematic area is one of the project's (or, with no
 * link, 1 when the project has a thematic area at all);
 * E (endorsement) is the share of the project's countries, by percentage, that have endorsed it.
 * <p>
 * Plain arithmetic over plain inputs: the result carries what the score is made of, so that one project's score
 * can be explained and 20,000 scored in one pass with the same code.
 */
@Pure
final class AlignmentFormula {

    /** The formula's settings: the components' weights, what a strong and a partial link count, and the weight of
     * a priority not yet consolidated. */
    record Weights(double priorities, double themes, double endorsement, double strongLink, double partialLink,
            double unweightedPriority) {
    }

    /** The current cycle's submitted priorities by id, and the countries that belong to each grouping now; empty
     * when no cycle has been endorsed yet. */
    record Cycle(Map<Long, Priority> priorities, Map<String, Set<String>> members) {

        static Cycle none() {
            return new Cycle(Map.of(), Map.of());
        }
    }

    /** A recipient country and its percentage of the project. */
    record Share(String country, double percentage) {
    }

    /** A link from the project to a priority, strong or partial. */
    record Link(long priorityId, boolean strong) {
    }

    /**
     * What one project's score is made of: its budget, recipient countries, the top-level UNIDO thematic areas of
     * its themes and how many themes it has, the countries that endorsed it, and its links.
     */
    record Project(long id, boolean cancelled, double budget, List<Share> countries, Set<String> topThemes,
            int themes, Set<String> endorsed, List<Link> links) {
    }

    /** How one recipient country contributes: its share, the best {@code weight × strength} and its priority. */
    record Part(String country, double share, double value, @Nullable Priority best, boolean endorsed) {
    }

    /** The theme component: how many linked priorities count, how many share a theme with the project, and how
     * many thematic areas the project has. */
    record Themes(int links, int matching, int themes) {

        double value() {
            return links > 0 ? (double) matching / links : themes > 0 ? 1 : 0;
        }
    }

    /** A project's score and each component's value, with the countries (largest share first) and themes behind
     * them. */
    record Result(long projectId, double score, double priorities, double themes, double endorsement,
            List<Part> countries, Themes themeCounts, Weights weights) {
    }

    /** A project's score and budget, the rows the portfolio is made of. */
    record ProjectScore(long projectId, double budget, double score) {
    }

    private final Weights weights;

    AlignmentFormula(Weights weights) {
        this.weights = weights;
    }

    /** The project's score, or none for a cancelled project or one with no recipient country. */
    Optional<Result> score(Project project, Cycle cycle) {
        if (project.cancelled() || project.countries().isEmpty()) {
            return Optional.empty();
        }
        List<Part> parts = parts(project, cycle);
        Themes themes = themes(project, cycle);
        double p = priorities(parts);
        double e = endorsement(parts);
        double score = 100 * (weights.priorities() * p + weights.themes() * themes.value()
            + weights.endorsement() * e);
        return Optional.of(new Result(project.id(), score, p, themes.value(), e, parts, themes, weights));
    }

    /** The scores of the projects that are scored, in one pass. */
    List<ProjectScore> scores(Collection<Project> projects, Cycle cycle) {
        List<ProjectScore> scores = new ArrayList<>(projects.size());
        for (Project project : projects) {
            score(project, cycle).ifPresent(r -> scores.add(new ProjectScore(project.id(), project.budget(),
                r.score())));
        }
        return scores;
    }

    /** A priority's weight, or the configured one while it is not consolidated. */
    private double weight(Priority priority) {
        return priority.weight() == null ? weights.unweightedPriority() : priority.weight().doubleValue();
    }

    /**
     * Each recipient country, largest share first, with whether it endorsed and the best
     * {@code weight × strength} among the linked priorities that concern it (the lowest id among equals).
     */
    private List<Part> parts(Project project, Cycle cycle) {
        List<Part> parts = new ArrayList<>(project.countries().size());
        for (Share share : project.countries()) {
            double best = 0;
            Priority bestPriority = null;
            for (Link link : project.links()) {
                Priority priority = cycle.priorities().get(link.priorityId());
                if (priority == null || !priority.concerns(share.country(), cycle.members())) {
                    continue;
                }
                double value = weight(priority) * (link.strong() ? weights.strongLink() : weights.partialLink());
                if (bestPriority == null || value > best || value == best && priority.id() < bestPriority.id()) {
                    best = value;
                    bestPriority = priority;
                }
            }
            parts.add(new Part(share.country(), share.percentage(), best, bestPriority,
                project.endorsed().contains(share.country())));
        }
        parts.sort(Comparator.comparingDouble(Part::share).reversed().thenComparing(Part::country));
        return parts;
    }

    private static Themes themes(Project project, Cycle cycle) {
        int links = 0;
        int matching = 0;
        for (Link link : project.links()) {
            Priority priority = cycle.priorities().get(link.priorityId());
            if (priority != null) {
                links++;
                if (project.topThemes().contains(priority.topTheme())) {
                    matching++;
                }
            }
        }
        return new Themes(links, matching, project.themes());
    }

    private static double priorities(List<Part> countries) {
        double shares = countries.stream().mapToDouble(Part::share).sum();
        return shares == 0 ? 0 : countries.stream().mapToDouble(c -> c.share() * c.value()).sum() / shares;
    }

    private static double endorsement(List<Part> countries) {
        double shares = countries.stream().mapToDouble(Part::share).sum();
        return shares == 0 ? 0 : countries.stream().filter(Part::endorsed).mapToDouble(Part::share).sum() / shares;
    }
}
