/** Exports and reports: every list as CSV and XLSX with its filters, the programme workbook, the review report. */
@NullMarked
package org.regionaltc.report;

import org.jspecify.annotations.NullMarked;
