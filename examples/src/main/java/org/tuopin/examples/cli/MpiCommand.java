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
import org.tuopin.basics.Ratio;
import org.tuopin.examples.cli.Main.UsageException;
import org.tuopin.measure.AlkireFoster;
import org.tuopin.measure.MpiData;
import org.tuopin.measure.MpiIndicator;
import org.tuopin.measure.MpiResult;
import org.tuopin.measure.MpiTable;
import org.tuopin.report.Reports;
import org.tuopin.report.RowAccount;
import org.tuopin.measure.RegistryMpi;
import org.tuopin.region.RegionCode;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;
import org.tuopin.table.HouseholdTable;

/**
 * The {@code mpi} command: Alkire–Foster measures of indicator columns of any CSV, or of the
 * registration record's own indicators (the {@link RegistryMpi} preset), as
 * {@code spec/DATA.md} specifies. A roster is read as a columnar table ({@link HouseholdTable}).
 */
final class MpiCommand {

  static final String USAGE = String.join("\n",
      "       java -jar tuopin.jar mpi --input FILE --indicator NAME:COL:CUTOFF:WEIGHT [--indicator ...] --k K",
      "           [--weight COL] [--by COL] [--format table|csv|json] [--out FILE]",
      "       java -jar tuopin.jar mpi --roster FILE --standard ID [--k K]",
      "           [--by village|township|county|prefecture|province|zone] [--format table|csv|json] [--out FILE]");

  private static final Set<String> OPTIONS = Set.of("--input", "--indicator", "--k", "--weight", "--by", "--format",
      "--out", "--roster", "--standard", "--encoding", "--sheet");

  private MpiCommand() {
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException, UsageException {
    Map<String, List<String>> options = MeasureArgs.options(args, OPTIONS, Set.of("--indicator"));
    String format = MeasureArgs.format(options);
    MpiTable table;
    boolean rejected;
    if (options.containsKey("--roster")) {
      for (String o : List.of("--input", "--indicator", "--weight")) {
        if (options.containsKey(o)) {
          throw new UsageException("option " + o + " goes with --input, not --roster");
        }
      }
      StandardSet standard = StandardSets.of(MeasureArgs.one(options, "--standard"));
      Optional<Function<RegionCode, String>> grouping = MeasureArgs.villageGrouping(options);
      AlkireFoster measure = options.containsKey("--k")
          ? RegistryMpi.PRESET.withK(fraction(options.get("--k").get(0), "--k")) : RegistryMpi.PRESET;
      HouseholdTable roster = MeasureArgs.coveredTable(Inputs.ofLists(options),
          Path.of(options.get("--roster").get(0)), standard, err);
      MpiData data;
      try {
        data = RegistryMpi.ofTable(roster, standard, grouping.orElse(null));
      } catch (IllegalArgumentException ex) {
        throw new UsageException(ex.getMessage());
      }
      table = measure.measure(data);
      if (table.all().excluded() > 0) {
        err.println("note: " + table.all().excluded() + " people left out: a condition of their household is unknown");
      }
      write(table, grouping.isPresent(), format, RowAccount.of(roster), options, out);
      rejected = Main.account(roster.source(), roster.unknownColumns(), roster.errors(), roster.summary(), false, err);
    } else {
      Path input = Path.of(MeasureArgs.one(options, "--input"));
      List<MpiIndicator> indicators = new ArrayList<>();
      List<String> numeric = new ArrayList<>();
      for (String spec : options.getOrDefault("--indicator", List.of())) {
        String[] parts = spec.split(":", -1);
        if (parts.length != 4) {
          throw new UsageException("--indicator is NAME:COL:CUTOFF:WEIGHT: '" + spec + "'");
        }
        double cutoff;
        try {
          cutoff = new java.math.BigDecimal(parts[2].trim()).doubleValue();
          indicators.add(MpiIndicator.of(parts[0].trim(), cutoff, fraction(parts[3], "the weight of " + parts[0])));
        } catch (IllegalArgumentException ex) {
          throw new UsageException("--indicator " + spec + ": " + ex.getMessage());
        }
        numeric.add(parts[1].trim());
      }
      if (indicators.isEmpty()) {
        throw new UsageException("option --indicator is required");
      }
      AlkireFoster measure;
      try {
        measure = AlkireFoster.of(indicators, fraction(MeasureArgs.one(options, "--k"), "--k"));
      } catch (IllegalArgumentException ex) {
        throw new UsageException(ex.getMessage());
      }
      String weight = options.containsKey("--weight") ? options.get("--weight").get(0) : null;
      if (weight != null) {
        numeric.add(weight);
      }
      String by = options.containsKey("--by") ? options.get("--by").get(0) : null;
      MeasureArgs.Columns columns = MeasureArgs.read(Inputs.ofLists(options).table(input), numeric, weight == null ? Set.of() : Set.of(weight), by);
      double[][] cols = new double[indicators.size()][];
      for (int j = 0; j < cols.length; j++) {
        cols[j] = columns.column(j);
      }
      MpiData data = MpiData.of(cols);
      if (weight != null) {
        data = data.withWeights(columns.column(indicators.size()));
      }
      if (by != null) {
        data = data.withGroups(columns.groups);
      }
      table = measure.measure(data);
      write(table, by != null, format, columns.account(), options, out);
      rejected = columns.account(err);
    }
    return rejected ? Main.ROWS_REJECTED : Main.OK;
  }

  private static Ratio fraction(String text, String what) throws UsageException {
    try {
      return MpiIndicator.parseFraction(text);
    } catch (IllegalArgumentException ex) {
      throw new UsageException(what + ": " + ex.getMessage());
    }
  }

  private static void write(MpiTable table, boolean grouped, String format, RowAccount account,
      Map<String, List<String>> options, PrintStream out) throws IOException {
    MeasureArgs.write(Reports.mpi(table, grouped), format, account, options, out);
  }
}
