/** Alliances: partner organisations, the agreements signed with them, and inter-regional (South-South) cooperation. */
@NullMarked
package org.regionaltc.alliance;

import org.jspecify.annotations.NullMarked;
