/** The home page. */
@NullMarked
package org.regionaltc.home;

import org.jspecify.annotations.NullMarked;
