package org.regionaltc.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published write API for projects described elsewhere (UNIDO's own IATI activities, issue 12): creates or updates
 * a project from what the activity says, leaving what only this system knows (other-language texts, themes, parties,
 * documents, endorsements, approval, priority links) as it is. A status is followed only along the moves the cycle
 * allows and never onto or past approval without the system's own approval: endorsements and UNIDO's approval stay
 * here.
 */
@Service
public class ProjectImports {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /**
     * What an activity says of a project. {@code iatiStatus} is the IATI ActivityStatus code (1 pipeline, 2
     * implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended).
     */
    public record Imported(String identifier, @Nullable String alternativeIdentifier, String titleEn,
            @Nullable LocalDate plannedStart, @Nullable LocalDate plannedEnd, @Nullable LocalDate actualStart,
            @Nullable LocalDate actualEnd, String currency, Map<Integer, BigDecimal> budgetByYear,
            Map<String, BigDecimal> countries, Map<String, BigDecimal> sectors, @Nullable String iatiStatus) {
    }

    /** {@code statusKept}: the status the activity asked for and the cycle did not allow, or null. */
    public record Result(long projectId, String identifier, Outcome outcome, @Nullable String statusKept) {
    }

    private final Projects projects;

    ProjectImports(Projects projects) {
        this.projects = projects;
    }

    /** The IATI ActivityStatus code of a project status, as the export writes it. */
    public static String iatiStatus(ProjectStatus status) {
        return status.iatiCode();
    }

    /** Creates or updates the project; throws InvalidInput or Conflict when the project's rules refuse it. */
    @Transactional
    public Result upsert(Imported in) {
        Optional<Long> found = projects.findIdByIdentifier(in.identifier());
        if (found.isEmpty() && in.alternativeIdentifier() != null) {
            found = projects.findIdByIdentifier(in.alternativeIdentifier());
        }
        if (found.isEmpty()) {
            ProjectRequest request = request(in, null);
            long id = projects.create(request, false);
            String kept = follow(projects.get(id), in.iatiStatus());
            return new Result(id, request.identifier(), Outcome.CREATED, kept);
        }
        TcProject before = projects.get(found.get());
        boolean sameFields = sameFields(before, in);
        if (!sameFields) {
            projects.update(before.id(), request(in, before));
        }
        TcProject now = projects.get(before.id());
        boolean sameStatus = in.iatiStatus() == null || iatiStatus(now.status()).equals(in.iatiStatus());
        String kept = sameStatus ? null : follow(now, in.iatiStatus());
        boolean moved = !sameStatus && kept == null;
        return new Result(before.id(), before.identifier(), sameFields && !moved ? Outcome.UNCHANGED : Outcome.UPDATED,
            kept);
    }

    /** Moves the project towards the IATI status where the cycle allows one step; returns the status kept otherwise. */
    private @Nullable String follow(TcProject project, @Nullable String iatiStatus) {
        if (iatiStatus == null || iatiStatus(project.status()).equals(iatiStatus)) {
            return null;
        }
        ProjectStatus target = switch (iatiStatus) {
            case "2" -> ProjectStatus.IMPLEMENTATION;
            case "3" -> ProjectStatus.OPERATIONALLY_COMPLETED;
            case "4" -> ProjectStatus.FINANCIALLY_CLOSED;
            case "5" -> ProjectStatus.CANCELLED;
            case "6" -> ProjectStatus.ON_HOLD;
            default -> null;
        };
        if (target == null || !project.status().next().contains(target)) {
            return project.status().name();
        }
        projects.setStatus(project, target, target == ProjectStatus.ON_HOLD ? project.status() : null);
        return null;
    }

    private static ProjectRequest request(Imported in, @Nullable TcProject before) {
        BigDecimal total = in.budgetByYear().isEmpty() && before != null ? before.totalBudget()
            : in.budgetByYear().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        ProjectScope scope = before != null ? before.scope()
            : in.countries().size() > 1 ? ProjectScope.REGIONAL : ProjectScope.NATIONAL;
        return new ProjectRequest(before != null ? before.identifier() : in.identifier(), in.titleEn(),
            before == null ? null : before.texts().titleEs(), before == null ? null : before.texts().titleFr(),
            before == null ? null : before.texts().titlePt(), before == null ? null : before.texts().descriptionEn(),
            before == null ? null : before.texts().descriptionEs(), scope, in.plannedStart(), in.plannedEnd(),
            in.actualStart(), in.actualEnd(), in.currency(), total, in.budgetByYear(), in.countries(), in.sectors(),
            before == null ? null : before.themes(), before == null ? null : before.unidoUnit(),
            before == null ? null : before.counterparts(), before == null ? null : before.partners(),
            before == null ? null : before.documents(), before == null ? null : before.internalNotes(),
            before == null ? null : before.version());
    }

    private static boolean sameFields(TcProject p, Imported in) {
        return p.texts().titleEn().equals(in.titleEn().strip())
            && java.util.Objects.equals(p.plannedStart(), in.plannedStart())
            && java.util.Objects.equals(p.plannedEnd(), in.plannedEnd())
            && java.util.Objects.equals(p.actualStart(), in.actualStart())
            && java.util.Objects.equals(p.actualEnd(), in.actualEnd())
            && p.currency().equalsIgnoreCase(in.currency())
            && (in.budgetByYear().isEmpty() ? p.budgetByYear().isEmpty()
                : normal(p.budgetByYear()).equals(normal(in.budgetByYear())))
            && normal(shares(p.countries())).equals(normal(in.countries()))
            && normal(shares(p.sectors())).equals(normal(in.sectors()));
    }

    private static Map<String, BigDecimal> shares(java.util.List<TcProject.Share> shares) {
        Map<String, BigDecimal> map = new TreeMap<>();
        shares.forEach(s -> map.put(s.code(), s.percentage()));
        return map;
    }

    /** Amounts compared by value: 12.50 and 12.5 are the same. */
    private static <K> Map<String, BigDecimal> normal(Map<K, BigDecimal> map) {
        Map<String, BigDecimal> normal = new TreeMap<>();
        map.forEach((k, v) -> normal.put(String.valueOf(k).toUpperCase(java.util.Locale.ROOT),
            v == null ? null : v.stripTrailingZeros()));
        return normal;
    }
}
