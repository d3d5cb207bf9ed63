/** Dashboards per role, the map of the region and the country page: figures read through other features' published types. */
@NullMarked
package org.regionaltc.dashboard;

import org.jspecify.annotations.NullMarked;
