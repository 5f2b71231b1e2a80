package org.tuopin.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Text;
import org.tuopin.io.VillageImport;
import org.tuopin.measure.Measure;
import org.tuopin.measure.MeasureTable;
import org.tuopin.measure.MpiTable;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.HouseholdId;
import org.tuopin.rollup.RegionStats;
import org.tuopin.rollup.RollUp;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.HouseholdSummary;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardsComparison;
import org.tuopin.standard.Verdict;
import org.tuopin.table.HouseholdTable;
import org.tuopin.table.TableAssessment;
import org.tuopin.table.TableComparison;
import org.tuopin.village.VillageProfile;

/**
 * The households, villages, regions, comparison, measures and Alkire–Foster reports, as
 * {@code spec/DATA.md} fixes their columns, built from assessments, roll-ups, comparisons and
 * measure tables. Attach the row accounting of the
 * files read with {@link Report#withAccounts(List)}.
 *
 * <pre>
 * Report&lt;HouseholdReportRow&gt; report = Reports.households(roster.assess(standard), standard)
 *     .withAccounts(List.of(RowAccount.of(roster)));
 * report.writeCsv(writer);
 * </pre>
 */
public final class Reports {

  /** The measures of the measures report, in column order. */
  public static final List<Measure> MEASURES = List.of(Measure.FGT0, Measure.FGT1, Measure.FGT2, Measure.WATTS,
      Measure.GINI, Measure.THEIL, Measure.MLD);

  /** The households report's columns, on both paths. */
  private static final List<ReportColumn> HOUSEHOLD_COLUMNS = List.of(
      ReportColumn.text("household_id"),
      ReportColumn.text("village_code"),
      ReportColumn.number("size"),
      ReportColumn.jsonOnly("income_year"),
      ReportColumn.number("per_capita_net_income"),
      ReportColumn.number("line"),
      ReportColumn.text("verdict"),
      ReportColumn.text("unmet"));

  private Reports() {
  }

  /**
   * The measures report: the row of all records, or each group's row (with the row of all
   * first), as a plain report of figures ({@link Report#plain}).
   *
   * @param table  the measures
   * @param grouped  whether to give each group's row
   * @return the report
   */
  public static Report<MeasureReportRow> measures(MeasureTable table, boolean grouped) {
    List<ReportColumn> columns = new ArrayList<>(List.of(ReportColumn.text("group", "group", "group"),
        ReportColumn.number("n", "n", "n"), ReportColumn.number("population", "population", "population")));
    MEASURES.forEach(m -> columns.add(ReportColumn.number(m.key(), m.key(), m.key())));
    return Report.plain("measures", columns,
        (grouped ? table.rows() : List.of(table.all())).stream().map(MeasureReportRow::new).toList());
  }

  /**
   * The Alkire–Foster report: the row of all records, or each group's row (with the row of all
   * first), as a plain report of figures ({@link Report#plain}).
   *
   * @param table  the results
   * @param grouped  whether to give each group's row
   * @return the report
   */
  public static Report<MpiReportRow> mpi(MpiTable table, boolean grouped) {
    List<ReportColumn> columns = new ArrayList<>();
    for (String key : List.of("group", "n", "population", "h", "a", "m0", "m1", "m2")) {
      columns.add(key.equals("group") ? ReportColumn.text(key, key, key) : ReportColumn.number(key, key, key));
    }
    table.measure().indicators().forEach(i -> columns.add(ReportColumn.number("censored_" + i.name(),
        "censored_" + i.name(), "censored_" + i.name())));
    table.measure().indicators().forEach(i -> columns.add(ReportColumn.number("contribution_" + i.name(),
        "contribution_" + i.name(), "contribution_" + i.name())));
    return Report.plain("mpi", columns,
        (grouped ? table.rows() : List.of(table.all())).stream().map(MpiReportRow::new).toList());
  }

  /**
   * The households report: one row per assessment, in the order given.
   *
   * @param assessments  assessments that carry their household summary
   * @param standard  the standard they were made by
   * @return the report
   */
  public static Report<HouseholdReportRow> households(List<Assessment<HouseholdId>> assessments,
      StandardSet standard) {
    return Report.of("households", Text.message("report.unit.households"), standard, HOUSEHOLD_COLUMNS,
        assessments.stream().map(HouseholdReportRow::of).toList());
  }

  /**
   * The households report of a table's households, in the table's order, with the rows
   * {@link #households(List, StandardSet)} gives for the same roster. The rows are made on
   * demand ({@link Report#ofView}) from the table's columns and the assessment's verdict,
   * unmet criteria and line, with no household built and none held; a row's assessment, whose
   * findings and explanation JSON carries, is made when asked for
   * ({@link TableAssessment#assessment(int)}). Under a set with criteria of its own (which
   * run on household views), each row is made from that assessment.
   *
   * @param assessed  the table's assessment
   * @return the report, by the assessment's standard
   */
  public static Report<HouseholdReportRow> households(TableAssessment assessed) {
    HouseholdTable table = assessed.table();
    IntFunction<HouseholdReportRow> row;
    if (assessed.usedHouseholdViews()) {
      row = i -> HouseholdReportRow.of(assessed.assessment(i).orElseThrow());
    } else {
      row = i -> {
        HouseholdSummary h = assessed.household(i);
        return new HouseholdReportRow(table.id(i), h.village(), h.size(),
            table.isComplete(i) ? OptionalInt.of(table.incomeYear(i)) : OptionalInt.empty(), h.perCapitaNetIncome(),
            assessed.line(i), assessed.verdict(i).orElse(Verdict.NOT_COVERED),
            assessed.unmet(i).stream().map(Object::toString).toList(),
            () -> assessed.assessment(i).orElseThrow());
      };
    }
    return Report.ofView("households", Text.message("report.unit.households"), assessed.standard(),
        HOUSEHOLD_COLUMNS, table.size(), row);
  }

  /**
   * The villages report: each village of a roll-up assessed by a standard's village criteria.
   *
   * @param rollUp  the roll-up
   * @param villages  the village file, if read
   * @param standard  the standard
   * @return the report
   */
  public static Report<VillageReportRow> villages(RollUp rollUp, Optional<VillageImport> villages,
      StandardSet standard) {
    List<VillageReportRow> rows = new ArrayList<>();
    for (RegionStats s : rollUp.level(RegionLevel.VILLAGE)) {
      VillageProfile profile = VillageProfile.of(s.region(), villages.flatMap(v -> v.village(s.region())), s);
      Assessment<?> a = standard.assessVillage(profile);
      rows.add(new VillageReportRow(s.region(), profile.village().flatMap(v -> v.name()), s.population(),
          s.remainingPoor(), s.incidence().map(i -> i.toDecimal(4)), a.verdict(), HouseholdReportRow.unmetIds(a), a));
    }
    return Report.of("villages", Text.message("report.unit.villages"), standard, List.of(
        ReportColumn.text("village_code"),
        ReportColumn.jsonOnly("name"),
        ReportColumn.number("population"),
        ReportColumn.number("remaining_poor"),
        ReportColumn.number("incidence"),
        ReportColumn.text("verdict"),
        ReportColumn.text("unmet")), rows);
  }

  /**
   * The regions report: every region of a roll-up above the village.
   *
   * @param rollUp  the roll-up
   * @param standard  the standard its households were assessed by
   * @return the report
   */
  public static Report<RegionReportRow> regions(RollUp rollUp, StandardSet standard) {
    List<RegionReportRow> rows = new ArrayList<>();
    for (RegionStats s : rollUp.all()) {
      if (s.region().level() != RegionLevel.VILLAGE) {
        Optional<Ratio> incidence = s.incidence();
        rows.add(new RegionReportRow(s.region(), s.region().level(), s.population(), s.registeredPoor(),
            s.remainingPoor(), incidence.map(i -> i.toDecimal(4)), incidence.map(Ratio::toPercentString)));
      }
    }
    return Report.of("regions", Text.message("report.unit.regions"), standard, List.of(
        ReportColumn.text("region_code"),
        ReportColumn.text("level"),
        ReportColumn.number("population"),
        ReportColumn.number("registered_poor"),
        ReportColumn.number("remaining_poor"),
        ReportColumn.number("incidence"),
        ReportColumn.jsonOnly("incidence_percent")), rows);
  }

  /**
   * The comparison report: every household's verdict under each standard, led by each
   * standard's counts (the text table shows the counts first; JSON nests them as {@code counts}).
   *
   * @param comparison  the comparison
   * @param sets  the standards compared, in order
   * @return the report
   */
  public static Report<ComparisonReportRow> comparison(StandardsComparison comparison, List<StandardSet> sets) {
    List<ComparisonReportRow> rows = new ArrayList<>();
    for (HouseholdId id : comparison.households()) {
      HouseholdSummary h = comparison.household(id);
      rows.add(new ComparisonReportRow(id, h.village(), h.size(), h.perCapitaNetIncome(), comparison.verdicts(id),
          comparison.differs(id)));
    }
    return comparison(sets, rows.size(), rows::get, s -> comparison.counts(s.id()), comparison.differing().size());
  }

  /**
   * The comparison report of a table's households, with the same rows and counts as
   * {@link #comparison(StandardsComparison, List)} gives for the same roster: each row is
   * made from the table's columns, with no household built.
   *
   * @param comparison  the comparison
   * @param sets  the standards compared, in order
   * @param differingOnly  whether to keep only the households whose verdicts differ (the
   *     counts still count every household), as the text table shows them
   * @return the report
   */
  public static Report<ComparisonReportRow> comparison(TableComparison comparison, List<StandardSet> sets,
      boolean differingOnly) {
    if (!comparison.standards().equals(sets.stream().map(StandardSet::id).toList())) {
      throw new IllegalArgumentException("the comparison is of " + comparison.standards() + ", not of "
          + sets.stream().map(StandardSet::id).toList());
    }
    HouseholdTable table = comparison.table();
    IntFunction<ComparisonReportRow> row = i -> {
      HouseholdSummary h = comparison.household(i);
      return new ComparisonReportRow(table.id(i), h.village(), h.size(), h.perCapitaNetIncome(), comparison.verdicts(i),
          comparison.differs(i));
    };
    int[] index = differingOnly ? IntStream.range(0, table.size()).filter(comparison::differs).toArray() : null;
    return comparison(sets, index == null ? table.size() : index.length,
        index == null ? row : k -> row.apply(index[k]), s -> comparison.counts(s.id()), comparison.differingCount());
  }

  /** The comparison report of its rows, led by each standard's counts. */
  private static Report<ComparisonReportRow> comparison(List<StandardSet> sets, int size,
      IntFunction<ComparisonReportRow> rows, Function<StandardSet, Map<Verdict, Long>> countsOf, long differing) {
    List<ReportColumn> columns = new ArrayList<>(List.of(
        ReportColumn.text("household_id"),
        ReportColumn.text("village_code"),
        ReportColumn.number("size"),
        ReportColumn.number("per_capita_net_income")));
    for (StandardSet s : sets) {
      columns.add(ReportColumn.standardVerdict(s.id().toString()));
    }
    columns.add(ReportColumn.text("differs"));
    List<StandardCountRow> counts = new ArrayList<>();
    for (StandardSet s : sets) {
      var c = countsOf.apply(s);
      counts.add(new StandardCountRow(s.id(), s.name(), c.get(Verdict.EXIT_ELIGIBLE), c.get(Verdict.NOT_ELIGIBLE),
          c.get(Verdict.INSUFFICIENT_DATA), c.get(Verdict.NOT_COVERED), differing));
    }
    String ids = sets.stream().map(s -> s.id().toString()).collect(Collectors.joining(", "));
    Report<StandardCountRow> countReport = Report.of("counts", Text.message("report.unit.standards"), sets.get(0), List.of(
        ReportColumn.text("standard"),
        ReportColumn.text("name"),
        verdictCount(Verdict.EXIT_ELIGIBLE),
        verdictCount(Verdict.NOT_ELIGIBLE),
        verdictCount(Verdict.INSUFFICIENT_DATA),
        ReportColumn.number("NOT_COVERED"),
        ReportColumn.number("differing")), counts)
        .titled(Text.message("report.title.compared", ids));
    return Report.ofView("households", Text.message("report.unit.households"), sets.get(0), columns, size, rows)
        .titled(Text.message("report.title.differing"))
        .withLeading(countReport);
  }

  private static ReportColumn verdictCount(Verdict v) {
    return ReportColumn.number(v.name(), v.label());
  }
}
