package org.tuopin.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tuopin.basics.Yuan;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.io.VillageReader;
import org.tuopin.registry.HouseholdId;
import org.tuopin.report.ComparisonReportRow;
import org.tuopin.report.HouseholdReportRow;
import org.tuopin.report.RegionReportRow;
import org.tuopin.report.Reports;
import org.tuopin.report.VillageReportRow;
import org.tuopin.rollup.RollUp;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;
import org.tuopin.standard.Verdict;

/**
 * The command line's CSV, read back by FastCSV, equals the library's typed rows, field by field
 * from the rows' accessors (fields with commas, quotes and line ends: {@code ReportTest} in core,
 * over the same writer).
 */
class CsvReadBackTest {

  private static final Path VILLAGES = Path.of("data/villages.csv");
  private static final StandardSet NATIONAL = StandardSets.of("cn.national");

  private static List<List<String>> csv(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    List<List<String>> records = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(out.toString(StandardCharsets.UTF_8))) {
      reader.forEach(r -> records.add(r.getFields()));
    }
    return records.subList(1, records.size());
  }

  private static String plain(Optional<Yuan> amount) {
    return amount.map(Yuan::toPlainString).orElse("");
  }

  @ParameterizedTest
  @ValueSource(strings = {"data/roster.csv", "data/roster-broken.csv"})
  void test_households(String roster) throws IOException {
    RosterImport imported = RosterReader.create().read(Path.of(roster));
    List<Assessment<HouseholdId>> assessments = imported.assess(NATIONAL);
    List<HouseholdReportRow> rows = Reports.households(assessments, NATIONAL).rows();
    List<List<String>> read = csv("assess", "--standard", "cn.national", "--roster", roster, "--format", "csv");
    assertThat(read).hasSameSizeAs(rows);
    for (int i = 0; i < rows.size(); i++) {
      HouseholdReportRow r = rows.get(i);
      assertThat(read.get(i)).containsExactly(r.id().toString(), r.village().map(Object::toString).orElse(""),
          Integer.toString(r.size()), plain(r.perCapita()), plain(r.line()), r.verdict().name(),
          String.join(";", r.unmet()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"data/roster.csv", "data/roster-broken.csv"})
  void test_villagesAndRegions(String roster) throws IOException {
    RosterImport imported = RosterReader.create().read(Path.of(roster));
    var villages = VillageReader.create().read(VILLAGES);
    RollUp.Builder b = RollUp.builder();
    villages.villages().forEach(v -> b.village(v.code(), v.population()));
    imported.assess(NATIONAL).forEach(b::household);
    RollUp rollUp = b.build();
    List<VillageReportRow> rows = Reports.villages(rollUp, Optional.of(villages), NATIONAL).rows();
    List<List<String>> read = csv("assess", "--standard", "cn.national", "--roster", roster, "--villages",
        VILLAGES.toString(), "--report", "villages", "--format", "csv");
    assertThat(read).hasSameSizeAs(rows);
    for (int i = 0; i < rows.size(); i++) {
      VillageReportRow r = rows.get(i);
      assertThat(read.get(i)).containsExactly(r.village().toString(),
          r.population().isPresent() ? Long.toString(r.population().getAsLong()) : "",
          Long.toString(r.remainingPoor()), r.incidence().map(d -> d.toPlainString()).orElse(""), r.verdict().name(),
          String.join(";", r.unmet()));
    }
    List<RegionReportRow> regions = Reports.regions(rollUp, NATIONAL).rows();
    read = csv("assess", "--standard", "cn.national", "--roster", roster, "--villages", VILLAGES.toString(),
        "--report", "regions", "--format", "csv");
    assertThat(read).hasSameSizeAs(regions);
    for (int i = 0; i < regions.size(); i++) {
      RegionReportRow r = regions.get(i);
      assertThat(read.get(i)).containsExactly(r.region().toString(), r.level().key(),
          r.population().isPresent() ? Long.toString(r.population().getAsLong()) : "",
          Long.toString(r.registeredPoor()), Long.toString(r.remainingPoor()),
          r.incidence().map(d -> d.toPlainString()).orElse(""));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"data/roster.csv"})
  void test_comparison(String roster) throws IOException {
    List<StandardSet> sets = List.of(NATIONAL, StandardSets.of("cn.jiangsu.ganyu.2016"));
    RosterImport imported = RosterReader.create().read(Path.of(roster));
    List<ComparisonReportRow> rows = Reports.comparison(imported.compare(sets), sets).rows();
    List<List<String>> read = csv("assess", "--standard", "cn.national,cn.jiangsu.ganyu.2016", "--roster", roster,
        "--format", "csv");
    assertThat(read).hasSameSizeAs(rows);
    for (int i = 0; i < rows.size(); i++) {
      ComparisonReportRow r = rows.get(i);
      List<String> expected = new ArrayList<>(List.of(r.id().toString(),
          r.village().map(Object::toString).orElse(""), Integer.toString(r.size()), plain(r.perCapita())));
      r.verdicts().values().forEach(v -> expected.add(v.name()));
      expected.add(r.differs() ? "yes" : "no");
      assertThat(read.get(i)).containsExactlyElementsOf(expected);
      assertThat(r.verdicts()).containsKey(NATIONAL.id());
      assertThat(Verdict.values()).contains(r.verdicts().get(NATIONAL.id()));
    }
  }
}
