/** The append-only audit trail of every change and every refused access. */
@NullMarked
package org.regionaltc.audit;

import org.jspecify.annotations.NullMarked;
