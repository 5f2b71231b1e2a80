package org.tuopin.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuopin.plan.PlanFixtures.TOWNSHIP;
import static org.tuopin.plan.PlanFixtures.VILLAGES;
import static org.tuopin.plan.PlanFixtures.q;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.indicator.Indicator;
import org.tuopin.indicator.Indicators;

class ProgressReportTest {

  private static final LocalDate END = LocalDate.of(2016, 12, 31);
  private static final Indicator PEPPER = Indicators.cropArea("青花椒");

  private static ProgressReport report() {
    Plan p = Plan.builder().name(Text.of("乡“1+6”方案", "township \"1+6\" plan")).scope(TOWNSHIP)
        .period(DateRange.parse("2016-03-01/2016-12-31"))
        .addTargets(Target.of(PEPPER, TOWNSHIP, Comparison.AT_LEAST, q("8700 亩"), END),
            Target.builder().indicator(Indicators.INCIDENCE).scope(TOWNSHIP).comparison(Comparison.BELOW)
                .quantity(q("4%")).deadline(END).baseline(q("17.11%")).build(),
            Target.of(Indicators.PEOPLE_EXITED, TOWNSHIP, Comparison.AT_LEAST, q("800 人"), END))
        .addChildren(Plan.builder().name("村1").scope(VILLAGES.get(0)).period(DateRange.ofYear(2016))
            .addTargets(Target.of(PEPPER, VILLAGES.get(0), Comparison.AT_LEAST, q("1200 亩"), END)).build())
        .build();
    LocalDate d = LocalDate.of(2016, 7, 31);
    return p.progress(List.of(Observation.of(PEPPER, VILLAGES.get(0), d, q("1300 亩")),
        Observation.of(PEPPER, VILLAGES.get(1), d, q("2000 亩")),
        Observation.of(Indicators.INCIDENCE, TOWNSHIP, d, q("10%"))), d, 1);
  }

  @Test
  public void test_rowsAndCounts() {
    ProgressReport r = report();
    assertThat(r.rows()).extracting(TargetProgress::status).containsExactly(TargetStatus.BEHIND,
        TargetStatus.ON_TRACK, TargetStatus.NO_DATA, TargetStatus.ACHIEVED);
    assertThat(r.rows(TargetStatus.BEHIND)).hasSize(1);
    assertThat(r.rows().get(0).actual()).contains(q("3300 亩"));
    assertThat(r.rows().get(0).rolledUp()).isTrue();
    assertThat(r.toString()).isEqualTo("ProgressReport{乡“1+6”方案, 2016-07-31, 4 targets}");
  }

  @Test
  public void test_excluding() {
    ProgressReport r = report();
    ProgressReport withData = r.excluding(TargetStatus.NO_DATA);
    assertThat(withData.rows()).hasSize(3).noneMatch(row -> row.status() == TargetStatus.NO_DATA);
    assertThat(withData.date()).isEqualTo(r.date());
    assertThat(r.excluding(TargetStatus.NO_DATA, TargetStatus.BEHIND).rows()).hasSize(2);
    assertThat(r.excluding().rows()).isEqualTo(r.rows());
    assertThat(r.excluding(TargetStatus.NO_DATA).toTable(Language.EN)).doesNotContain("no data");
  }

  @Test
  public void test_toTable_showsATargetsScopeWhenItIsNotThePlans() {
    Scope cluster = Scope.ofCluster(PlanFixtures.VILLAGE_CODES.subList(2, 4));
    Plan p = Plan.builder().name("乡").scope(TOWNSHIP).period(DateRange.ofYear(2016))
        .addTargets(Target.of(Indicators.HOUSES_RENOVATED, cluster, Comparison.AT_LEAST, q("65 户"), END)).build();
    assertThat(p.progress(List.of(), END).toTable(Language.ZH))
        .contains("危房改造 [511921105203+511921105204]").contains("无数据 1");
    assertThat(p.progress(List.of(), END).rows().get(0).status()).isEqualTo(TargetStatus.NO_DATA);
  }

  @Test
  public void test_toTable() {
    String zh = report().toTable(Language.ZH);
    assertThat(zh).startsWith("乡“1+6”方案 · 511921105000 · 2016-03-01/2016-12-31 · 截至 2016-07-31\n计划");
    assertThat(zh).contains("种植面积（青花椒）").contains("达到 8,700 亩").contains("Σ 3,300 亩").contains("进度滞后")
        .contains("低于 4%").contains("无数据").contains("已完成");
    assertThat(zh).endsWith("进度正常 1，进度滞后 1，已完成 1，无数据 1\nΣ 为由下级汇总的实际值\n");
    String en = report().toTable(Language.EN);
    assertThat(en).contains("area planted (青花椒)").contains("at least 8,700 mu").contains("behind");
    assertThat(en).endsWith("on track 1, behind 1, achieved 1, no data 1\nΣ: actual rolled up from the scopes below\n");
    // every line of the table has the same display width up to trailing spaces
    List<String> lines = en.lines().skip(1).limit(6).toList();
    assertThat(lines.get(1)).matches("[- ]+");
  }
}
