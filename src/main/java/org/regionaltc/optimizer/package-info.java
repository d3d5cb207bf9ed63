/** The allocation engine: which projects to fund from which funding windows, with a proven bound and its reasons. */
@NullMarked
package org.regionaltc.optimizer;

import org.jspecify.annotations.NullMarked;
