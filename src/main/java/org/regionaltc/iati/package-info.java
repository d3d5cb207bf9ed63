/** IATI 2.03: export of published projects, one-pass validation of activity files, import and the donor landscape. */
@NullMarked
package org.regionaltc.iati;

import org.jspecify.annotations.NullMarked;
