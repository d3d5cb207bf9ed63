package org.regionaltc.priority;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A priority for tests that names only what the test is about: by default Peru's first submitted national priority
 * on theme A1 in cycle 1, with no weight, sectors, plan or lineage.
 */
public final class PriorityBuilder {

    private long id;
    private long cycleId = 1;
    private PriorityLevel level = PriorityLevel.NATIONAL;
    private @Nullable String countryCode = "PE";
    private @Nullable String groupingCode;
    private @Nullable String ownerCountryCode = "PE";
    private String thematicAreaCode = "A1";
    private String title = "A priority";
    private @Nullable String rationale;
    private int rank = 1;
    private @Nullable BigDecimal weight;
    private PriorityStatus status = PriorityStatus.SUBMITTED;
    private @Nullable Long carriedFromId;
    private List<String> sectors = List.of();

    private PriorityBuilder() {
    }

    public static PriorityBuilder aPriority() {
        return new PriorityBuilder();
    }

    public PriorityBuilder id(long id) {
        this.id = id;
        return this;
    }

    public PriorityBuilder cycle(long cycleId) {
        this.cycleId = cycleId;
        return this;
    }

    /** A national priority, submitted by the country's own focal points. */
    public PriorityBuilder of(String country) {
        this.level = PriorityLevel.NATIONAL;
        this.countryCode = country;
        this.groupingCode = null;
        this.ownerCountryCode = country;
        return this;
    }

    /** A sub-regional priority the secretariat consolidated for a grouping. */
    public PriorityBuilder consolidatedFor(String grouping) {
        this.level = PriorityLevel.SUB_REGIONAL;
        this.countryCode = null;
        this.groupingCode = grouping;
        this.ownerCountryCode = null;
        return this;
    }

    /** A regional priority the secretariat consolidated. */
    public PriorityBuilder regional() {
        this.level = PriorityLevel.REGIONAL;
        this.countryCode = null;
        this.groupingCode = null;
        this.ownerCountryCode = null;
        return this;
    }

    public PriorityBuilder theme(String thematicAreaCode) {
        this.thematicAreaCode = thematicAreaCode;
        return this;
    }

    public PriorityBuilder title(String title) {
        this.title = title;
        return this;
    }

    public PriorityBuilder rationale(@Nullable String rationale) {
        this.rationale = rationale;
        return this;
    }

    public PriorityBuilder rank(int rank) {
        this.rank = rank;
        return this;
    }

    public PriorityBuilder weight(@Nullable BigDecimal weight) {
        this.weight = weight;
        return this;
    }

    public PriorityBuilder status(PriorityStatus status) {
        this.status = status;
        return this;
    }

    public PriorityBuilder carriedFrom(@Nullable Long priorityId) {
        this.carriedFromId = priorityId;
        return this;
    }

    public PriorityBuilder sectors(String... sectors) {
        this.sectors = List.of(sectors);
        return this;
    }

    public Priority build() {
        return new Priority(id, cycleId, level, countryCode, groupingCode, ownerCountryCode, thematicAreaCode, null,
            title, rationale, "en", rank, weight, status, carriedFromId, sectors, null, null, null, null, false, 0);
    }
}
