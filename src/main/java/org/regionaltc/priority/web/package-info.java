/** Pages and REST endpoints of review cycles and priorities. */
@NullMarked
package org.regionaltc.priority.web;

import org.jspecify.annotations.NullMarked;
