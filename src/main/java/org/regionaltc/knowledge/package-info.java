/** Experience shared: lessons learned and good practices, and the full-text search across the programme's records. */
@NullMarked
package org.regionaltc.knowledge;

import org.jspecify.annotations.NullMarked;
