/** The programme framework, review cycles, the priorities countries submit in them, consolidation and endorsement. */
@NullMarked
package org.regionaltc.priority;

import org.jspecify.annotations.NullMarked;
