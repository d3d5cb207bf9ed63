/** National resource offers: what countries put towards their priorities, and how it becomes co-financing. */
@NullMarked
package org.regionaltc.offer;

import org.jspecify.annotations.NullMarked;
