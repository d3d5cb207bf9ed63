/** The review cycle that projects are aligned with, and its priorities, as projects, alignment and priorities read them. */
@NullMarked
package org.regionaltc.cycle;

import org.jspecify.annotations.NullMarked;
