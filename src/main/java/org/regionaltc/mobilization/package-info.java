/**
 * Resource mobilization views: each financing body's portfolio, donor concentration, deadlines, funding gaps by
 * project, country, sub-region and theme with the sources eligible to close them; and the feature's demo data.
 */
@NullMarked
package org.regionaltc.mobilization;

import org.jspecify.annotations.NullMarked;
