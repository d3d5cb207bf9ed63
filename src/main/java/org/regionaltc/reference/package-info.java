/** Reference data: GRULAC countries, sub-regional groupings, thematic areas, IATI codelists and financing bodies. */
@NullMarked
package org.regionaltc.reference;

import org.jspecify.annotations.NullMarked;
