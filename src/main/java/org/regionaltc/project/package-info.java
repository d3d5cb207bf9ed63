/** TC projects jointly defined by GRULAC countries and UNIDO: lifecycle, endorsements, approval and the priorities they serve. */
@NullMarked
package org.regionaltc.project;

import org.jspecify.annotations.NullMarked;
