/** Results-based management: outcomes, indicators, targets and actuals, rolled up by theme and country. */
@NullMarked
package org.regionaltc.results;

import org.jspecify.annotations.NullMarked;
