package org.tuopin.examples.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.registry.Household;
import org.tuopin.report.ComparisonReportRow;
import org.tuopin.report.HouseholdReportRow;
import org.tuopin.report.Report;
import org.tuopin.report.Reports;
import org.tuopin.report.RowAccount;
import org.tuopin.standard.Criterion;
import org.tuopin.standard.CriterionId;
import org.tuopin.standard.Finding;
import org.tuopin.standard.FindingValue;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;
import org.tuopin.table.HouseholdTable;
import org.tuopin.table.HouseholdTableReader;
import org.tuopin.table.TableAssessment;

/**
 * The households and comparison reports made on demand from a table against the object path's
 * reports of the same roster: the same rows (a row's assessment included, made on a table
 * without person columns as with them) and the same CSV, JSON and text in both languages,
 * under every built-in standard set and a set with a criterion of its own, on the bundled
 * samples, the broken sample and random rosters.
 */
class LazyReportsEquivalenceTest {

  private static final Path ROSTER = Path.of("data/roster.csv");
  private static final Path BROKEN = Path.of("data/roster-broken.csv");

  @TempDir
  Path dir;

  @Test
  void test_samples_sameReports() throws IOException {
    for (Path file : List.of(ROSTER, BROKEN)) {
      assertSameReports(file);
    }
  }

  @Test
  void test_randomRosters_sameReports() {
    qt().withFixedSeed(20240601L).withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      try {
        Path file = dir.resolve("random-" + seed + ".csv");
        Files.writeString(file, HouseholdTableEquivalenceTest.RandomRoster.csv(new Random(seed), seed % 4 == 0),
            StandardCharsets.UTF_8);
        assertSameReports(file);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    });
  }

  @Test
  void test_criterionOfItsOwn_rowsFromItsAssessments() throws IOException {
    CriterionId id = CriterionId.of("small_family");
    Text label = Text.of("小家庭", "small family");
    Criterion<Household> small = Criterion.of(id, label, h -> Finding.of(id, label,
        new FindingValue.Fact(Tristate.MET), new FindingValue.Fact(Tristate.of(h.size() <= 4)),
        Tristate.of(h.size() <= 4)));
    StandardSet custom = StandardSets.of("cn.national").derive("cn.example.custom").householdCriterion(small).build();
    for (Path file : List.of(ROSTER, BROKEN)) {
      RosterImport objects = RosterReader.create().read(file);
      TableAssessment assessed = HouseholdTableReader.create().withPersonColumns().read(file).assess(custom);
      assertThat(assessed.usedHouseholdViews()).isTrue();
      assertSameWritten(Reports.households(assessed), Reports.households(objects.assess(custom), custom), file);
    }
  }

  @Test
  void test_csvAndText_makeNoAssessment() throws IOException {
    HouseholdTable lean = HouseholdTable.read(ROSTER);
    TableAssessment assessed = lean.assess(StandardSets.of("cn.national"));
    Report<HouseholdReportRow> report = Reports.households(assessed);
    Report<HouseholdReportRow> unassessable = Report.ofView("households", Text.of("户", "households"),
        assessed.standard(), report.columns(), report.rows().size(), i -> {
          HouseholdReportRow r = report.rows().get(i);
          return new HouseholdReportRow(r.id(), r.village(), r.size(), r.incomeYear(), r.perCapita(), r.line(),
              r.verdict(), r.unmet(), () -> {
                throw new AssertionError("assessment made for " + r.id());
              });
        });
    StringWriter csv = new StringWriter();
    unassessable.writeCsv(csv);
    assertThat(csv.toString()).isEqualTo(csv(report));
    assertThat(text(unassessable, Language.ZH)).isEqualTo(text(report, Language.ZH));
  }

  @Test
  void test_ofView_makesRowsWhenAsked_andFilterKeepsIndexes() throws IOException {
    TableAssessment assessed = HouseholdTable.read(ROSTER).assess(StandardSets.of("cn.national"));
    Report<HouseholdReportRow> all = Reports.households(assessed);
    int[] made = new int[1];
    Report<HouseholdReportRow> counted = Report.ofView("households", Text.of("户", "households"),
        assessed.standard(), all.columns(), all.rows().size(), i -> {
          made[0]++;
          return all.rows().get(i);
        });
    assertThat(made[0]).isZero();
    counted.writeCsv(new StringWriter());
    assertThat(made[0]).isEqualTo(all.rows().size());
    Report<HouseholdReportRow> eligible = counted.filter(r -> r.verdict().name().equals("EXIT_ELIGIBLE"));
    List<HouseholdReportRow> expected = new ArrayList<>(all.rows().stream()
        .filter(r -> r.verdict().name().equals("EXIT_ELIGIBLE")).toList());
    assertThat(eligible.rows()).isEqualTo(expected);
    assertThat(csv(eligible)).isEqualTo(csv(all.filter(r -> r.verdict().name().equals("EXIT_ELIGIBLE"))));
  }

  /** Compares the reports of a file both ways, under every built-in set and all sets side by side. */
  private static void assertSameReports(Path file) throws IOException {
    RosterImport objects = RosterReader.create().read(file);
    HouseholdTable lean = HouseholdTable.read(file);
    HouseholdTable full = HouseholdTableReader.create().withPersonColumns().read(file);
    assertThat(lean.hasPersonColumns()).isFalse();
    for (StandardSet set : StandardSets.all()) {
      Report<HouseholdReportRow> expected = Reports.households(objects.assess(set), set);
      assertSameWritten(Reports.households(lean.assess(set)), expected, file + " " + set.id());
      assertThat(Reports.households(full.assess(set)).rows()).isEqualTo(expected.rows());
    }
    List<StandardSet> sets = StandardSets.all();
    Report<ComparisonReportRow> expected = Reports.comparison(objects.compare(sets), sets);
    assertSameWritten(Reports.comparison(lean.compare(sets), sets, false), expected, file + " compared");
    assertSameWritten(Reports.comparison(lean.compare(sets), sets, true), expected.filter(ComparisonReportRow::differs),
        file + " compared, differing");
  }

  private static <R extends org.tuopin.report.ReportRow> void assertSameWritten(Report<R> actual, Report<R> expected,
      Object what) throws IOException {
    assertThat(actual.rows()).as("rows of %s", what).isEqualTo(expected.rows());
    List<RowAccount> none = List.of();
    Report<R> a = actual.withAccounts(none);
    Report<R> e = expected.withAccounts(none);
    assertThat(csv(a)).as("CSV of %s", what).isEqualTo(csv(e));
    for (Language lang : Language.values()) {
      assertThat(json(a, lang)).as("JSON of %s", what).isEqualTo(json(e, lang));
      assertThat(text(a, lang)).as("text of %s", what).isEqualTo(text(e, lang));
    }
  }

  private static String csv(Report<?> report) {
    StringWriter out = new StringWriter();
    report.writeCsv(out);
    return out.toString();
  }

  private static String json(Report<?> report, Language lang) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report.writeJson(out, lang);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String text(Report<?> report, Language lang) throws IOException {
    StringBuilder out = new StringBuilder();
    report.writeText(out, lang);
    return out.toString();
  }
}
