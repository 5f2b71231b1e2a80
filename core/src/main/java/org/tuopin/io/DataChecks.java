package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tuopin.registry.HouseholdId;

/**
 * The warnings of the national data checks ({@link DataCheck}) over one roster, with their
 * counts per check: kept apart from the rejected rows, they never reject a row and never
 * change a verdict.
 *
 * <p>Every {@link RosterImport} carries its checks ({@link RosterImport#dataChecks()}); a
 * caller reading a roster otherwise (such as by the columnar {@code org.tuopin.table} path)
 * runs them by {@link #read(Path)}, which gives the same warnings in one streaming pass that
 * builds no household. The checks read the rows of every household with a valid id,
 * rejected rows included, each value that parsed; household-level values are taken from the
 * household's first row that gives them, and its size is its number of rows.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DataChecks {

  private static final Logger LOG = LoggerFactory.getLogger(DataChecks.class);

  private final ImmutableList<DataWarning> warnings;
  private final Map<DataCheck, Integer> counts;

  DataChecks(ImmutableList<DataWarning> warnings) {
    this.warnings = warnings;
    EnumMap<DataCheck, Integer> c = new EnumMap<>(DataCheck.class);
    for (DataCheck check : DataCheck.values()) {
      c.put(check, 0);
    }
    for (DataWarning w : warnings) {
      c.merge(w.check(), 1, Integer::sum);
    }
    this.counts = Maps.immutableEnumMap(c);
  }

  /**
   * Runs the checks over a roster file without building its households, its encoding
   * detected (or its first sheet, for a workbook) as {@link TableInput#of(Path)} opens it.
   *
   * @param file  the roster file, not null
   * @return the checks' warnings, not null
   * @throws RosterFormatException if the file cannot be read as a roster at all
   * @throws IOException if the file cannot be read
   */
  public static DataChecks read(Path file) throws IOException {
    return read(TableInput.of(file));
  }

  /**
   * Runs the checks over a roster input (CSV in its encoding, or a workbook's sheet) without
   * building its households: {@code read(reader.input(file))} checks the file as a
   * {@link RosterReader} with its encoding and sheet reads it.
   *
   * @param input  the roster input, not null
   * @return the checks' warnings, not null
   * @throws RosterFormatException if the input cannot be read as a roster at all
   * @throws IOException if the input cannot be read
   */
  public static DataChecks read(TableInput input) throws IOException {
    requireNonNull(input, "input");
    try (TableRows rows = input.open()) {
      Scan scan = new Scan(rows.source());
      scan.read(rows);
      return scan.run.finish();
    } catch (TableFormatException ex) {
      throw ex instanceof RosterFormatException ? ex : new RosterFormatException(String.valueOf(ex.getMessage()));
    }
  }

  /**
   * Runs the checks over a roster's text without building its households.
   *
   * @param csv  the CSV text, not null; read but not closed
   * @param source  a name for the source in messages, such as the file name, not null
   * @return the checks' warnings, not null
   * @throws RosterFormatException if the text cannot be read as a roster at all
   * @throws IOException if the reader fails
   */
  public static DataChecks read(Reader csv, String source) throws IOException {
    requireNonNull(csv, "csv");
    Scan scan = new Scan(requireNonNull(source, "source"));
    scan.read(csv);
    return scan.run.finish();
  }

  /**
   * Obtains the checks of warnings found by a reader that runs the checks itself (such as the
   * columnar {@code HouseholdTableReader}, through {@link HouseholdChecks}), ordered by their
   * first line as {@link #warnings()} gives them.
   *
   * @param warnings  the warnings, in any order, not null
   * @return the checks, not null
   */
  public static DataChecks of(java.util.Collection<DataWarning> warnings) {
    return new DataChecks(ImmutableList.sortedCopyOf(warnings));
  }

  /**
   * Returns the warnings, ordered by their first line.
   *
   * @return the warnings, not null
   */
  public ImmutableList<DataWarning> warnings() {
    return warnings;
  }

  /**
   * Returns the number of warnings of each check, every check present, in the order of
   * {@link DataCheck}.
   *
   * @return the counts, not null
   */
  public Map<DataCheck, Integer> counts() {
    return counts;
  }

  /**
   * Returns the number of warnings of a check.
   *
   * @param check  the check, not null
   * @return the count, not negative
   */
  public int count(DataCheck check) {
    return counts.get(requireNonNull(check, "check"));
  }

  /**
   * Returns the counts as one line: {@code data checks: 3 warnings (same_sex_spouse 2,
   * months_worked 1)}, or {@code data checks: no warnings}.
   *
   * @return the summary, not null
   */
  public String summary() {
    if (warnings.isEmpty()) {
      return "data checks: no warnings";
    }
    return "data checks: " + warnings.size() + (warnings.size() == 1 ? " warning (" : " warnings (")
        + counts.entrySet().stream().filter(e -> e.getValue() > 0)
            .map(e -> e.getKey().key() + " " + e.getValue()).collect(Collectors.joining(", "))
        + ")";
  }

  @Override
  public String toString() {
    return summary();
  }

  /**
   * The streaming pass: the table mechanism, parsing only the columns the checks read (the
   * others are kept as text and never rejected), feeding every row to a {@link DataCheckRun}.
   */
  private static final class Scan extends TableParse<RosterColumn> {
    final DataCheckRun run = new DataCheckRun();

    Scan(String source) {
      super(RosterColumn.class, source, LOG);
    }

    @Override
    TableFormatException formatError(String message) {
      return new RosterFormatException(message);
    }

    @Override
    boolean keptHeader(String header) {
      return DataCheckRun.isMonthsWorked(header);
    }

    @Override
    Object parseValue(RosterColumn column, String text) {
      return DataCheckRun.READ.contains(column) ? RosterValues.parse(column, text) : text;
    }

    @Override
    void accept(Row<RosterColumn> row) {
      row.<HouseholdId>get(RosterColumn.HOUSEHOLD_ID).ifPresent(h -> run.row(row, h));
    }
  }
}
