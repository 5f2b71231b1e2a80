package org.tuopin.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuopin.examples.table.HouseholdTableEquivalenceTest.RandomRoster;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.measure.Measures;
import org.tuopin.measure.MpiTable;
import org.tuopin.measure.RegistryMpi;
import org.tuopin.measure.Welfare;
import org.tuopin.registry.Household;
import org.tuopin.report.Report;
import org.tuopin.report.Reports;
import org.tuopin.report.RowAccount;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;

/**
 * {@code measure --roster} and {@code mpi --roster} read the roster as a columnar table (one
 * record per household, its size as frequency weight) and print, byte for byte, what the
 * object path (one record per person, {@link Welfare#ofHouseholds}, {@link RegistryMpi#data})
 * printed before: the measures to the digits printed, {@code n} counting people, the notes on
 * the households and people left out, the rejected rows and the row accounting, and the exit
 * status. On the bundled samples (every standard, every
 * grouping, every format), byte for byte; on random rosters, clean and broken, spread over
 * provinces of the three zones (fixed seed), the same but for rounding noise (see
 * {@link #assertClose}).
 */
class MeasureRosterTableTest {

  private static final List<String> GROUPINGS =
      List.of("", "village", "township", "county", "prefecture", "province", "zone");
  private static final List<String> FORMATS = List.of("csv", "table", "json");
  private static final List<String> COMMANDS = List.of("measure", "mpi");
  /** Province prefixes of the east, the centre and the west for the random rosters' villages. */
  private static final List<String> PROVINCES = List.of("11", "32", "42", "43", "51", "52", "65");

  @TempDir
  Path dir;

  private record Run(int status, String out, String err) {
  }

  @Test
  void test_samples_everyStandardGroupingAndFormat_asTheObjectPath() {
    for (String file : List.of("data/roster.csv", "data/roster-broken.csv")) {
      for (StandardSet standard : StandardSets.all()) {
        for (String by : GROUPINGS) {
          for (String format : standard.id().equals("cn.national") ? FORMATS : List.of("csv")) {
            for (String command : COMMANDS) {
              assertSame(command, Path.of(file), standard.id().toString(), by, format);
            }
          }
        }
      }
    }
  }

  @Test
  void test_randomRosters_asTheObjectPath() {
    List<StandardSet> sets = StandardSets.all().stream().filter(s -> s.incomeLine().isPresent()).toList();
    qt().withFixedSeed(20261129L).withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Path file = dir.resolve("random-" + seed + ".csv");
      try {
        Files.writeString(file, spread(RandomRoster.csv(r, seed % 4 == 0)), StandardCharsets.UTF_8);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      String standard = sets.get(r.nextInt(sets.size())).id().toString();
      for (String by : GROUPINGS) {
        for (String command : COMMANDS) {
          assertClose(command, file, standard, by);
        }
      }
    });
  }

  /** The random roster's villages (all of one county) moved to provinces of every zone, each village to one. */
  private static String spread(String csv) {
    StringBuilder out = new StringBuilder();
    for (String line : csv.split("\n", -1)) {
      if (line.startsWith("51") && line.length() > 12) {
        out.append(PROVINCES.get(Math.floorMod(line.substring(0, 12).hashCode(), PROVINCES.size())))
            .append(line, 2, line.length());
      } else {
        out.append(line);
      }
      out.append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  private static void assertSame(String command, Path file, String standard, String by, String format) {
    String[] args = args(command, file, standard, by, format);
    Run expected = objectPath(command, file, standard, by, format);
    Run actual = run(args);
    String what = String.join(" ", args);
    assertThat(actual.out).as(what).isEqualTo(expected.out);
    assertThat(actual.err).as(what).isEqualTo(expected.err);
    assertThat(actual.status).as(what).isEqualTo(expected.status);
  }

  /**
   * The CSV output has the same groups, n and population and the same messages; every measure
   * is the same to the digits printed, or, where a household's people summed one by one and the
   * household weighted by its size round differently, within 10⁻⁹ of it relatively, or 10⁻¹⁴
   * absolutely for a value that is rounding noise about zero (the Theil index of a group of
   * equal incomes: 0 from the table, ±1.1×10⁻¹⁶ from the people summed one by one).
   */
  private static void assertClose(String command, Path file, String standard, String by) {
    String[] args = args(command, file, standard, by, "csv");
    Run expected = objectPath(command, file, standard, by, "csv");
    Run actual = run(args);
    String what = String.join(" ", args);
    assertThat(actual.err).as(what).isEqualTo(expected.err);
    assertThat(actual.status).as(what).isEqualTo(expected.status);
    String[] lines = actual.out.split("\n", -1);
    String[] expectedLines = expected.out.split("\n", -1);
    assertThat(lines).as(what).hasSameSizeAs(expectedLines);
    for (int i = 0; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      String[] expectedCells = expectedLines[i].split(",", -1);
      assertThat(cells).as(what).hasSameSizeAs(expectedCells);
      for (int c = 0; c < cells.length; c++) {
        if (c < 3 || cells[c].isEmpty() || expectedCells[c].isEmpty() || i == 0) {
          // the header, group, n and population, and an undefined measure: exactly
          assertThat(cells[c]).as("%s: line %s cell %s", what, i, c).isEqualTo(expectedCells[c]);
        } else {
          double a = Double.parseDouble(cells[c]);
          double b = Double.parseDouble(expectedCells[c]);
          assertThat(Math.abs(a - b)).as("%s: line %s cell %s: %s, %s", what, i, c, a, b)
              .isLessThanOrEqualTo(1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-14);
        }
      }
    }
  }

  private static String[] args(String command, Path file, String standard, String by, String format) {
    List<String> args = new ArrayList<>(List.of(command, "--roster", file.toString(), "--standard", standard,
        "--format", format));
    if (!by.isEmpty()) {
      args.addAll(List.of("--by", by));
    }
    return args.toArray(new String[0]);
  }

  private static Run run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  /**
   * The command as it ran on the object path: households as objects, one record per person
   * ({@link Welfare#ofHouseholds}, {@link RegistryMpi#data}), the households left out noted.
   */
  private static Run objectPath(String command, Path file, String standardId, String by, String format) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(o, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(e, true, StandardCharsets.UTF_8);
    try {
      StandardSet standard = StandardSets.of(standardId);
      RosterImport roster = RosterReader.create().read(file);
      List<Household> covered = roster.households().stream()
          .filter(h -> standard.effectiveYears().contains(h.income().year())).toList();
      if (!roster.incomplete().isEmpty()) {
        err.println("note: " + roster.incomplete().size() + " households with rejected rows are left out");
      }
      if (covered.size() < roster.households().size()) {
        err.println("note: " + (roster.households().size() - covered.size()) + " households are not covered (income"
            + " year outside " + standard.id() + "'s years " + standard.effectiveYears() + ") and are left out");
      }
      Map<String, List<String>> options = by.isEmpty() ? Map.of() : Map.of("--by", List.of(by));
      Function<Household, String> grouping = MeasureArgs.villageGrouping(options)
          .<Function<Household, String>>map(g -> g.compose(Household::village)).orElse(Welfare.ungrouped());
      Report<?> report;
      if (command.equals("measure")) {
        report = Reports.measures(Measures.byGroup(Welfare.ofHouseholds(covered, standard, grouping)), !by.isEmpty());
      } else {
        MpiTable table = RegistryMpi.PRESET.measure(RegistryMpi.data(covered, standard, grouping));
        if (table.all().excluded() > 0) {
          err.println("note: " + table.all().excluded() + " people left out: a condition of their household is"
              + " unknown");
        }
        report = Reports.mpi(table, !by.isEmpty());
      }
      MeasureArgs.write(report, format, RowAccount.of(roster), options, out);
      boolean rejected = Main.account(roster.source(), roster.unknownColumns(), roster.errors(), roster.summary(),
          false, err);
      return new Run(rejected ? Main.ROWS_REJECTED : Main.OK, o.toString(StandardCharsets.UTF_8),
          e.toString(StandardCharsets.UTF_8));
    } catch (IOException | Main.UsageException ex) {
      throw new AssertionError(ex);
    }
  }
}
