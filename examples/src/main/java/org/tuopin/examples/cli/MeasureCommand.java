package org.tuopin.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.tuopin.examples.cli.Main.UsageException;
import org.tuopin.measure.Measures;
import org.tuopin.measure.Welfare;
import org.tuopin.region.RegionCode;
import org.tuopin.report.Reports;
import org.tuopin.report.RowAccount;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;
import org.tuopin.table.HouseholdTable;

/**
 * The {@code measure} command: FGT(0, 1, 2), Watts, Gini, Theil and MLD of a welfare column
 * of any CSV, or of a roster's people under a standard's line, in total and by group, as
 * {@code spec/DATA.md} specifies. A roster is read as a columnar table
 * ({@link HouseholdTable}), so that a national roster is measured in a few gigabytes.
 */
final class MeasureCommand {

  static final String USAGE = String.join("\n",
      "       java -jar tuopin.jar measure --input FILE --welfare COL --line AMOUNT [--weight COL] [--by COL]",
      "           [--format table|csv|json] [--out FILE]",
      "       java -jar tuopin.jar measure --roster FILE --standard ID",
      "           [--by village|township|county|prefecture|province|zone] [--format table|csv|json] [--out FILE]");

  private static final Set<String> OPTIONS = Set.of("--input", "--welfare", "--line", "--weight", "--by", "--format",
      "--out", "--roster", "--standard", "--encoding", "--sheet");

  private MeasureCommand() {
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException, UsageException {
    Map<String, List<String>> options = MeasureArgs.options(args, OPTIONS, Set.of());
    String format = MeasureArgs.format(options);
    Welfare welfare;
    boolean rejected;
    if (options.containsKey("--roster")) {
      for (String o : List.of("--input", "--welfare", "--line", "--weight")) {
        if (options.containsKey(o)) {
          throw new UsageException("option " + o + " goes with --input, not --roster");
        }
      }
      StandardSet standard = StandardSets.of(MeasureArgs.one(options, "--standard"));
      Optional<Function<RegionCode, String>> grouping = MeasureArgs.villageGrouping(options);
      RosterWelfare read = ofRoster(Inputs.ofLists(options), Path.of(options.get("--roster").get(0)), standard,
          grouping, err);
      RowAccount account = read.account();
      write(read.welfare(), grouping.isPresent(), format, account, options, out);
      rejected = Main.account(account.source(), account.unknownColumns(), account.errors(), account.summary(), false,
          err);
    } else {
      Path input = Path.of(MeasureArgs.one(options, "--input"));
      String welfareColumn = MeasureArgs.one(options, "--welfare");
      double line;
      try {
        line = new java.math.BigDecimal(MeasureArgs.one(options, "--line")).doubleValue();
      } catch (NumberFormatException ex) {
        throw new UsageException("--line must be a number: '" + options.get("--line").get(0) + "'");
      }
      if (!(line > 0)) {
        throw new UsageException("--line must be positive: " + options.get("--line").get(0));
      }
      List<String> numeric = new ArrayList<>(List.of(welfareColumn));
      String weight = options.containsKey("--weight") ? options.get("--weight").get(0) : null;
      if (weight != null) {
        numeric.add(weight);
      }
      String by = options.containsKey("--by") ? options.get("--by").get(0) : null;
      MeasureArgs.Columns columns = MeasureArgs.read(Inputs.ofLists(options).table(input), numeric, weight == null ? Set.of() : Set.of(weight), by);
      welfare = Welfare.wrap(columns.column(0), weight == null ? null : columns.column(1)).withLine(line);
      if (by != null) {
        welfare = welfare.withGroups(columns.groups);
      }
      write(welfare, by != null, format, columns.account(), options, out);
      rejected = columns.account(err);
    }
    return rejected ? Main.ROWS_REJECTED : Main.OK;
  }

  /**
   * Reads a roster as a columnar table and takes its people's welfare from it, one record per
   * household weighted by its size ({@link Welfare#ofTable}). Only the welfare column and the
   * row accounting are kept, so the table's columns may be collected before the measures are
   * taken.
   */
  private static RosterWelfare ofRoster(Inputs reading, Path file, StandardSet standard,
      Optional<Function<RegionCode, String>> grouping, PrintStream err) throws IOException, UsageException {
    HouseholdTable table = MeasureArgs.coveredTable(reading, file, standard, err);
    try {
      Welfare welfare = grouping.isPresent()
          ? Welfare.ofTableGrouped(table, standard, grouping.get())
          : Welfare.ofTable(table, standard, null);
      return new RosterWelfare(welfare, RowAccount.of(table));
    } catch (IllegalArgumentException ex) {
      throw new UsageException(ex.getMessage());
    }
  }

  /** A roster's welfare column and the row accounting of its file. */
  private record RosterWelfare(Welfare welfare, RowAccount account) {
  }

  private static void write(Welfare welfare, boolean grouped, String format, RowAccount account,
      Map<String, List<String>> options, PrintStream out) throws IOException {
    MeasureArgs.write(Reports.measures(Measures.byGroup(welfare), grouped), format, account, options, out);
  }
}
