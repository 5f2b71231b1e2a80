package org.tuopin.report;

import org.tuopin.basics.Text;

/**
 * A column of a {@link Report}: its key in CSV and JSON, its header in the text table, and
 * how each writer shows it.
 *
 * @param key  the CSV header and JSON field name (never a dot: a JSON field name is a plain word)
 * @param header  the text table's header in every language
 * @param kind  how the writers treat the column
 */
public record ReportColumn(String key, Text header, Kind kind) {

  /** How the writers treat a column. */
  public enum Kind {
    /** Text, aligned left, in every format. */
    TEXT,
    /** A number, aligned right, in every format. */
    NUMBER,
    /** JSON only: the CSV columns are fixed by the data contract and the text table is narrow. */
    JSON_ONLY,
    /**
     * The verdict of one standard (the key is the standard's id): a CSV and text column of its
     * own, in JSON one entry of the row's {@code verdicts} array, since ids have dots.
     */
    STANDARD_VERDICT
  }

  /**
   * A text column whose header is the message {@code report.column.<key>} of Tuopin's bundle,
   * such as {@code report.column.household_id}.
   *
   * @param key  the key, whose message the bundle has
   * @return the column
   */
  public static ReportColumn text(String key) {
    return new ReportColumn(key, Text.message("report.column." + key), Kind.TEXT);
  }

  /**
   * A number column whose header is the message {@code report.column.<key>} of Tuopin's
   * bundle, such as {@code report.column.population}.
   *
   * @param key  the key, whose message the bundle has
   * @return the column
   */
  public static ReportColumn number(String key) {
    return new ReportColumn(key, Text.message("report.column." + key), Kind.NUMBER);
  }

  /**
   * A number column with a header of its own.
   *
   * @param key  the key
   * @param header  the header, not null
   * @return the column
   */
  public static ReportColumn number(String key, Text header) {
    return new ReportColumn(key, header, Kind.NUMBER);
  }

  /**
   * A text column.
   *
   * @param key  the key
   * @param zh  the Chinese header
   * @param en  the English header
   * @return the column
   */
  public static ReportColumn text(String key, String zh, String en) {
    return new ReportColumn(key, Text.of(zh, en), Kind.TEXT);
  }

  /**
   * A number column.
   *
   * @param key  the key
   * @param zh  the Chinese header
   * @param en  the English header
   * @return the column
   */
  public static ReportColumn number(String key, String zh, String en) {
    return new ReportColumn(key, Text.of(zh, en), Kind.NUMBER);
  }

  /**
   * A column that only JSON carries.
   *
   * @param key  the key
   * @return the column
   */
  public static ReportColumn jsonOnly(String key) {
    return new ReportColumn(key, Text.of(key, key), Kind.JSON_ONLY);
  }

  /**
   * The verdict column of a standard.
   *
   * @param standardId  the standard's id
   * @return the column
   */
  public static ReportColumn standardVerdict(String standardId) {
    return new ReportColumn(standardId, Text.of(standardId, standardId), Kind.STANDARD_VERDICT);
  }

  boolean inCsv() {
    return kind != Kind.JSON_ONLY;
  }
}
