/**
 * The money: dated exchange rates, the ledger from pledge to expenditure, funding windows, co-financing, and the
 * figures computed from them (secured funding, gaps, co-financing ratios).
 */
@NullMarked
package org.regionaltc.funding;

import org.jspecify.annotations.NullMarked;
