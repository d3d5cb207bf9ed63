/** How well the TC portfolio serves the region's priorities: the explainable alignment score, coverage, gaps and off-programme work. */
@NullMarked
package org.regionaltc.alignment;

import org.jspecify.annotations.NullMarked;
