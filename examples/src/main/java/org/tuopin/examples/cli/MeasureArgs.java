package org.tuopin.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tuopin.examples.cli.Main.UsageException;
import org.tuopin.io.RowError;
import org.tuopin.io.TableFormatException;
import org.tuopin.io.TableInput;
import org.tuopin.io.TableRows;
import org.tuopin.measure.Welfare;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.basics.Language;
import org.tuopin.report.Report;
import org.tuopin.report.RowAccount;
import org.tuopin.standard.StandardSet;
import org.tuopin.table.HouseholdTable;
import org.tuopin.table.HouseholdTableReader;

/**
 * What the {@code measure} and {@code mpi} commands share: their options, the reading of
 * numeric columns from any CSV with row accounting, the reading and grouping of roster
 * households (as objects or as a columnar table), and the writing of result rows as a table,
 * CSV or JSON.
 */
final class MeasureArgs {

  private MeasureArgs() {
  }

  /** Parses {@code --name value} pairs; names in {@code repeatable} may repeat. */
  static Map<String, List<String>> options(String[] args, Set<String> known, Set<String> repeatable)
      throws UsageException {
    Map<String, List<String>> options = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      if (!known.contains(args[i])) {
        throw new UsageException("unknown option '" + args[i] + "'");
      }
      if (i + 1 >= args.length) {
        throw new UsageException("option " + args[i] + " needs a value");
      }
      List<String> values = options.computeIfAbsent(args[i], k -> new ArrayList<>());
      if (!values.isEmpty() && !repeatable.contains(args[i])) {
        throw new UsageException("option " + args[i] + " is given twice");
      }
      values.add(args[i + 1]);
    }
    return options;
  }

  static String one(Map<String, List<String>> options, String name) throws UsageException {
    List<String> v = options.get(name);
    if (v == null) {
      throw new UsageException("option " + name + " is required");
    }
    return v.get(0);
  }

  static String format(Map<String, List<String>> options) throws UsageException {
    String format = options.getOrDefault("--format", List.of("table")).get(0).toLowerCase(Locale.ROOT);
    if (!List.of("table", "csv", "json").contains(format)) {
      throw new UsageException("format must be table, csv or json: '" + format + "'");
    }
    return format;
  }

  /** The grouping of villages by {@code --by}: a region level or zone; empty without it. */
  static Optional<Function<RegionCode, String>> villageGrouping(Map<String, List<String>> options)
      throws UsageException {
    if (!options.containsKey("--by")) {
      return Optional.empty();
    }
    String by = options.get("--by").get(0).toLowerCase(Locale.ROOT);
    if (by.equals("zone")) {
      return Optional.of(Welfare.villagesByZone());
    }
    for (RegionLevel level : RegionLevel.values()) {
      if (level.name().toLowerCase(Locale.ROOT).equals(by)) {
        return Optional.of(Welfare.villagesByRegion(level));
      }
    }
    throw new UsageException("--by must be village, township, county, prefecture, province or zone: '" + by + "'");
  }

  /** Numeric columns of a CSV, with every row accounted for. */
  static final class Columns {
    final String source;
    final List<double[]> values = new ArrayList<>();
    final List<String> groups = new ArrayList<>();
    final List<RowError> errors = new ArrayList<>();
    long read;

    Columns(String source) {
      this.source = source;
    }

    double[] column(int c) {
      double[] out = new double[values.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = values.get(i)[c];
      }
      return out;
    }

    String summary() {
      return account().summary();
    }

    RowAccount account() {
      return new RowAccount(source, read, values.size(), read - values.size(), errors, List.of());
    }

    /** Prints the rejected rows and the summary; returns whether any row was rejected. */
    boolean account(PrintStream err) {
      errors.forEach(err::println);
      err.println(summary());
      return !errors.isEmpty();
    }
  }

  /**
   * Reads numeric columns of a table file through the io input layer (CSV in a detected or
   * given encoding, with or without a byte-order mark, or an .xlsx sheet). A column named in
   * {@code numeric} that is missing is a usage error; a field that is not a number (or, for
   * columns in {@code nonNegative}, is negative) rejects its row, naming line and column.
   */
  static Columns read(TableInput input, List<String> numeric, Set<String> nonNegative, String by)
      throws IOException, UsageException {
    Path file = input.file();
    Columns out = new Columns(file.toString());
    try (TableRows record = input.open()) {
      int[] index = null;
      int groupIndex = -1;
      while (record.next()) {
        if (index == null) {
          List<String> header = new ArrayList<>();
          for (int i = 0; i < record.size(); i++) {
            String h = record.field(i).trim();
            header.add(i == 0 && h.startsWith("\uFEFF") ? h.substring(1).trim() : h);
          }
          index = new int[numeric.size()];
          for (int c = 0; c < numeric.size(); c++) {
            index[c] = header.indexOf(numeric.get(c));
            if (index[c] < 0) {
              throw new UsageException(file + ": no column '" + numeric.get(c) + "' in the header " + header);
            }
          }
          if (by != null) {
            groupIndex = header.indexOf(by);
            if (groupIndex < 0) {
              throw new UsageException(file + ": no column '" + by + "' in the header " + header);
            }
          }
          continue;
        }
        out.read++;
        long line = record.line();
        double[] row = new double[numeric.size()];
        boolean ok = true;
        for (int c = 0; c < numeric.size(); c++) {
          String text = index[c] < record.size() ? record.field(index[c]).trim() : "";
          String column = numeric.get(c);
          try {
            row[c] = new BigDecimal(text).doubleValue();
            if (!Double.isFinite(row[c])) {
              throw new NumberFormatException();
            }
            if (nonNegative.contains(column) && row[c] < 0) {
              out.errors.add(RowError.of(line, column, "must not be negative: '" + text + "'"));
              ok = false;
            }
          } catch (NumberFormatException ex) {
            out.errors.add(RowError.of(line, column, "not a number: '" + text + "'"));
            ok = false;
          }
        }
        if (ok) {
          out.values.add(row);
          if (groupIndex >= 0) {
            out.groups.add(groupIndex < record.size() ? record.field(groupIndex).trim() : "");
          }
        }
      }
      if (index == null) {
        throw new UsageException(file + ": the file is empty: no header row");
      }
    } catch (TableFormatException ex) {
      throw new UsageException(String.valueOf(ex.getMessage()));
    }
    return out;
  }

  /**
   * Writes a measure report in the format, to {@code --out} or {@code out}, with the row
   * accounting of the file read.
   */
  static void write(Report<?> report, String format, RowAccount account, Map<String, List<String>> options,
      PrintStream out) throws IOException {
    Report<?> accounted = report.withAccounts(List.of(account));
    if (options.containsKey("--out")) {
      try (OutputStream file = Files.newOutputStream(Path.of(options.get("--out").get(0)));
          PrintStream fileOut = new PrintStream(file, false, StandardCharsets.UTF_8)) {
        ReportOutput.write(accounted, format, Language.EN, fileOut);
      }
    } else {
      ReportOutput.write(accounted, format, Language.EN, out);
      out.flush();
    }
  }

  /**
   * Reads a roster as a columnar table (by its fast path with the default input options,
   * else through the object path's import) and notes on {@code err} the households the
   * measures leave out: households with rejected rows, and households of income years the
   * standard does not cover ({@code NOT_COVERED}, never rejected rows).
   */
  static HouseholdTable coveredTable(Inputs reading, Path file, StandardSet standard, PrintStream err)
      throws IOException {
    HouseholdTable table = reading.isDefault()
        ? HouseholdTableReader.create().read(file)
        : HouseholdTable.from(reading.roster().read(file));
    int incomplete = 0;
    int notCovered = 0;
    for (int i = 0; i < table.size(); i++) {
      if (!table.isComplete(i)) {
        incomplete++;
      } else if (!standard.effectiveYears().contains(table.incomeYear(i))) {
        notCovered++;
      }
    }
    if (incomplete > 0) {
      err.println("note: " + incomplete + " households with rejected rows are left out");
    }
    if (notCovered > 0) {
      err.println("note: " + notCovered + " households are not covered (income year outside " + standard.id()
          + "'s years " + standard.effectiveYears() + ") and are left out");
    }
    return table;
  }
}
