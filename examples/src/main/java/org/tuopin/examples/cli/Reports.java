package org.tuopin.examples.cli;

import java.util.List;
import java.util.Optional;
import org.tuopin.basics.Ratio;
import org.tuopin.examples.cli.Table.Column;
import org.tuopin.io.VillageImport;
import org.tuopin.region.RegionLevel;
import org.tuopin.rollup.RegionStats;
import org.tuopin.rollup.RollUp;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.HouseholdSummary;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardsComparison;
import org.tuopin.standard.Verdict;
import org.tuopin.village.VillageProfile;

/** The three reports of the command line, as tables. */
final class Reports {

  /** The CSV header of the households report, as the data contract fixes it. */
  static final String HOUSEHOLDS_CSV = "household_id,village_code,size,per_capita_net_income,line,verdict,unmet";

  private Reports() {
  }

  static Table households(List<HouseholdRow> rows, StandardSet standard) {
    Table t = new Table("households", "户", "households", standard, List.of(
        Column.text("household_id", "户编号", "household"),
        Column.text("village_code", "行政区划代码", "village"),
        Column.number("size", "人数", "size"),
        Column.json("income_year"),
        Column.number("per_capita_net_income", "人均纯收入", "per capita"),
        Column.number("line", "标准线", "line"),
        Column.text("verdict", "结论", "verdict"),
        Column.text("unmet", "未满足", "unmet")));
    for (HouseholdRow r : rows) {
      t.add(r.assessment(), r.id().toString(), r.village().map(Object::toString).orElse(null), r.size(),
          r.incomeYear().isPresent() ? r.incomeYear().getAsInt() : null, r.perCapita().orElse(null),
          r.line().orElse(null), r.assessment().verdict(), r.unmetIds());
    }
    return t;
  }

  static Table villages(RollUp rollUp, Optional<VillageImport> villages, StandardSet standard) {
    Table t = new Table("villages", "村", "villages", standard, List.of(
        Column.text("village_code", "行政区划代码", "village"),
        Column.json("name"),
        Column.number("population", "农村人口", "population"),
        Column.number("remaining_poor", "剩余贫困人口", "remaining poor"),
        Column.number("incidence", "贫困发生率", "incidence"),
        Column.text("verdict", "结论", "verdict"),
        Column.text("unmet", "未满足", "unmet")));
    for (RegionStats s : rollUp.level(RegionLevel.VILLAGE)) {
      VillageProfile profile = VillageProfile.of(s.region(), villages.flatMap(v -> v.village(s.region())), s);
      Assessment<?> a = standard.assessVillage(profile);
      t.add(a, s.region().toString(), profile.village().flatMap(v -> v.name()).orElse(null),
          s.population().isPresent() ? s.population().getAsLong() : null, s.remainingPoor(),
          s.incidence().map(i -> i.toDecimal(4)).orElse(null), a.verdict(), HouseholdRow.ids(a));
    }
    return t;
  }

  static Table comparison(StandardsComparison comparison, List<StandardSet> sets) {
    List<Column> columns = new java.util.ArrayList<>(List.of(
        Column.text("household_id", "户编号", "household"),
        Column.text("village_code", "行政区划代码", "village"),
        Column.number("size", "人数", "size"),
        Column.number("per_capita_net_income", "人均纯收入", "per capita")));
    for (StandardSet s : sets) {
      columns.add(Column.text(s.id().toString(), s.id().toString(), s.id().toString()));
    }
    columns.add(Column.text("differs", "结论不同", "differs"));
    Table households = new Table("households", "户", "households", sets.get(0), columns);
    for (HouseholdId id : comparison.households()) {
      HouseholdSummary h = comparison.household(id);
      List<Object> cells = new java.util.ArrayList<>(java.util.Arrays.asList(id.toString(),
          h.village().map(Object::toString).orElse(null), h.size(), h.perCapitaNetIncome().orElse(null)));
      comparison.verdicts(id).values().forEach(v -> cells.add(v == Verdict.NOT_COVERED ? NOT_COVERED : v));
      cells.add(comparison.differs(id) ? DIFFERS : SAME);
      households.add(null, cells.toArray());
    }
    Table counts = new Table("counts", "个标准", "standards", sets.get(0), List.of(
        Column.text("standard", "标准", "standard"),
        Column.text("name", "名称", "name"),
        Column.number("EXIT_ELIGIBLE", Verdict.EXIT_ELIGIBLE.label().zh(), Verdict.EXIT_ELIGIBLE.label().en()),
        Column.number("NOT_ELIGIBLE", Verdict.NOT_ELIGIBLE.label().zh(), Verdict.NOT_ELIGIBLE.label().en()),
        Column.number("INSUFFICIENT_DATA", Verdict.INSUFFICIENT_DATA.label().zh(),
            Verdict.INSUFFICIENT_DATA.label().en()),
        Column.number(NOT_COVERED.key(), "年度不适用", "not covered"),
        Column.number("differing", "结论不同户数", "households differing")));
    long differing = comparison.differing().size();
    for (StandardSet s : sets) {
      var c = comparison.counts(s.id());
      counts.add(null, s.id().toString(), new Table.Label(s.name().en(), s.name()), c.get(Verdict.EXIT_ELIGIBLE), c.get(Verdict.NOT_ELIGIBLE),
          c.get(Verdict.INSUFFICIENT_DATA), comparison.notCovered(s.id()), differing);
    }
    String ids = sets.stream().map(s -> s.id().toString()).collect(java.util.stream.Collectors.joining(", "));
    counts.titled("标准对照：" + ids, "Standards compared: " + ids);
    households.titled("结论不同的户", "Households whose verdicts differ");
    return households.withLeading(counts);
  }

  /** The cell of a standard that does not cover a household's income year. */
  static final Table.Label NOT_COVERED =
      new Table.Label("NOT_COVERED", org.tuopin.basics.Text.of("年度不适用", "not covered"));
  /** The differs cell of a household whose verdicts differ. */
  static final Table.Label DIFFERS = new Table.Label("yes", org.tuopin.basics.Text.of("是", "yes"));
  /** The differs cell of a household whose verdicts agree. */
  static final Table.Label SAME = new Table.Label("no", org.tuopin.basics.Text.of("否", "no"));

  static Table regions(RollUp rollUp, StandardSet standard) {
    Table t = new Table("regions", "个区域", "regions", standard, List.of(
        Column.text("region_code", "区划代码", "region"),
        Column.text("level", "级别", "level"),
        Column.number("population", "农村人口", "population"),
        Column.number("registered_poor", "建档立卡贫困人口", "registered poor"),
        Column.number("remaining_poor", "剩余贫困人口", "remaining poor"),
        Column.number("incidence", "贫困发生率", "incidence"),
        Column.json("incidence_percent")));
    for (RegionStats s : rollUp.all()) {
      if (s.region().level() == RegionLevel.VILLAGE) {
        continue;
      }
      Optional<Ratio> incidence = s.incidence();
      t.add(null, s.region().toString(), s.region().level().key(),
          s.population().isPresent() ? s.population().getAsLong() : null, s.registeredPoor(), s.remainingPoor(),
          incidence.map(i -> i.toDecimal(4)).orElse(null), incidence.map(Ratio::toPercentString).orElse(null));
    }
    return t;
  }
}
