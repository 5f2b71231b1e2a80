package org.tuopin.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.tuopin.plan.PlanFixtures.COUNTY;
import static org.tuopin.plan.PlanFixtures.COUNTY_CODE;
import static org.tuopin.plan.PlanFixtures.END;
import static org.tuopin.plan.PlanFixtures.TOWNSHIP;
import static org.tuopin.plan.PlanFixtures.VILLAGES;
import static org.tuopin.plan.PlanFixtures.plan;
import static org.tuopin.plan.PlanFixtures.q;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.indicator.Indicators;

/** Decompositions exactly, at most and at least; blanks; yearly tasks; partial breakdowns; organisations. */
class DecompositionTest {

  private static final ImmutableMap<String, org.tuopin.basics.Quantity> USES =
      ImmutableMap.of("产业发展", q("600 万元"), "基础设施", q("399.99 万元"));

  private static PlanCheck breakdown(Breakdown b) {
    PlanReview r = plan("县", COUNTY).addBreakdowns(b).build().check();
    assertThat(r.of(CheckRule.BREAKDOWN)).hasSize(1);
    return r.of(CheckRule.BREAKDOWN).get(0);
  }

  @Test
  void test_exactly_reportsAShortfallOfOneFen() {
    PlanCheck c = breakdown(Breakdown.ofExactly(Text.of("资金用途"), USES, q("1000 万元")));
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.difference()).contains(q("-0.01 万元"));
    assertThat(c.message().en()).contains("产业发展", "基础设施").endsWith("short by 0.01 wan yuan");
  }

  @Test
  void test_exactly_reportsAnExcessAndPassesAMatch() {
    PlanCheck over = breakdown(Breakdown.ofExactly(Text.of("资金用途"), USES, q("999.98 万元")));
    assertThat(over.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(over.difference()).contains(q("0.01 万元"));
    assertThat(over.message().zh()).endsWith("超出 0.01 万元");
    PlanCheck ok = breakdown(Breakdown.ofExactly(Text.of("资金用途"), USES, q("999.99 万元")));
    assertThat(ok.isMet()).isTrue();
    assertThat(ok.message().en()).endsWith("they match");
  }

  @Test
  void test_atMost_keepsTodaysBehaviour() {
    PlanCheck c = breakdown(Breakdown.of(Text.of("批次"), USES, q("1000 万元")));
    assertThat(c.isMet()).isTrue();
    assertThat(c.message().en()).endsWith("0.01 wan yuan in no category");
  }

  @Test
  void test_atLeast_passesAnExcessAndFailsAShortfall() {
    Breakdown.Builder b = Breakdown.builder().name(Text.of("任务")).parts(USES).relation(Comparison.AT_LEAST);
    assertThat(breakdown(b.whole(q("999 万元")).build()).isMet()).isTrue();
    assertThat(breakdown(b.whole(q("1000 万元")).build()).status()).isEqualTo(Tristate.NOT_MET);
  }

  @Test
  void test_blank_isUnknownAndNamesTheRowAndTheGap() {
    Breakdown b = Breakdown.builder().name(Text.of("分配表")).relation(Comparison.EXACTLY).whole(q("1000 万元"))
        .row("甲县", Scope.of(COUNTY_CODE), q("600 万元"))
        .blankRow("国有林场", Scope.ofOrganisation(COUNTY_CODE, "国有林场")).build();
    PlanCheck c = breakdown(b);
    assertThat(c.status()).isEqualTo(Tristate.UNKNOWN);
    assertThat(c.message().zh()).contains("国有林场", "空白", "400 万元");
    assertThat(c.message().en()).contains("1 blank (国有林场)", "a gap of 400 wan yuan");
  }

  @Test
  void test_blank_thatCannotHelpIsSettled() {
    Breakdown b = Breakdown.builder().name(Text.of("批次")).whole(q("10 户")).putParts("a", q("11 户"))
        .addBlanks("b").build();
    assertThat(breakdown(b).status()).isEqualTo(Tristate.NOT_MET);
  }

  @Test
  void test_breakdown_rejectsAStrictRelationAndARowListedTwice() {
    assertThatIllegalArgumentException().isThrownBy(() -> Breakdown.builder().name(Text.of("x")).parts(USES)
        .relation(Comparison.BELOW).build()).withMessageContaining("exactly, at most or at least");
    assertThatIllegalArgumentException().isThrownBy(() -> Breakdown.builder().name(Text.of("x")).parts(USES)
        .addBlanks("产业发展").build()).withMessageContaining("'产业发展'");
  }

  // ------------------------------------------------------------------------------ yearly tasks

  private static Target exits(long... byYear) {
    Target.Builder t = Target.builder().indicator(Indicators.PEOPLE_EXITED).scope(COUNTY)
        .comparison(Comparison.AT_LEAST).quantity(q("75 万人")).deadline(LocalDate.of(2020, 12, 31));
    for (int i = 0; i < byYear.length; i++) {
      t.task(2018 + i, q(byYear[i] + " 万人"));
    }
    return t.build();
  }

  private static Plan threeYears(Target t) {
    return Plan.builder().name("三年行动").scope(COUNTY).period(DateRange.ofYears(2018, 2020)).addTargets(t).build();
  }

  @Test
  void test_tasks_thatAddUpPass() {
    PlanCheck c = threeYears(exits(30, 25, 20)).check().of(CheckRule.PERIOD_TASKS).get(0);
    assertThat(c.isMet()).isTrue();
    assertThat(c.message().zh()).contains("2018年 300,000 人", "2020年 200,000 人").endsWith("相符");
  }

  @Test
  void test_tasks_shortByTenThousandAreReportedNotMet() {
    List<PlanCheck> cs = threeYears(exits(30, 24, 20)).check().of(CheckRule.PERIOD_TASKS);
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).status()).isEqualTo(Tristate.NOT_MET);
    assertThat(cs.get(0).difference()).contains(q("-1 万人"));
  }

  @Test
  void test_tasks_outsideThePeriodAreReported() {
    Target t = exits(30, 25, 20).withTasks(ImmutableMap.of(java.time.Year.of(2017), q("75 万人")));
    assertThat(threeYears(t).check().of(CheckRule.PERIOD_TASKS)).anyMatch(c -> c.message().en().contains("2017"));
  }

  @Test
  void test_progress_readsCumulativeTasksWhenNoMilestones() {
    Plan p = threeYears(exits(30, 25, 20));
    TargetProgress row = p.progress(List.of(Observation.of(Indicators.PEOPLE_EXITED, COUNTY,
        LocalDate.of(2018, 12, 31), q("30 万人"))), LocalDate.of(2018, 12, 31)).rows().get(0);
    assertThat(row.expected()).contains(q("30 万人"));
    assertThat(row.status()).isEqualTo(TargetStatus.ON_TRACK);
    TargetProgress mid = p.progress(List.of(Observation.of(Indicators.PEOPLE_EXITED, COUNTY,
        LocalDate.of(2019, 12, 31), q("54 万人"))), LocalDate.of(2019, 12, 31)).rows().get(0);
    assertThat(mid.expected()).contains(q("55 万人"));
    assertThat(mid.status()).isEqualTo(TargetStatus.BEHIND);
  }

  // -------------------------------------------------------------------------- partial children

  @Test
  void test_partialBreakdown_reportsTheRestAsInformation() {
    Plan p = plan("乡", TOWNSHIP).partialBreakdown(true)
        .addTargets(Target.of(Indicators.PEOPLE_EXITED, TOWNSHIP, Comparison.AT_LEAST, q("1000 人"), END))
        .addChildren(plan("村1", VILLAGES.get(0)).addTargets(Target.of(Indicators.PEOPLE_EXITED, VILLAGES.get(0),
            Comparison.AT_LEAST, q("300 人"), END)).build())
        .build();
    PlanCheck c = p.check().of(CheckRule.PARTS_ADD_UP).get(0);
    assertThat(c.isMet()).isTrue();
    assertThat(c.message().en()).contains("700 people not yet broken down", "for information");
    Plan full = p.withPartialBreakdown(false);
    assertThat(full.check().of(CheckRule.PARTS_ADD_UP).get(0).status()).isEqualTo(Tristate.NOT_MET);
  }

  @Test
  void test_partialBreakdown_stillReportsAnExcess() {
    Plan p = plan("乡", TOWNSHIP).partialBreakdown(true)
        .addTargets(Target.of(Indicators.PEOPLE_EXITED, TOWNSHIP, Comparison.AT_LEAST, q("100 人"), END))
        .addChildren(plan("村1", VILLAGES.get(0)).addTargets(Target.of(Indicators.PEOPLE_EXITED, VILLAGES.get(0),
            Comparison.AT_LEAST, q("300 人"), END)).build())
        .build();
    PlanCheck c = p.check().of(CheckRule.PARTS_ADD_UP).get(0);
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.difference()).contains(q("200 人"));
  }

  // ----------------------------------------------------------------------------- organisations

  @Test
  void test_organisation_parsesNestsAndOverlapsNothingElse() {
    Scope farm = Scope.ofOrganisation(COUNTY_CODE, "国有林场");
    assertThat(farm.toString()).isEqualTo("511921000000/o:国有林场");
    assertThat(Scope.parse(farm.toString())).isEqualTo(farm);
    assertThat(farm.level()).isEqualTo(PlanLevel.ORGANISATION);
    assertThat(farm.parent()).contains(COUNTY);
    assertThat(COUNTY.contains(farm)).isTrue();
    assertThat(farm.contains(COUNTY)).isFalse();
    assertThat(farm.overlaps(TOWNSHIP)).isFalse();
    assertThat(farm.overlaps(Scope.ofOrganisation(COUNTY_CODE, "农业局"))).isFalse();
    assertThat(farm.chain()).endsWith(farm);
    assertThat(farm.organisation()).contains("国有林场");
    assertThatIllegalArgumentException().isThrownBy(() -> Scope.ofOrganisation(COUNTY_CODE, "a/b"));
  }

  @Test
  void test_organisation_isAChildPlanAndRollsUp() {
    Scope farm = Scope.ofOrganisation(COUNTY_CODE, "国有林场");
    Plan p = plan("县", COUNTY)
        .addTargets(Target.of(Indicators.PEOPLE_EXITED, COUNTY, Comparison.AT_LEAST, q("100 人"), END))
        .addChildren(plan("林场", farm).addTargets(Target.of(Indicators.PEOPLE_EXITED, farm, Comparison.AT_LEAST,
            q("100 人"), END)).build())
        .build();
    assertThat(p.check().of(CheckRule.PARTS_ADD_UP).get(0).isMet()).isTrue();
    TargetProgress row = p.progress(List.of(Observation.of(Indicators.PEOPLE_EXITED, farm, END, q("100 人"))), END)
        .rows().get(0);
    assertThat(row.actual()).contains(q("100 人"));
  }
}
