package org.regionaltc.reference;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A sub-regional grouping and its GRULAC members; a country may belong to several. */
public record Grouping(String code, LocalizedName name, String subRegion, List<Member> members) {

    public record Member(String countryCode, LocalizedName countryName, @Nullable Integer joinedYear,
            @Nullable Integer leftYear, @Nullable String note) {
    }

    /** Whether the country belongs to the grouping now (one that has left does not). */
    public boolean hasCurrentMember(String countryCode) {
        return members.stream().anyMatch(m -> m.countryCode().equals(countryCode) && m.leftYear() == null);
    }
}
