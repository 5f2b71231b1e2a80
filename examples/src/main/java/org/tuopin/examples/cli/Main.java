package org.tuopin.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.tuopin.basics.Language;
import org.tuopin.basics.NotFoundException;
import org.tuopin.io.RowError;
import org.tuopin.io.VillageImport;
import org.tuopin.rollup.RollUp;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;
import org.tuopin.report.Report;
import org.tuopin.report.Reports;
import org.tuopin.report.RowAccount;
import org.tuopin.table.CompiledStandard;
import org.tuopin.table.HouseholdTable;
import org.tuopin.table.HouseholdTableReader;
import org.tuopin.table.TableAssessment;

/**
 * The Tuopin command line.
 *
 * <pre>
 * java -jar tuopin.jar assess --standard ID[,ID...] --roster FILE [--villages FILE]
 *     [--report households|villages|regions] [--format table|csv|json] [--lang zh|en] [--out FILE]
 *     [--checks]
 * java -jar tuopin.jar standards
 * </pre>
 *
 * <p>Results go to standard output or {@code --out}; messages to standard error. Exit
 * status: 0 all rows accepted, 3 some rows rejected (results still written for the rest),
 * 2 bad arguments or unreadable file, 1 anything else.
 */
public final class Main {

  static final int OK = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;
  static final int ROWS_REJECTED = 3;

  private static final String USAGE_TEXT = String.join("\n",
      "usage: java -jar tuopin.jar assess --standard ID[,ID...] --roster FILE [--villages FILE]",
      "           [--report households|villages|regions] [--format table|csv|json] [--lang zh|en] [--out FILE]",
      "           [--checks]",
      "       java -jar tuopin.jar standards",
      MeasureCommand.USAGE,
      MpiCommand.USAGE,
      Inputs.USAGE);
  private static final Set<String> OPTIONS =
      Set.of("--standard", "--roster", "--villages", "--report", "--format", "--lang", "--out", "--encoding", "--sheet");

  private Main() {
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args  the arguments
   */
  public static void main(String[] args) {
    PrintStream out = new Output.CheckedPrintStream(new FileOutputStream(FileDescriptor.out));
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the command line.
   *
   * @param args  the arguments
   * @param out  where results go
   * @param err  where messages go
   * @return the exit status
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
        (args.length == 0 ? err : out).println(USAGE_TEXT);
        return args.length == 0 ? USAGE : OK;
      }
      if (args.length == 2 && (args[1].equals("--help") || args[1].equals("-h"))) {
        if (!List.of("assess", "standards").contains(args[0])) {
          throw new UsageException("unknown command '" + args[0] + "'");
        }
        out.println(USAGE_TEXT);
        return OK;
      }
      switch (args[0]) {
        case "assess":
          return assess(options(args), out, err);
        case "measure":
          return MeasureCommand.run(args, out, err);
        case "mpi":
          return MpiCommand.run(args, out, err);
        case "standards":
          if (args.length > 1) {
            throw new UsageException("standards takes no options: '" + args[1] + "'");
          }
          for (StandardSet s : StandardSets.all()) {
            out.println(s.id() + "\t" + s.effectiveYears() + "\t" + s.name().zh() + " / " + s.name().en());
          }
          Output.checkWritten(out);
          return OK;
        default:
          throw new UsageException("unknown command '" + args[0] + "'");
      }
    } catch (UsageException | NotFoundException ex) {
      err.println("error: " + ex.getMessage());
      err.println(USAGE_TEXT);
      return USAGE;
    } catch (Output.FileProblem ex) {
      err.println("error: " + ex.getMessage());
      return ex.isInput() ? USAGE : FAILURE;
    } catch (org.tuopin.io.TableFormatException ex) {
      err.println("error: " + ex.getMessage());
      return USAGE;
    } catch (NoSuchFileException ex) {
      err.println("error: no such file: " + ex.getFile());
      return USAGE;
    } catch (IOException ex) {
      err.println("error: cannot read input: " + Output.reason(ex));
      return USAGE;
    } catch (OutOfMemoryError ex) {
      err.println("error: " + Memory.advice(args));
      return FAILURE;
    } catch (RuntimeException ex) {
      err.println("error: " + ex);
      return FAILURE;
    }
  }

  private static Map<String, String> options(String[] args) throws UsageException {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      if (args[i].equals(Checks.FLAG)) {
        if (options.put(Checks.FLAG, "") != null) {
          throw new UsageException("option " + Checks.FLAG + " is given twice");
        }
        i--;
        continue;
      }
      if (!OPTIONS.contains(args[i])) {
        throw new UsageException("unknown option '" + args[i] + "'");
      }
      if (i + 1 >= args.length) {
        throw new UsageException("option " + args[i] + " needs a value");
      }
      if (options.put(args[i], args[i + 1]) != null) {
        throw new UsageException("option " + args[i] + " is given twice");
      }
    }
    return options;
  }

  private static int assess(Map<String, String> options, PrintStream out, PrintStream err)
      throws IOException, UsageException, Output.FileProblem {
    String standardId = require(options, "--standard");
    Inputs reading = Inputs.of(options);
    Path roster = Path.of(require(options, "--roster"));
    String report = options.getOrDefault("--report", "households");
    if (!List.of("households", "villages", "regions").contains(report)) {
      throw new UsageException("report must be households, villages or regions: '" + report + "'");
    }
    String format = options.getOrDefault("--format", "table").toLowerCase(Locale.ROOT);
    if (!List.of("table", "csv", "json").contains(format)) {
      throw new UsageException("format must be table, csv or json: '" + format + "'");
    }
    Language lang;
    try {
      lang = Language.parse(options.getOrDefault("--lang", "zh"));
    } catch (IllegalArgumentException ex) {
      throw new UsageException(ex.getMessage());
    }
    if (report.equals("villages") && !options.containsKey("--villages")) {
      throw new UsageException("report villages needs --villages FILE");
    }
    List<StandardSet> sets = new java.util.ArrayList<>();
    try {
      for (String id : standardId.split(",")) {
        sets.add(StandardSets.of(id.trim()));
      }
    } catch (IllegalArgumentException ex) {
      throw new UsageException(ex.getMessage());
    }
    StandardSet standard = sets.get(0);
    if (sets.size() > 1 && !report.equals("households")) {
      throw new UsageException("several standards are compared on the households report only, not " + report);
    }
    if (sets.stream().map(StandardSet::id).distinct().count() < sets.size()) {
      throw new UsageException("a standard is named twice: " + standardId);
    }
    if (report.equals("villages") && standard.villageCriteria().isEmpty()) {
      throw new UsageException("standard set " + standard.id() + " has no village criteria");
    }
    List<Path> inputs = new java.util.ArrayList<>(List.of(roster));
    if (options.containsKey("--villages")) {
      inputs.add(Path.of(options.get("--villages")));
    }
    for (Path in : inputs) {
      Output.checkInput(in);
    }
    if (options.containsKey("--out")) {
      Output.checkOutput(Path.of(options.get("--out")), inputs);
    }
    Optional<VillageImport> villages = options.containsKey("--villages")
        ? Optional.of(reading.villages().read(Path.of(options.get("--villages"))))
        : Optional.empty();
    Report<?> table;
    List<RowAccount> accounts = new java.util.ArrayList<>();
    // the columnar path (org.tuopin.table), with the object path's answers
    HouseholdTableReader reader = HouseholdTableReader.create().withDataChecks();
    HouseholdTable households = reading.isDefault()
        ? (sets.stream().anyMatch(s -> CompiledStandard.of(s).hasCustomCriteria()) ? reader.withPersonColumns() : reader)
            .read(roster)
        : HouseholdTable.from(reading.roster().read(roster));
    accounts.add(RowAccount.of(households));
    if (sets.size() > 1) {
      // several standards: verdicts from the columns, one pass per set (the text table shows
      // the households whose verdicts differ)
      table = Reports.comparison(households.compare(sets), sets, format.equals("table"));
    } else {
      TableAssessment assessed = households.assess(standard);
      if (report.equals("households")) {
        // rows made from the columns as they are written, none held
        table = Reports.households(assessed);
      } else {
        RollUp.Builder rollUp = RollUp.builder();
        villages.ifPresent(v -> v.villages().forEach(village -> rollUp.village(village.code(), village.population())));
        assessed.addTo(rollUp);
        table = report.equals("villages")
            ? Reports.villages(rollUp.build(), villages, standard)
            : Reports.regions(rollUp.build(), standard);
      }
    }
    villages.ifPresent(v -> accounts.add(RowAccount.of(v)));
    Report<?> written = table.withAccounts(accounts);

    if (options.containsKey("--out")) {
      Output.write(Path.of(options.get("--out")), fileOut -> ReportOutput.write(written, format, lang, fileOut));
    } else {
      ReportOutput.write(written, format, lang, out);
      Output.checkWritten(out);
    }

    boolean rejected = account(households.source(), households.unknownColumns(), households.errors(),
        households.summary(), villages.isPresent(), err);
    Checks.print(households.dataChecks().orElseThrow(), options.containsKey(Checks.FLAG), err);
    if (villages.isPresent()) {
      VillageImport v = villages.get();
      rejected |= account(v.source(), v.unknownColumns(), v.errors(), v.summary(), true, err);
    }
    return rejected ? ROWS_REJECTED : OK;
  }

  /** Prints a file's unknown columns, rejected rows and summary; returns whether any row was rejected. */
  static boolean account(String source, List<String> unknown, List<RowError> errors, String summary,
      boolean name, PrintStream err) {
    String suffix = name ? " (" + source + ")" : "";
    if (!unknown.isEmpty()) {
      err.println("note: unknown columns kept aside: " + String.join(", ", unknown) + suffix);
    }
    if (name && !errors.isEmpty()) {
      err.println(source + ":");
    }
    for (RowError e : errors) {
      err.println(e);
    }
    err.println(summary + suffix);
    return !errors.isEmpty();
  }

  private static String require(Map<String, String> options, String name) throws UsageException {
    String value = options.get(name);
    if (value == null) {
      throw new UsageException("option " + name + " is required");
    }
    return value;
  }

  /** Bad arguments: exit status 2. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
