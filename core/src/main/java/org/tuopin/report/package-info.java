/**
 * Reports as typed rows: the households, villages, regions, comparison, measure and MPI
 * reports ({@link org.tuopin.report.Reports}), each a {@link org.tuopin.report.Report} that
 * carries the row accounting of the files read and writes itself as CSV, JSON or a text table
 * (laid out by {@link org.tuopin.basics.TextTable}); and the mix-ins of the redacting JSON
 * writer ({@link org.tuopin.report.Redacting}). Reports carry typed values; rendering them is
 * a separate step that happens here.
 */
@NullMarked
package org.tuopin.report;

import org.jspecify.annotations.NullMarked;
