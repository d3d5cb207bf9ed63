/** regional-tc: the system that runs the UNIDO regional technical cooperation programme for Latin America and the Caribbean. */
@NullMarked
package org.regionaltc;

import org.jspecify.annotations.NullMarked;
