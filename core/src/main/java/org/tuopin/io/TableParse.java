package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.tuopin.internal.Redaction;

/**
 * One read of a table of the data contract (roster, villages): the mechanism the readers
 * share, holding the state of the read.
 *
 * <p>It reads the rows of a {@link TableRows} (CSV in its encoding, or a workbook's sheet)
 * and maps the header: each column is found by its English key or Chinese alias, a column
 * headed twice or a required column missing throws {@link #formatError(String)} (the latter
 * with a hint when the header looks separated by a semicolon or a tab), and unknown columns
 * are kept aside. Each data row is then checked for its field count, each non-empty field of a
 * known column is parsed by {@link #parseValue(TableColumn, String)} (an
 * {@link IllegalArgumentException} rejects the row with the column as headed and the
 * exception's message), a required column left empty rejects the row, and the row is
 * handed to {@link #accept(Row)} for the file's own checks.
 *
 * <p>The mechanism counts the rows but keeps none of them, so that a large file need not be
 * held in memory: a subclass keeps the rows it needs, and hands every row that may be
 * rejected to {@link #account(Iterable)}, which counts the others as accepted.
 *
 * <p>A subclass is used for one read only; it is not thread-safe.
 *
 * @param <C>  the column type of the file
 */
abstract class TableParse<C extends Enum<C> & TableColumn> {

  private final Class<C> type;
  private final String source;
  private final Logger log;
  private final List<@Nullable C> columns = new ArrayList<>();
  private final EnumMap<C, String> headerOf;
  private final List<String> unknown = new ArrayList<>();
  private final C[] constants;
  /** The text and value of the last field parsed in each column position. */
  private @Nullable String[] lastText = new String[0];
  private @Nullable Object[] lastValue = new Object[0];
  /** The position of the kept-aside column whose text rows keep ({@link #keptHeader}), or -1. */
  private int keptPosition = -1;
  private long rowsRead;
  private boolean headerRead;
  /** The line in the file of each line read (the identity unless the rows come from a larger file). */
  private java.util.function.LongUnaryOperator lineNumbers = java.util.function.LongUnaryOperator.identity();

  /**
   * Creates the state of one read.
   *
   * @param type  the column enum, not null
   * @param source  a name for the source in messages, such as the file name, not null
   * @param log  the reader's logger, not null
   */
  TableParse(Class<C> type, String source, Logger log) {
    this.type = requireNonNull(type, "type");
    this.source = requireNonNull(source, "source");
    this.log = requireNonNull(log, "log");
    this.headerOf = new EnumMap<>(type);
    this.constants = type.getEnumConstants();
  }

  /**
   * Parses the non-empty text of a field of a known column. The value must depend on the
   * column and the text only: when a field repeats the text of the same column in the row
   * before, as household-level columns do, the value parsed then is used again.
   *
   * @param column  the column, not null
   * @param text  the trimmed, non-empty text, not null
   * @return the value, not null
   * @throws IllegalArgumentException naming the value and the rule if the text is bad
   */
  abstract Object parseValue(C column, String text);

  /**
   * Applies the file's own checks to a row whose fields have been parsed, such as
   * uniqueness across the file, and keeps the row if the subclass needs it: the mechanism
   * does not keep it.
   *
   * @param row  the row, not null
   */
  abstract void accept(Row<C> row);

  /**
   * Checks whether a header that names no column heads the one column kept aside whose text
   * each row keeps ({@link Row#kept}), such as a column only the data checks read. The
   * column is still reported as unknown.
   *
   * @param header  the header, trimmed, not null
   * @return true for the kept column; false by default
   */
  boolean keptHeader(String header) {
    return false;
  }

  /**
   * Creates the exception thrown when the file cannot be read as the table at all.
   *
   * @param message  the message, naming the source, not null
   * @return the exception, not null
   */
  TableFormatException formatError(String message) {
    return new TableFormatException(message);
  }

  /**
   * Returns what the file is called in a hint, such as "roster".
   *
   * @return the name, not null
   */
  String kind() {
    return "file";
  }

  /**
   * Reads the whole table from CSV text: the header, then every row.
   *
   * @param csv  the CSV text, not null; read but not closed
   * @throws TableFormatException (of the kind {@link #formatError(String)} gives) if the text
   *     cannot be read as the table at all
   * @throws IOException if the reader fails
   */
  final void read(Reader csv) throws IOException {
    requireNonNull(csv, "csv");
    read(TableRows.csv(csv, source));
  }

  /**
   * Reads the whole table: the header, then every row.
   *
   * @param rows  the rows, not null; read but not closed
   * @throws TableFormatException (of the kind {@link #formatError(String)} gives) if the rows
   *     cannot be read as the table at all
   * @throws IOException if the rows cannot be read
   */
  final void read(TableRows rows) throws IOException {
    requireNonNull(rows, "rows");
    try {
      while (rows.next()) {
        if (headerRead) {
          row(rows);
        } else {
          header(rows);
        }
      }
    } catch (TableFormatException ex) {
      TableFormatException kind = formatError(String.valueOf(ex.getMessage()));
      if (kind.getClass() == ex.getClass()) {
        throw ex;
      }
      kind.setStackTrace(ex.getStackTrace());
      throw kind;
    }
    if (!headerRead) {
      throw formatError(source + ": the file is empty: no header row");
    }
  }

  private void header(TableRows record) throws TableFormatException {
    headerRead = true;
    for (int i = 0; i < record.size(); i++) {
      String h = record.field(i).trim();
      if (i == 0 && h.startsWith("\uFEFF")) {
        h = h.substring(1).trim();
      }
      Optional<C> c = TableColumn.find(type, h);
      if (c.isPresent()) {
        String previous = headerOf.put(c.get(), record.column(i, h));
        if (previous != null) {
          throw formatError(source + ": column " + c.get().key() + " is headed twice ("
              + Redaction.quote(previous) + " and " + Redaction.quote(record.column(i, h)) + ")");
        }
        columns.add(c.get());
      } else {
        columns.add(null);
        if (keptPosition < 0 && keptHeader(h)) {
          keptPosition = i;
        }
        unknown.add(Redaction.header(h));
      }
    }
    List<String> missing = new ArrayList<>();
    for (C c : constants) {
      if (c.isRequired() && !headerOf.containsKey(c)) {
        missing.add(c.key() + " (" + c.zh() + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw formatError(source + ": required columns missing: " + String.join(", ", missing) + separatorHint(record));
    }
    lastText = new String[columns.size()];
    lastValue = new Object[columns.size()];
    if (!unknown.isEmpty()) {
      log.debug("{}: unknown columns kept aside: {}", source, unknown);
    }
  }

  /**
   * A hint when the header looks separated by another character than the comma: a
   * semicolon, a tab or a vertical bar found in a header of fewer fields than it splits.
   */
  private String separatorHint(TableRows record) {
    for (char sep : new char[] {';', '\t', '|'}) {
      int splits = 0;
      for (int i = 0; i < record.size(); i++) {
        String f = record.field(i);
        for (int k = 0; k < f.length(); k++) {
          if (f.charAt(k) == sep) {
            splits++;
          }
        }
      }
      if (splits > 0 && splits >= record.size()) {
        String name = sep == '\t' ? "tabs" : "'" + sep + "'";
        return "; the header looks separated by " + name + " — the " + kind() + " is comma-separated";
      }
    }
    return "";
  }

  private void row(TableRows record) {
    Row<C> row = new Row<>(lineNumbers.applyAsLong(record.line()), type);
    rowsRead++;
    int n = record.size();
    if (n != columns.size()) {
      // A misaligned row: its cells may sit under other columns, so none is quoted; only
      // the columns that place it (such as its household) are read, silently.
      row.errors.add(RowError.of(row.line, "*",
          "the row has " + n + " fields but the header has " + columns.size()));
      row.misaligned = true;
      for (int i = 0; i < Math.min(n, columns.size()); i++) {
        C c = columns.get(i);
        String text = record.field(i).trim();
        if (c != null && !text.isEmpty() && c.placesRows()) {
          try {
            row.values.put(c, parseValue(c, text));
          } catch (IllegalArgumentException ex) {
            // not quoted: the row is rejected as misaligned already
            row.badText(c, text);
          }
        }
      }
      accept(row);
      return;
    }
    for (int i = 0; i < n; i++) {
      C c = columns.get(i);
      String text = record.field(i).trim();
      if (c != null && !text.isEmpty()) {
        try {
          row.values.put(c, parse(i, c, text));
        } catch (IllegalArgumentException ex) {
          reject(row, c, Redaction.reason(String.valueOf(ex.getMessage()), text, c.isPersonal()));
          row.badText(c, text);
        }
      }
    }
    for (C c : constants) {
      if (c.isRequired() && !row.values.containsKey(c) && hasNoErrorFor(row, c)) {
        reject(row, c, "a value is required");
      }
    }
    if (keptPosition >= 0) {
      String kept = record.field(keptPosition).trim();
      row.kept = kept.isEmpty() ? null : kept;
    }
    accept(row);
  }

  private Object parse(int position, C c, String text) {
    Object last = lastValue[position];
    if (last != null && text.equals(lastText[position])) {
      return last;
    }
    Object value = parseValue(c, text);
    lastText[position] = text;
    lastValue[position] = value;
    return value;
  }

  /**
   * Sets the line in the file of each line read, for rows read out of a larger file.
   *
   * @param lines  the line in the file of each line read (line 1 is the header), not null
   */
  final void lineNumbers(java.util.function.LongUnaryOperator lines) {
    this.lineNumbers = requireNonNull(lines, "lines");
  }

  /**
   * Returns the name of the source read.
   *
   * @return the source, not null
   */
  final String source() {
    return source;
  }

  /**
   * Checks whether the file has a column.
   *
   * @param c  the column, not null
   * @return true if the header names it
   */
  final boolean isHeaded(C c) {
    return headerOf.containsKey(c);
  }

  /**
   * Returns an error for a row and a column, naming the column as headed in the file (or by
   * its key if the file lacks it).
   *
   * @param row  the row, not null
   * @param c  the column, not null
   * @param reason  the reason, naming the value and the rule, not null
   * @return the error, not null
   */
  final RowError error(Row<C> row, C c, String reason) {
    return RowError.of(row.line, headerOf.getOrDefault(c, c.key()), reason);
  }

  /**
   * Rejects a row, adding an error for a column.
   *
   * @param row  the row, not null
   * @param c  the column, not null
   * @param reason  the reason, naming the value and the rule, not null
   */
  final void reject(Row<C> row, C c, String reason) {
    row.errors.add(error(row, c, reason));
  }

  /**
   * Checks whether a row has no error yet for a column.
   *
   * @param row  the row, not null
   * @param c  the column, not null
   * @return true if no error names the column
   */
  final boolean hasNoErrorFor(Row<C> row, C c) {
    for (RowError e : row.errors) {
      if (e.column().equals(headerOf.get(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the account of every row read, as the rows stand now.
   *
   * @param mayBeRejected  every row read that may have been rejected, each once; the other
   *     rows read are counted as accepted; not null
   * @return the account, not null
   */
  final RowAccount account(Iterable<Row<C>> mayBeRejected) {
    long rejected = 0;
    List<RowError> errors = new ArrayList<>();
    for (Row<C> row : mayBeRejected) {
      if (row.isRejected()) {
        rejected++;
        errors.addAll(row.errors);
      }
    }
    return new RowAccount(rowsRead, rejected, ImmutableList.sortedCopyOf(errors), ImmutableList.copyOf(unknown));
  }

  /**
   * One data row: its line, its parsed values and its errors.
   *
   * @param <C>  the column type of the file
   */
  static final class Row<C extends Enum<C>> {
    /** The 1-based line the row starts on (the header is line 1). */
    final long line;
    /** The parsed values of the non-empty fields that parsed. */
    final EnumMap<C, Object> values;
    /** The errors; the row is rejected if there is any. */
    final List<RowError> errors = new ArrayList<>();
    /** Whether the row's field count differs from the header's: only its placing columns are read. */
    boolean misaligned;
    /** The texts of the placing columns that did not parse, kept to place the row all the same. */
    @Nullable EnumMap<C, String> badTexts;
    /** The non-empty text of the kept-aside column ({@link TableParse#keptHeader}), if any. */
    @Nullable String kept;

    Row(long line, Class<C> type) {
      this.line = line;
      this.values = new EnumMap<>(type);
    }

    /**
     * Returns a parsed value.
     *
     * @param <T>  the value's type
     * @param c  the column, not null
     * @return the value, or empty if the field was empty, absent or bad
     */
    @SuppressWarnings("unchecked")
    <T> Optional<T> get(C c) {
      return Optional.ofNullable((T) values.get(c));
    }

    /**
     * Returns a parsed value that must be there.
     *
     * @param <T>  the value's type
     * @param c  the column, not null
     * @return the value, not null
     * @throws java.util.NoSuchElementException if it is not
     */
    <T> T require(C c) {
      return this.<T>get(c).orElseThrow();
    }

    /**
     * Keeps the text of a field that did not parse, if its column places the row.
     *
     * @param c  the column, not null
     * @param text  the text, not null
     */
    void badText(C c, String text) {
      if (c instanceof TableColumn t && t.placesRows()) {
        if (badTexts == null) {
          badTexts = new EnumMap<>(c.getDeclaringClass());
        }
        badTexts.put(c, text);
      }
    }

    /**
     * Returns the text of a placing column's field that did not parse.
     *
     * @param c  the column, not null
     * @return the text, or empty if the field parsed or was empty
     */
    Optional<String> badText(C c) {
      return badTexts == null ? Optional.empty() : Optional.ofNullable(badTexts.get(c));
    }

    /**
     * Checks whether the row is rejected.
     *
     * @return true if it has an error
     */
    boolean isRejected() {
      return !errors.isEmpty();
    }
  }
}
