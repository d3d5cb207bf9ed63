/** Financing bodies as partners: contacts, eligibility rules per funding period, and who may see whose money. */
@NullMarked
package org.regionaltc.financing;

import org.jspecify.annotations.NullMarked;
