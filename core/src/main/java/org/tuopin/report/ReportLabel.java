package org.tuopin.report;

import org.tuopin.basics.Text;

/**
 * A report cell with a key for CSV and JSON and words for the text table, such as
 * {@code NOT_COVERED} or the {@code yes} of the {@code differs} column.
 *
 * @param key  the key written to CSV and JSON
 * @param text  the words in every language (Tuopin's message bundle, {@code report.label.*}, for the
 *     built-in labels)
 */
public record ReportLabel(String key, Text text) {

  /** The cell of a standard that does not cover a household's income year. */
  public static final ReportLabel NOT_COVERED = new ReportLabel("NOT_COVERED", Text.message("report.label.NOT_COVERED"));
  /** The differs cell of a household whose verdicts differ. */
  public static final ReportLabel YES = new ReportLabel("yes", Text.message("report.label.yes"));
  /** The differs cell of a household whose verdicts agree. */
  public static final ReportLabel NO = new ReportLabel("no", Text.message("report.label.no"));
}
