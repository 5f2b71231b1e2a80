package org.tuopin.examples.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Text;
import org.tuopin.basics.YearRange;
import org.tuopin.basics.Tristate;
import org.tuopin.io.DataChecks;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.Registry;
import org.tuopin.registry.ResidentId;
import org.tuopin.report.ComparisonReportRow;
import org.tuopin.report.Report;
import org.tuopin.report.Reports;
import org.tuopin.rollup.RollUp;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.Criterion;
import org.tuopin.standard.CriterionId;
import org.tuopin.standard.Finding;
import org.tuopin.standard.FindingValue;
import org.tuopin.standard.HouseholdCriteria;
import org.tuopin.standard.IncomeLine;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;
import org.tuopin.standard.StandardsComparison;
import org.tuopin.table.HouseholdTable;
import org.tuopin.table.HouseholdTableReader;
import org.tuopin.table.TableAssessment;
import org.tuopin.table.TableComparison;

/**
 * The columnar path against the object path: the same import (rows, errors, households),
 * the same verdicts, unmet criteria and lines under every built-in standard set and sets that take each of the compiled loop's ways, the same
 * roll-up, and the same comparison of several sets side by side (and its report), on the bundled samples, the broken sample and random rosters.
 */
public class HouseholdTableEquivalenceTest {

  private static final Path ROSTER = Path.of("data/roster.csv");
  private static final Path BROKEN = Path.of("data/roster-broken.csv");

  /**
   * Every built-in set, and sets that take each of the compiled loop's ways: every comparison
   * of the income (the one-sided ones a sign test, "exactly" an interval), no income criterion,
   * an income criterion in some years only, and a condition required in some years only.
   */
  private static final List<StandardSet> SETS = sets();

  @TempDir
  Path dir;

  private static List<StandardSet> sets() {
    List<StandardSet> sets = new java.util.ArrayList<>(StandardSets.all());
    StandardSet national = StandardSets.of("cn.national");
    IncomeLine line = national.incomeLine().orElseThrow();
    for (Comparison c : Comparison.values()) {
      sets.add(national.derive("cn.example.income-" + c.name().toLowerCase(java.util.Locale.ROOT))
          .incomeLine(line, c).build());
    }
    sets.add(national.derive("cn.example.no-income").withoutHouseholdCriterion("income").build());
    sets.add(national.derive("cn.example.income-some-years").withoutHouseholdCriterion("income")
        .householdCriterion(HouseholdCriteria.income(line, Comparison.ABOVE), YearRange.of(2016, 2018)).build());
    sets.add(national.derive("cn.example.housing-some-years").withoutHouseholdCriterion("housing")
        .householdCondition(Conditions.HOUSING, YearRange.of(2017, 2020)).build());
    return List.copyOf(sets);
  }

  @Test
  void test_samples_sameImportAndAssessments() throws IOException {
    for (Path file : List.of(ROSTER, BROKEN)) {
      assertSame(file);
    }
  }

  @Test
  void test_randomRosters_sameImportAndAssessments() {
    qt().withFixedSeed(20200101L).withExamples(80).forAll(longs().all()).checkAssert(seed -> {
      try {
        Path file = dir.resolve("random-" + seed + ".csv");
        Files.writeString(file, RandomRoster.csv(new Random(seed), seed % 4 == 0), StandardCharsets.UTF_8);
        assertSame(file);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    });
  }

  @Test
  void test_quotesAndLoneCarriageReturns_readWholeBySameRules() throws IOException {
    String csv = Files.readString(ROSTER, StandardCharsets.UTF_8);
    int second = csv.indexOf('\n', csv.indexOf('\n') + 1) + 1;
    Path quoted = dir.resolve("quoted.csv");
    Files.writeString(quoted, csv.substring(0, second) + csv.substring(second).replaceFirst(",([^,]*),", ",\"$1\","),
        StandardCharsets.UTF_8);
    assertSame(quoted);
    Path lone = dir.resolve("lone-cr.csv");
    Files.writeString(lone, csv.replaceFirst("\n", "\r"), StandardCharsets.UTF_8);
    assertThat(HouseholdTable.read(lone).summary()).isEqualTo(RosterReader.create().read(lone).summary());
  }

  @Test
  void test_amountsTooLargeToScale_rejectedForTheCap_byBothReaders() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(ROSTER, StandardCharsets.UTF_8));
    List<String> header = List.of(lines.get(0).split(",", -1));
    int wage = header.indexOf("wage_income");
    int household = header.indexOf("household_id");
    // eighteen digits fit in a long, but not in fen: wrapped round, the first read as 0.84 yuan;
    // nine to twelve digits are plain enough for the byte parser, which once let them pass
    String[] values = {"184467440737095517", "999999999999999999", "120820150", "100000000.01", "999999999999"};
    List<String> households = new ArrayList<>();
    int rows = 0;
    for (int i = 1; i < lines.size(); i++) {
      String[] fields = lines.get(i).split(",", -1);
      if (!households.contains(fields[household])) {
        households.add(fields[household]);
      }
      int k = households.indexOf(fields[household]);
      if (k < values.length) {
        // every row of the household, so that its rows agree and stay on the fast path
        fields[wage] = values[k];
        lines.set(i, String.join(",", fields));
        rows++;
      }
    }
    Path file = dir.resolve("huge-amounts.csv");
    Files.write(file, lines, StandardCharsets.UTF_8);
    assertSame(file);
    RosterImport objects = RosterReader.create().read(file);
    assertThat(objects.errors()).hasSize(rows)
        .allSatisfy(e -> assertThat(e.reason()).contains("must be at most 100000000.00 yuan"));
    assertThat(HouseholdTable.read(file).errors()).isEqualTo(objects.errors());
  }

  @Test
  void test_fromRegistry_sameAsFromFile() throws IOException {
    RosterImport imported = RosterReader.create().read(ROSTER);
    HouseholdTable table = HouseholdTable.from(Registry.of(2018, imported.households()));
    HouseholdTable read = HouseholdTableReader.create().withPersonColumns().read(ROSTER);
    StandardSet national = StandardSets.of("cn.national");
    TableAssessment a = table.assess(national);
    TableAssessment b = read.assess(national);
    assertThat(table.size()).isEqualTo(read.size());
    for (int i = 0; i < table.size(); i++) {
      assertThat(a.verdict(i)).isEqualTo(b.verdict(i));
      assertThat(a.unmet(i)).isEqualTo(b.unmet(i));
    }
  }

  @Test
  void test_customCriterion_runsOnViews_andSaysSo() throws IOException {
    Criterion<Household> bigFamily = Criterion.of(CriterionId.of("small_family"), Text.of("小家庭", "small family"),
        h -> Finding.of(CriterionId.of("small_family"), Text.of("小家庭", "small family"),
            new FindingValue.Fact(Tristate.MET), new FindingValue.Fact(Tristate.of(h.size() <= 4)),
            Tristate.of(h.size() <= 4)));
    StandardSet custom = StandardSets.of("cn.national").derive("cn.example.custom").householdCriterion(bigFamily)
        .build();
    HouseholdTable table = HouseholdTableReader.create().withPersonColumns().read(ROSTER);
    TableAssessment a = table.assess(custom);
    assertThat(a.usedHouseholdViews()).isTrue();
    assertThat(table.assess(StandardSets.of("cn.national")).usedHouseholdViews()).isFalse();
    RosterImport imported = RosterReader.create().read(ROSTER);
    for (int i = 0; i < table.size(); i++) {
      Assessment<HouseholdId> o = custom.assess(imported.household(table.id(i)).orElseThrow());
      assertThat(a.verdict(i)).contains(o.verdict());
      assertThat(a.unmet(i)).isEqualTo(o.unmet().stream().map(Finding::criterion).toList());
    }
  }

  /** Reads a file both ways and compares everything, under every built-in set. */
  private static void assertSame(Path file) throws IOException {
    RosterImport objects = RosterReader.create().read(file);
    HouseholdTable table = HouseholdTableReader.create().withPersonColumns().withDataChecks().read(file);
    DataChecks checks = DataChecks.read(file);
    assertThat(objects.dataChecks().warnings()).isEqualTo(checks.warnings());
    assertThat(table.dataChecks().orElseThrow().warnings()).as("data checks of %s", file)
        .isEqualTo(checks.warnings());
    for (int chunk : new int[] {64, 300, 4096}) {
      HouseholdTable split = HouseholdTableReader.create().withChunkBytes(chunk).withDataChecks().read(file);
      assertThat(split.errors()).as("chunks of %d bytes", chunk).isEqualTo(objects.errors());
      assertThat(split.dataChecks().orElseThrow().warnings()).as("data checks in chunks of %d bytes", chunk)
          .isEqualTo(checks.warnings());
      assertThat(split.summary()).isEqualTo(objects.summary());
      assertThat(split.size()).isEqualTo(objects.householdIds().size());
      assertThat(split.people()).isEqualTo(table.people());
      for (int i = 0; i < split.size(); i++) {
        assertThat(split.id(i)).isEqualTo(objects.householdIds().get(i));
        assertThat(split.isComplete(i)).isEqualTo(objects.household(split.id(i)).isPresent());
      }
    }
    assertThat(table.errors()).isEqualTo(objects.errors());
    assertThat(table.summary()).isEqualTo(objects.summary());
    assertThat(table.unknownColumns()).isEqualTo(objects.unknownColumns());
    assertThat(table.size()).isEqualTo(objects.householdIds().size());
    for (int i = 0; i < table.size(); i++) {
      assertThat(table.id(i)).isEqualTo(objects.householdIds().get(i));
      assertThat(table.isComplete(i)).isEqualTo(objects.household(table.id(i)).isPresent());
    }
    assertSameComparisons(objects, table, HouseholdTableReader.create().read(file));
    for (StandardSet set : SETS) {
      TableAssessment columns = table.assess(set);
      for (int i = 0; i < table.size(); i++) {
        HouseholdId id = table.id(i);
        Optional<Household> h = objects.household(id);
        if (h.isPresent() && !set.effectiveYears().contains(h.get().income().year())) {
          assertThat(columns.verdict(i)).as("%s %s", set.id(), id).isEmpty();
          assertThat(columns.assessment(i)).as("%s %s", set.id(), id).contains(set.assess(h.get()));
          continue;
        }
        Assessment<HouseholdId> o = h.isPresent() ? set.assess(h.get())
            : objects.incompleteHousehold(id).orElseThrow().assessment(set.id());
        assertThat(columns.verdict(i)).as("%s %s", set.id(), id).contains(o.verdict());
        assertThat(columns.unmet(i)).as("%s %s", set.id(), id)
            .isEqualTo(o.unmet().stream().map(Finding::criterion).toList());
        assertThat(columns.line(i)).as("%s %s", set.id(), id).isEqualTo(o.finding(CriterionId.INCOME)
            .map(Finding::threshold).map(t -> ((FindingValue.Money) t).amount()));
        if (h.isPresent()) {
          assertThat(columns.assessment(i)).contains(o);
        }
      }
      // roll-ups: NOT_COVERED households are registered poor not eligible to exit on both paths
      RollUp.Builder expected = RollUp.builder();
      objects.assess(set).forEach(expected::household);
      RollUp actual = columns.addTo(RollUp.builder()).build();
      assertThat(actual.all()).as("%s roll-up of %s", set.id(), file).isEqualTo(expected.build().all());
    }
  }

  @Test
  void test_compare_badSets_rejectedAsByTheObjectPath() throws IOException {
    HouseholdTable table = HouseholdTable.read(ROSTER);
    StandardSet national = StandardSets.of("cn.national");
    assertThatThrownBy(() -> table.compare(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> table.compare(List.of(national, national)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(catchThrowable(() -> StandardsComparison.builder(List.of(national, national))).getMessage());
  }

  /**
   * Combinations of the built-in sets: all of them, each with the next, and all in reverse
   * (the order of the columns and of the counts is the order given).
   */
  private static List<List<StandardSet>> combinations() {
    List<StandardSet> all = StandardSets.all();
    List<List<StandardSet>> combinations = new ArrayList<>();
    combinations.add(all);
    for (int k = 0; k < all.size(); k++) {
      combinations.add(List.of(all.get(k), all.get((k + 1) % all.size())));
    }
    List<StandardSet> reversed = new ArrayList<>(all);
    java.util.Collections.reverse(reversed);
    combinations.add(reversed);
    return combinations;
  }

  /**
   * Compares several sets side by side both ways: the comparison itself, what a report needs
   * of each household, the counts, and the comparison report's rows and JSON, all rows and the
   * differing ones.
   */
  private static void assertSameComparisons(RosterImport objects, HouseholdTable table, HouseholdTable lean)
      throws IOException {
    for (List<StandardSet> sets : combinations()) {
      StandardsComparison expected = objects.compare(sets);
      TableComparison actual = table.compare(sets);
      String what = sets.stream().map(s -> s.id().toString()).toList() + " of " + objects.source();
      assertThat(actual.toComparison()).as(what).isEqualTo(expected);
      assertThat(actual.standards()).isEqualTo(expected.standards());
      for (int i = 0; i < table.size(); i++) {
        HouseholdId id = expected.households().get(i);
        assertThat(actual.household(i)).as("%s %s", what, id).isEqualTo(expected.household(id));
        assertThat(actual.verdicts(i)).as("%s %s", what, id).isEqualTo(expected.verdicts(id));
        assertThat(actual.differs(i)).as("%s %s", what, id).isEqualTo(expected.differs(id));
      }
      assertThat(actual.differingCount()).as(what).isEqualTo(expected.differing().size());
      for (StandardSet s : sets) {
        assertThat(actual.counts(s.id())).as(what).isEqualTo(expected.counts(s.id()));
        assertThat(actual.notCovered(s.id())).as(what).isEqualTo(expected.notCovered(s.id()));
      }
      Report<ComparisonReportRow> objectReport = Reports.comparison(expected, sets);
      TableComparison leanComparison = lean.compare(sets);
      Report<ComparisonReportRow> tableReport = Reports.comparison(leanComparison, sets, false);
      assertThat(tableReport.rows()).as(what).isEqualTo(objectReport.rows());
      assertThat(json(tableReport)).as(what).isEqualTo(json(objectReport));
      Report<ComparisonReportRow> differing = objectReport.filter(ComparisonReportRow::differs);
      Report<ComparisonReportRow> tableDiffering = Reports.comparison(leanComparison, sets, true);
      assertThat(tableDiffering.rows()).as(what).isEqualTo(differing.rows());
      assertThat(json(tableDiffering)).as(what).isEqualTo(json(differing));
    }
  }

  private static String json(Report<?> report) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    report.writeJson(out, org.tuopin.basics.Language.EN);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Random rosters of the data contract: clean ones, and some with a bad value or two. */
  public static final class RandomRoster {
    private static final String HEADER = "village_code,group,household_id,person_id,name,relation,sex,birth_date,"
        + "health,labor,attribute,primary_cause,identified_year,exit_year,exit_status,income_year,wage_income,"
        + "business_income,property_income,transfer_income,business_expense,food,clothing,education,medical,"
        + "housing,water,electricity,tv,stable_income,road,id_number,months_worked";
    private static final String[] MONTHS = {"", "", "3", "12", "6.5", "13", "-1", "abc"};
    private static final String[] RELATIONS = {"配偶", "之子", "之女", "之孙子"};
    private static final String[] FLAGS = {"", "是", "否", "1", "0", "yes", "no"};
    private static final IncomeLine LINE = StandardSets.of("cn.national").incomeLine().orElseThrow();

    /** A random roster's text, with bad values when {@code broken} (shared with the measure command's test). */
    public static String csv(Random r, boolean broken) {
      StringBuilder b = new StringBuilder(HEADER).append('\n');
      int households = 1 + r.nextInt(30);
      int person = 0;
      for (int h = 0; h < households; h++) {
        String village = "5119211" + String.format("%02d", r.nextInt(3)) + "20" + (1 + r.nextInt(3));
        String group = r.nextInt(3) == 0 ? "" : String.valueOf(1 + r.nextInt(5));
        int size = 1 + r.nextInt(6);
        int year = 2012 + r.nextInt(11);
        List<String> flags = new ArrayList<>();
        for (int f = 0; f < 10; f++) {
          flags.add(FLAGS[r.nextInt(r.nextInt(4) == 0 ? FLAGS.length : 3)]);
        }
        long[] fen = new long[5];
        for (int k = 0; k < 5; k++) {
          fen[k] = k == 4 ? r.nextInt(100_000) : r.nextInt(1_200_000);
        }
        int atLine = r.nextInt(8);
        if (atLine < 3 && LINE.years().contains(year)) {
          // a net income on the national line exactly, or a fen either side, as a wage alone
          java.util.Arrays.fill(fen, 0);
          fen[0] = LINE.amount(year).fen() * size + atLine - 1;
        }
        String exit = r.nextBoolean() ? "" : String.valueOf(new int[] {0, 1, 3, 4}[r.nextInt(4)]);
        for (int m = 0; m < size; m++) {
          person++;
          String relation = m == 0 ? "户主" : RELATIONS[r.nextInt(RELATIONS.length)];
          b.append(village).append(',').append(group).append(",H").append(h).append(",P").append(person)
              .append(",某").append(',').append(relation).append(',').append(r.nextBoolean() ? "男" : "女")
              .append(',').append(r.nextInt(4) == 0 ? "" : (1940 + r.nextInt(70)) + "-0" + (1 + r.nextInt(9)) + "-1"
                  + r.nextInt(10))
              .append(",健康,普通劳动力,一般贫困户,因病,2014,,").append(exit).append(',').append(year);
          for (int k = 0; k < 5; k++) {
            b.append(',').append(fen[k] / 100).append(fen[k] % 100 == 0 ? "" : String.format(".%02d", fen[k] % 100));
          }
          for (String f : flags) {
            b.append(',').append(f);
          }
          b.append(',').append(residentId(r, person)).append(',').append(MONTHS[r.nextInt(MONTHS.length)]);
          b.append('\n');
        }
      }
      String text = b.toString();
      if (broken) {
        text = text.replaceFirst(",否,", ",maybe,");
      }
      if (r.nextInt(3) == 0) {
        text = breakRows(r, text);
      }
      return text;
    }

    /**
     * A resident id: mostly the person's own, some used by a person of another household (or
     * the same), some in lower case, empty or bad.
     */
    private static String residentId(Random r, int person) {
      int kind = r.nextInt(10);
      if (kind == 0) {
        return "";
      }
      if (kind == 1) {
        return "511921199001011234";
      }
      int who = kind == 2 ? r.nextInt(Math.max(1, person)) : person;
      String first17 = "511921" + (1950 + who % 50) + "0" + (1 + who % 9) + "1" + (who % 10) + String.format("%03d",
          who % 1000);
      String id = first17 + ResidentId.checkCharacter(first17);
      return kind == 3 ? id.toLowerCase(java.util.Locale.ROOT) : id;
    }

    /** A field of random bytes of the kinds a CSV holds, quotes and line ends aside. */
    private static String junk(Random r) {
      String[] parts = {" ", "\t", "是", "否", "a", "1", "0", ".", "-", "X", "户主", "２", ""};
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(5); k > 0; k--) {
        b.append(parts[r.nextInt(parts.length)]);
      }
      return b.toString();
    }

    /**
     * Breaks rows the ways a roster is broken: a bad value, a wrong width, a missing household
     * id or householder, a person id used twice, a household in pieces, rows that disagree,
     * blank lines and Windows line ends.
     */
    private static String breakRows(Random r, String text) {
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      lines.remove(lines.size() - 1);
      int breaks = 1 + r.nextInt(4);
      for (int k = 0; k < breaks && lines.size() > 2; k++) {
        int i = 1 + r.nextInt(lines.size() - 1);
        String[] f = lines.get(i).split(",", -1);
        if (f.length < 17) {
          continue;
        }
        int kind = r.nextInt(10);
        if (kind == 4) {
          lines.add(1 + r.nextInt(lines.size() - 1), lines.remove(i));
          continue;
        } else if (kind == 6) {
          lines.add(i, "");
          continue;
        } else if (kind == 8) {
          lines.set(i, lines.get(i) + ",extra");
          continue;
        }
        switch (kind) {
          case 0 -> f[0] = "51192110020";
          case 1 -> f[2] = r.nextBoolean() ? "" : "H?" + i;
          case 2 -> f[5] = "配偶";
          case 3 -> f[3] = "P1";
          case 5 -> f[16] = String.valueOf(r.nextInt(1000));
          case 9 -> f[r.nextInt(f.length)] = junk(r);
          default -> f[15] = "20x9";
        }
        lines.set(i, String.join(",", f));
      }
      String sep = r.nextInt(4) == 0 ? "\r\n" : "\n";
      return String.join(sep, lines) + sep;
    }
  }
}
