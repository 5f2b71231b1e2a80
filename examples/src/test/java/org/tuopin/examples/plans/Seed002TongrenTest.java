package org.tuopin.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuopin.examples.plans.Seed002Tongren.GROUP_ROADS;
import static org.tuopin.examples.plans.Seed002Tongren.GROUP_ROAD_INVESTMENT;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.indicator.Indicators;
import org.tuopin.plan.Breakdown;
import org.tuopin.plan.CheckRule;
import org.tuopin.plan.Plan;
import org.tuopin.plan.PlanCheck;
import org.tuopin.plan.PlanReview;
import org.tuopin.plan.ProgressReport;
import org.tuopin.plan.Project;
import org.tuopin.plan.Target;
import org.tuopin.plan.TargetStatus;

/** Seed 002: the Spring Wind action's roads, money, subsidy and relocation. */
class Seed002TongrenTest {

  private static final Plan PLAN = Seed002Tongren.plan();
  private static final PlanReview REVIEW = PLAN.check();

  private static Quantity q(String text) {
    return Quantity.parse(text);
  }

  private static PlanCheck of(PlanReview review, CheckRule rule, String project) {
    return review.of(rule).stream().filter(c -> c.subject().zh().equals(project)).findFirst().orElseThrow();
  }

  @Test
  public void test_targetsOfTheSeed() {
    assertThat(PLAN.period().toString()).isEqualTo("2018-02-28/2018-06-30");
    assertThat(PLAN.targets()).filteredOn(t -> t.indicator().equals(GROUP_ROADS)).extracting(Target::quantity)
        .containsExactly(q("2880 公里"));
    assertThat(PLAN.targets()).filteredOn(t -> t.indicator().equals(GROUP_ROAD_INVESTMENT))
        .extracting(Target::quantity).containsExactly(q("19 亿元"));
    Target started = PLAN.targets().stream().filter(t -> t.indicator().equals(Seed002Tongren.RELOCATION_2018_STARTED))
        .findFirst().orElseThrow();
    assertThat(started.quantity()).isEqualTo(q("14 个"));
    assertThat(started.deadline()).isEqualTo(LocalDate.of(2018, 3, 31));
    assertThat(PLAN.targets()).filteredOn(t -> t.indicator().equals(Seed002Tongren.RELOCATION_2018_WORKS))
        .extracting(Target::quantity).containsExactly(q("30%"));
    assertThat(PLAN.targets()).filteredOn(t -> t.indicator().equals(Indicators.PEOPLE_RELOCATED))
        .extracting(Target::quantity).containsExactly(q("116000 人"));
  }

  @Test
  public void test_fiftyPercentOfTheYearsTask_is38YiYuan() {
    assertThat(Seed002Tongren.annualRoadInvestment()).isEqualTo(q("38 亿元"));
    assertThat(Seed002Tongren.annualRoadInvestment().compareTo(q("380000 万元"))).isZero();
  }

  @Test
  public void test_subsidyOf400000YuanPerKm_fitsInside19YiYuan() {
    PlanCheck c = of(REVIEW, CheckRule.SUBSIDY, "农村公路组组通");
    assertThat(c.status()).isEqualTo(Tristate.MET);
    assertThat(c.actual()).contains(q("11.52 亿元"));
    assertThat(c.expected()).contains(q("19 亿元"));
    assertThat(c.difference()).contains(q("-7.48 亿元"));
    assertThat(c.message().zh()).contains("40 万元/公里 × 2,880 公里 = 11.52 亿元").contains("60.63%");
    // the other way: a budget of 11 亿元 would not hold the subsidy
    Plan smaller = Plan.builder().from(PLAN).projects(PLAN.projects().stream()
        .map(p -> p.name().zh().equals("农村公路组组通") ? Project.builder().from(p).budget(q("11 亿元")).build() : p)
        .toList()).build();
    PlanCheck over = of(smaller.check(), CheckRule.SUBSIDY, "农村公路组组通");
    assertThat(over.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(over.difference()).contains(q("0.52 亿元"));
  }

  @Test
  public void test_fundingSourcesAreNotStated_maintenanceHasNoBudget() {
    assertThat(of(REVIEW, CheckRule.FUNDING, "农村公路组组通").status()).isEqualTo(Tristate.UNKNOWN);
    PlanCheck upkeep = of(REVIEW, CheckRule.SUBSIDY, "组组通公路养护");
    assertThat(upkeep.status()).isEqualTo(Tristate.UNKNOWN);
    assertThat(upkeep.actual().orElseThrow().compareTo(q("432 万元"))).isZero();
    assertThat(REVIEW.problems()).isEmpty();
  }

  @Test
  public void test_poorPeopleAreAPartOfTheirWhole() {
    List<PlanCheck> breakdowns = REVIEW.of(CheckRule.BREAKDOWN);
    assertThat(breakdowns).extracting(PlanCheck::status).containsExactly(Tristate.MET, Tristate.MET);
    assertThat(breakdowns).extracting(c -> c.difference().orElseThrow())
        .containsExactly(q("-190000 人"), q("-9000 人"));
    Plan wrong = Plan.builder().from(PLAN).breakdowns(List.of(Breakdown.of(Text.of("x"),
        ImmutableMap.of("贫困人口", q("27万人")), q("26万人")))).build();
    PlanCheck c = wrong.check().of(CheckRule.BREAKDOWN).get(0);
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.difference()).contains(q("10000 人"));
  }

  @Test
  public void test_progressRollsUpTheCounties() {
    ProgressReport r = PLAN.progress(Seed002Tongren.observations(), Seed002Tongren.REPORT_DATE);
    assertThat(r.row(GROUP_ROADS).orElseThrow().actual()).contains(q("1900 公里"));
    assertThat(r.row(GROUP_ROADS).orElseThrow().rolledUp()).isTrue();
    assertThat(r.row(GROUP_ROADS).orElseThrow().status()).isEqualTo(TargetStatus.BEHIND);
    assertThat(r.row(GROUP_ROAD_INVESTMENT).orElseThrow().actual()).contains(q("14.6 亿元"));
    assertThat(r.row(GROUP_ROAD_INVESTMENT).orElseThrow().status()).isEqualTo(TargetStatus.ON_TRACK);
    assertThat(r.row(Seed002Tongren.RELOCATION_2018_STARTED).orElseThrow().status()).isEqualTo(TargetStatus.ACHIEVED);
    // one day before the start nothing has started; on the last day the roads are missed
    assertThat(PLAN.progress(Seed002Tongren.observations(), LocalDate.of(2018, 2, 27)).rows())
        .allMatch(row -> row.status() == TargetStatus.NOT_STARTED);
    assertThat(PLAN.progress(Seed002Tongren.observations(), LocalDate.of(2018, 6, 30)).row(GROUP_ROADS)
        .orElseThrow().status()).isEqualTo(TargetStatus.MISSED);
  }
}
