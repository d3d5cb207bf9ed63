package org.regionaltc.reference;

import org.jspecify.annotations.Nullable;

/** A thematic area of a UNIDO framework period, or a sub-theme of one. */
public record ThematicArea(String code, String periodCode, @Nullable String parentCode, LocalizedName name,
        boolean crossCutting) {
}
