package org.tuopin.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;
import static org.tuopin.plan.PlanFixtures.END;
import static org.tuopin.plan.PlanFixtures.TOWNSHIP;
import static org.tuopin.plan.PlanFixtures.VILLAGES;
import static org.tuopin.plan.PlanFixtures.VILLAGE_CODES;
import static org.tuopin.plan.PlanFixtures.atLeast;
import static org.tuopin.plan.PlanFixtures.plan;
import static org.tuopin.plan.PlanFixtures.q;
import static org.tuopin.plan.PlanFixtures.target;
import static org.tuopin.plan.PlanFixtures.village;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Units;
import org.tuopin.basics.Yuan;
import org.tuopin.indicator.Indicator;
import org.tuopin.indicator.Indicators;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.Registry;
import org.tuopin.standard.CriterionId;
import org.tuopin.standard.Finding;
import org.tuopin.standard.FindingValue;
import org.tuopin.testing.Fixtures;

/** Each rule of {@link Plan#check()}, both ways. */
class PlanCheckTest {

  private static final Indicator PEPPER = Indicators.cropArea("青花椒");
  private static final long[] PEPPER_BY_VILLAGE = {1200, 2000, 1500, 2500, 1500};

  private static Plan pepperPlan(long... byVillage) {
    Plan.Builder b = plan("乡", TOWNSHIP).addTargets(atLeast(PEPPER, TOWNSHIP, "8700 亩"));
    for (int i = 0; i < byVillage.length; i++) {
      b.addChildren(village(i, atLeast(PEPPER, VILLAGES.get(i), byVillage[i] + " 亩")));
    }
    return b.build();
  }

  private static PlanCheck only(PlanReview review, CheckRule rule) {
    assertThat(review.of(rule)).as(review.explain(Language.EN)).hasSize(1);
    return review.of(rule).get(0);
  }

  // ------------------------------------------------------------------------------ parts add up

  @Test
  public void test_partsAddUp_met() {
    PlanCheck c = only(pepperPlan(PEPPER_BY_VILLAGE).check(), CheckRule.PARTS_ADD_UP);
    assertThat(c.status()).isEqualTo(Tristate.MET);
    assertThat(c.expected()).contains(q("8700 亩"));
    assertThat(c.actual()).contains(q("8700 亩"));
    assertThat(c.difference()).contains(q("0 亩"));
    assertThat(c.message().en()).isEqualTo(
        "the 5 parts add up to 8,700 mu; the target is at least 8,700 mu: they match");
    assertThat(c.message().zh()).isEqualTo("分解到下级的 5 项合计 8,700 亩，本级目标达到 8,700 亩：相符");
    assertThat(c.subject()).isEqualTo(PEPPER.label());
  }

  @Test
  public void test_partsAddUp_shortIsNotMet_withTheDifference() {
    PlanCheck c = only(pepperPlan(1200, 2000, 1500, 2300, 1500).check(), CheckRule.PARTS_ADD_UP);
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.actual()).contains(q("8500 亩"));
    assertThat(c.difference()).contains(q("-200 亩"));
    assertThat(c.message().en()).endsWith("short by 200 mu");
  }

  @Test
  public void test_partsAddUp_exceedingAnAtLeastTargetIsMet() {
    PlanCheck c = only(pepperPlan(1200, 2000, 1500, 2600, 1500).check(), CheckRule.PARTS_ADD_UP);
    assertThat(c.status()).isEqualTo(Tristate.MET);
    assertThat(c.difference()).contains(q("100 亩"));
    assertThat(c.message().en()).endsWith("they exceed it by 100 mu");
  }

  @Test
  public void test_partsAddUp_exceedingAnExactTargetIsNotMet() {
    Plan p = plan("乡", TOWNSHIP).addTargets(target(Indicators.HOUSES_RENOVATED, TOWNSHIP, Comparison.EXACTLY, "200 户"))
        .addChildren(village(0, target(Indicators.HOUSES_RENOVATED, VILLAGES.get(0), Comparison.EXACTLY, "150 户")),
            village(1, target(Indicators.HOUSES_RENOVATED, VILLAGES.get(1), Comparison.EXACTLY, "60 户")))
        .build();
    PlanCheck c = only(p.check(), CheckRule.PARTS_ADD_UP);
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.difference()).contains(q("10 户"));
    assertThat(c.message().en()).endsWith("over by 10 households");
  }

  @Test
  public void test_partsAddUp_countsAllocationsToAClusterInsideThePlan() {
    // seed 000 §三.2: 危旧房改造200户 (村75户, 村60户, 非贫困村65户)
    Scope nonPoor = Scope.ofCluster(VILLAGE_CODES.subList(2, 5));
    Plan p = plan("乡", TOWNSHIP)
        .addTargets(atLeast(Indicators.HOUSES_RENOVATED, TOWNSHIP, "200 户"),
            atLeast(Indicators.HOUSES_RENOVATED, nonPoor, "65 户"))
        .addChildren(village(0, atLeast(Indicators.HOUSES_RENOVATED, VILLAGES.get(0), "75 户")),
            village(1, atLeast(Indicators.HOUSES_RENOVATED, VILLAGES.get(1), "60 户")))
        .build();
    PlanCheck c = only(p.check(), CheckRule.PARTS_ADD_UP);
    assertThat(c.isMet()).isTrue();
    assertThat(c.actual()).contains(q("200 户"));
    assertThat(c.message().en()).startsWith("the 3 parts add up to 200 households");
  }

  @Test
  public void test_partsAddUp_overlappingPartsAreNotAdded() {
    Scope cluster = Scope.ofCluster(VILLAGE_CODES.subList(1, 3));
    Plan p = plan("乡", TOWNSHIP)
        .addTargets(atLeast(Indicators.HOUSES_RENOVATED, TOWNSHIP, "100 户"),
            atLeast(Indicators.HOUSES_RENOVATED, cluster, "50 户"))
        .addChildren(village(2, atLeast(Indicators.HOUSES_RENOVATED, VILLAGES.get(2), "50 户")))
        .build();
    PlanCheck c = only(p.check(), CheckRule.PARTS_ADD_UP);
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.message().en()).contains("overlap").contains("511921105202+511921105203 & 511921105203");
    assertThat(c.difference()).isEmpty();
  }

  @Test
  public void test_partsAddUp_acrossUnits() {
    Plan p = plan("乡", TOWNSHIP).addTargets(atLeast(Indicators.ROADS_HARDENED, TOWNSHIP, "10.2 公里"))
        .addChildren(village(0, atLeast(Indicators.ROADS_HARDENED, VILLAGES.get(0), "3200 米")),
            village(1, atLeast(Indicators.ROADS_HARDENED, VILLAGES.get(1), "7 公里")))
        .build();
    PlanCheck c = only(p.check(), CheckRule.PARTS_ADD_UP);
    assertThat(c.isMet()).isTrue();
    assertThat(c.difference()).contains(q("0 公里"));
    assertThat(c.actual().orElseThrow().compareTo(q("10.2 公里"))).isZero();
  }

  @Test
  public void test_partsAddUp_comparisonsMustGuaranteeTheTarget() {
    // A cap (at most) is not guaranteed by parts that say "at least".
    Plan capped = plan("乡", TOWNSHIP)
        .addTargets(target(Indicators.INVESTMENT, TOWNSHIP, Comparison.AT_MOST, "3000 万元"))
        .addChildren(village(0, target(Indicators.INVESTMENT, VILLAGES.get(0), Comparison.AT_LEAST, "1000 万元")))
        .build();
    PlanCheck c = only(capped.check(), CheckRule.PARTS_ADD_UP);
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.difference()).contains(q("-2000 万元"));
    // Caps that add up to no more than the cap hold it.
    Plan fits = plan("乡", TOWNSHIP)
        .addTargets(target(Indicators.INVESTMENT, TOWNSHIP, Comparison.AT_MOST, "3000 万元"))
        .addChildren(village(0, target(Indicators.INVESTMENT, VILLAGES.get(0), Comparison.AT_MOST, "1000 万元")),
            village(1, target(Indicators.INVESTMENT, VILLAGES.get(1), Comparison.EXACTLY, "2000 万元")))
        .build();
    assertThat(only(fits.check(), CheckRule.PARTS_ADD_UP).isMet()).isTrue();
    // "above 200" is guaranteed by parts of exactly 100 and above 100.
    Plan above = plan("乡", TOWNSHIP)
        .addTargets(target(Indicators.LIVESTOCK, TOWNSHIP, Comparison.ABOVE, "200 头"))
        .addChildren(village(0, target(Indicators.LIVESTOCK, VILLAGES.get(0), Comparison.EXACTLY, "100 头")),
            village(1, target(Indicators.LIVESTOCK, VILLAGES.get(1), Comparison.ABOVE, "100 头")))
        .build();
    assertThat(only(above.check(), CheckRule.PARTS_ADD_UP).isMet()).isTrue();
    Plan notAbove = plan("乡", TOWNSHIP)
        .addTargets(target(Indicators.LIVESTOCK, TOWNSHIP, Comparison.ABOVE, "200 头"))
        .addChildren(village(0, target(Indicators.LIVESTOCK, VILLAGES.get(0), Comparison.EXACTLY, "100 头")),
            village(1, target(Indicators.LIVESTOCK, VILLAGES.get(1), Comparison.AT_LEAST, "100 头")))
        .build();
    PlanCheck n = only(notAbove.check(), CheckRule.PARTS_ADD_UP);
    assertThat(n.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(n.difference()).contains(q("0 头"));
    assertThat(n.message().en()).endsWith("the parts' comparisons do not guarantee the target");
  }

  @Test
  public void test_partsAddUp_skipsIndicatorsThatDoNotAdd_andUndecomposedTargets() {
    Plan p = plan("乡", TOWNSHIP)
        .addTargets(target(Indicators.INCIDENCE, TOWNSHIP, Comparison.BELOW, "4%"),
            atLeast(Indicators.PEOPLE_EXITED, TOWNSHIP, "800 人"))
        .addChildren(village(0, target(Indicators.INCIDENCE, VILLAGES.get(0), Comparison.BELOW, "4%")))
        .build();
    assertThat(p.check().of(CheckRule.PARTS_ADD_UP)).isEmpty();
  }

  @Test
  public void test_partsAddUp_picksEachChildsTargetDueByTheParentsDeadline() {
    LocalDate mid = LocalDate.of(2016, 6, 30);
    Plan p = plan("乡", TOWNSHIP)
        .addTargets(atLeast(Indicators.PEOPLE_EXITED, TOWNSHIP, "800 人"),
            Target.of(Indicators.PEOPLE_EXITED, TOWNSHIP, Comparison.AT_LEAST, q("300 人"), mid))
        .addChildren(village(0, atLeast(Indicators.PEOPLE_EXITED, VILLAGES.get(0), "500 人"),
                Target.of(Indicators.PEOPLE_EXITED, VILLAGES.get(0), Comparison.AT_LEAST, q("200 人"), mid)),
            village(1, atLeast(Indicators.PEOPLE_EXITED, VILLAGES.get(1), "300 人"),
                Target.of(Indicators.PEOPLE_EXITED, VILLAGES.get(1), Comparison.AT_LEAST, q("100 人"), mid)))
        .build();
    List<PlanCheck> checks = p.check().of(CheckRule.PARTS_ADD_UP);
    assertThat(checks).hasSize(2).allMatch(PlanCheck::isMet);
    assertThat(checks).extracting(c -> c.actual().orElseThrow()).containsExactly(q("800 人"), q("300 人"));
  }

  @Test
  public void test_partsAddUp_checksEveryLevel() {
    Scope g1 = Scope.ofGroup(VILLAGE_CODES.get(0), "1");
    Scope g2 = Scope.ofGroup(VILLAGE_CODES.get(0), "2");
    Plan v = plan("村", VILLAGES.get(0)).addTargets(atLeast(Indicators.PEOPLE_EXITED, VILLAGES.get(0), "10 人"))
        .addChildren(plan("1组", g1).addTargets(atLeast(Indicators.PEOPLE_EXITED, g1, "4 人")).build(),
            plan("2组", g2).addTargets(atLeast(Indicators.PEOPLE_EXITED, g2, "5 人")).build())
        .build();
    Plan p = plan("乡", TOWNSHIP).addTargets(atLeast(Indicators.PEOPLE_EXITED, TOWNSHIP, "10 人")).addChildren(v).build();
    List<PlanCheck> checks = p.check().of(CheckRule.PARTS_ADD_UP);
    assertThat(checks).extracting(PlanCheck::scope, PlanCheck::status).containsExactly(
        tuple(TOWNSHIP, Tristate.MET),
        tuple(VILLAGES.get(0), Tristate.NOT_MET));
    assertThat(checks.get(1).difference()).contains(q("-1 人"));
  }

  // ---------------------------------------------------------------------------- the finding

  @Test
  public void test_finding_ofAComparison_carriesTheQuantities() {
    PlanCheck c = only(pepperPlan(1200, 2000, 1500, 2300, 1500).check(), CheckRule.PARTS_ADD_UP);
    Finding f = c.finding();
    assertThat(f.criterion()).isEqualTo(CriterionId.of("parts_add_up")).isEqualTo(CheckRule.PARTS_ADD_UP.criterion());
    assertThat(f.label()).isEqualTo(CheckRule.PARTS_ADD_UP.label());
    assertThat(f.comparison()).contains(Comparison.AT_LEAST);
    assertThat(f.threshold()).isEqualTo(new FindingValue.Amount(q("8700 亩")));
    assertThat(f.observedValue()).contains(new FindingValue.Amount(q("8500 亩")));
    assertThat(f.status()).isEqualTo(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(f.explain(Language.EN)).isEqualTo("✗ parts add up: required at least 8,700 mu, observed 8,500 mu");
    assertThat(f.explain(Language.ZH)).isEqualTo("✗ 层层分解相加：要求 达到 8,700 亩，实际 8,500 亩");
  }

  @Test
  public void test_finding_withoutAFigure_requiresTheRuleAndObservesTheMessage() {
    Plan late = plan("乡", TOWNSHIP).addChildren(village(0),
        plan("村2", VILLAGES.get(1)).period(DateRange.parse("2016-03-01/2017-01-31")).build()).build();
    PlanCheck c = only(late.check(), CheckRule.CHILD_PERIOD);
    assertThat(c.finding().comparison()).isEmpty();
    assertThat(c.finding().threshold()).isEqualTo(new FindingValue.Described(CheckRule.CHILD_PERIOD.requirement()));
    assertThat(c.finding().observedValue()).contains(new FindingValue.Described(c.message()));
    assertThat(c.expected()).isEmpty();
    assertThat(c.actual()).isEmpty();
    PlanCheck noBudget = only(withProjects(project(null).addFunding(Funding.of("x", q("1 元"))).build()).check(),
        CheckRule.FUNDING);
    assertThat(noBudget.finding().threshold()).isEqualTo(new FindingValue.Described(CheckRule.FUNDING.requirement()));
    assertThat(noBudget.finding().observedValue()).contains(new FindingValue.Amount(q("1 元")));
    assertThat(noBudget.actual()).contains(q("1 元"));
    assertThat(noBudget.finding().required().en()).isEqualTo("the funding sources add up to the budget");
  }

  @Test
  public void test_finding_comparisonsOfTheRules() {
    PlanCheck funding = only(withProjects(project("19 亿元").addFunding(Funding.of("中央", q("11.52 亿元"))).build())
        .check(), CheckRule.FUNDING);
    assertThat(funding.finding().comparison()).contains(Comparison.EXACTLY);
    assertThat(funding.finding().threshold()).isEqualTo(new FindingValue.Amount(q("19 亿元")));
    assertThat(funding.expected()).contains(q("19 亿元"));
    for (CheckRule rule : CheckRule.values()) {
      assertThat(rule.criterion().toString()).isEqualTo(rule.key());
      assertThat(rule.requirement().zh()).as("%s", rule).isNotEmpty();
      assertThat(rule.requirement().en()).as("%s", rule).isNotEmpty();
    }
  }

  @Test
  public void test_builder_needsTheRuleStatusAndMessage() {
    assertThatIllegalStateException().isThrownBy(() -> PlanCheck.builder().rule(CheckRule.FUNDING).build())
        .withMessageContaining("status");
  }

  // ----------------------------------------------------------------------------------- periods

  @Test
  public void test_childPeriod() {
    Plan ok = plan("乡", TOWNSHIP).addChildren(village(0), village(1)).build();
    PlanCheck met = only(ok.check(), CheckRule.CHILD_PERIOD);
    assertThat(met.isMet()).isTrue();
    assertThat(met.message().en()).isEqualTo("the periods of all 2 child plans lie inside 2016-01-01/2016-12-31");
    Plan late = plan("乡", TOWNSHIP).addChildren(village(0),
        plan("村2", VILLAGES.get(1)).period(DateRange.parse("2016-03-01/2017-01-31")).build()).build();
    PlanCheck notMet = only(late.check(), CheckRule.CHILD_PERIOD);
    assertThat(notMet.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(notMet.subject()).isEqualTo(Text.of("村2"));
    assertThat(notMet.message().en()).isEqualTo(
        "its period 2016-03-01/2017-01-31 runs outside the parent's 2016-01-01/2016-12-31");
  }

  @Test
  public void test_targetDeadline() {
    Plan ok = plan("乡", TOWNSHIP).addTargets(atLeast(Indicators.PEOPLE_EXITED, TOWNSHIP, "800 人")).build();
    assertThat(only(ok.check(), CheckRule.TARGET_DEADLINE).isMet()).isTrue();
    Plan late = plan("乡", TOWNSHIP).addTargets(Target.of(Indicators.PEOPLE_EXITED, TOWNSHIP, Comparison.AT_LEAST,
        q("800 人"), LocalDate.of(2017, 1, 1))).build();
    PlanCheck c = only(late.check(), CheckRule.TARGET_DEADLINE);
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.message().en()).contains("2017-01-01");
  }

  // -------------------------------------------------------------------------------- milestones

  private static Milestone milestone(Indicator i, String date, String quantity) {
    return Milestone.of(i, TOWNSHIP, LocalDate.parse(date), Comparison.AT_LEAST, q(quantity));
  }

  @Test
  public void test_milestones_inOrder() {
    Plan p = plan("乡", TOWNSHIP).addTargets(atLeast(Indicators.ROADS_HARDENED, TOWNSHIP, "10.2 公里"))
        .addMilestones(milestone(Indicators.ROADS_HARDENED, "2016-07-31", "5.2 公里"),
            milestone(Indicators.ROADS_HARDENED, "2016-04-30", "3000 米"))
        .build();
    PlanReview r = p.check();
    assertThat(only(r, CheckRule.MILESTONE_DATE).isMet()).isTrue();
    PlanCheck order = only(r, CheckRule.MILESTONE_ORDER);
    assertThat(order.isMet()).isTrue();
    assertThat(order.message().en()).isEqualTo(
        "2 milestones rise toward the target of 10.2 km: 3 km by 2016-04-30, 5.2 km by 2016-07-31");
  }

  @Test
  public void test_milestones_aboveTheTargetAreFlagged() {
    // seed 000: 近10000亩 of 青花椒 by the end of April, against 8,700 亩 in §三
    Plan p = plan("乡", TOWNSHIP).addTargets(atLeast(PEPPER, TOWNSHIP, "8700 亩"))
        .addMilestones(milestone(PEPPER, "2016-04-30", "10000 亩")).build();
    PlanCheck c = only(p.check(), CheckRule.MILESTONE_ORDER);
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.expected()).contains(q("8700 亩"));
    assertThat(c.actual()).contains(q("10000 亩"));
    assertThat(c.difference()).contains(q("1300 亩"));
    assertThat(c.message().en()).isEqualTo("the milestone of 10,000 mu due 2016-04-30 is above the target of "
        + "8,700 mu due 2016-12-31, by 1,300 mu");
  }

  @Test
  public void test_milestones_ofAFallingTarget_andShares() {
    Target incidence = Target.builder()
        .from(target(Indicators.INCIDENCE, TOWNSHIP, Comparison.BELOW, "4%")).baseline(q("17.11%")).build();
    Plan falling = plan("乡", TOWNSHIP).addTargets(incidence)
        .addMilestones(Milestone.of(Indicators.INCIDENCE, TOWNSHIP, LocalDate.of(2016, 6, 30), Comparison.BELOW, q("10%")))
        .build();
    assertThat(only(falling.check(), CheckRule.MILESTONE_ORDER).isMet()).isTrue();
    Plan rising = plan("乡", TOWNSHIP).addTargets(incidence)
        .addMilestones(Milestone.of(Indicators.INCIDENCE, TOWNSHIP, LocalDate.of(2016, 6, 30), Comparison.BELOW, q("20%")))
        .build();
    PlanCheck c = only(rising.check(), CheckRule.MILESTONE_ORDER);
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.message().en()).startsWith("the start value of 17.11% is below the milestone of 20%");
    Plan share = plan("乡", TOWNSHIP).addTargets(atLeast(Indicators.PROJECTS_COMPLETED, TOWNSHIP, "14 个"))
        .addMilestones(milestone(Indicators.PROJECTS_COMPLETED, "2016-06-30", "30%")).build();
    PlanCheck s = only(share.check(), CheckRule.MILESTONE_ORDER);
    assertThat(s.isMet()).isTrue();
    assertThat(s.message().en()).endsWith("4.2 items by 2016-06-30");
  }

  @Test
  public void test_milestones_outsideThePeriodOrWithoutATarget() {
    Plan p = plan("乡", TOWNSHIP).addTargets(Target.of(Indicators.PEOPLE_EXITED, TOWNSHIP, Comparison.AT_LEAST,
            q("800 人"), LocalDate.of(2016, 6, 30)))
        .addMilestones(milestone(Indicators.PEOPLE_EXITED, "2015-12-31", "10 人"),
            milestone(Indicators.PEOPLE_EXITED, "2016-09-30", "900 人"),
            milestone(Indicators.ROADS_BUILT, "2016-09-30", "3 公里"))
        .build();
    List<PlanCheck> dates = p.check().of(CheckRule.MILESTONE_DATE);
    assertThat(dates).extracting(c -> c.message().en()).containsExactly(
        "the milestone of 2015-12-31 lies outside the plan's period 2016-01-01/2016-12-31",
        "the milestone of 2016-09-30 falls after the deadline of every target of people_exited",
        "the milestone of 2016-09-30 has no target of roads_built at 511921105000");
    assertThat(dates).noneMatch(PlanCheck::isMet);
  }

  // ---------------------------------------------------------------------------------- projects

  private static Project.Builder project(String budget) {
    Project.Builder b = Project.builder().name(Text.of("组组通", "group roads")).category(ProjectCategories.INFRASTRUCTURE);
    if (budget != null) {
      b.budget(q(budget));
    }
    return b;
  }

  private static Plan withProjects(Project... projects) {
    return plan("市", TOWNSHIP).addProjects(projects).build();
  }

  @Test
  public void test_funding() {
    PlanCheck met = only(withProjects(project("19 亿元").addFunding(Funding.of("中央", q("100000 万元")),
        Funding.of("省级", q("9 亿元"))).build()).check(), CheckRule.FUNDING);
    assertThat(met.isMet()).isTrue();
    assertThat(met.difference()).contains(q("0 亿元"));
    PlanCheck gap = only(withProjects(project("19 亿元").addFunding(Funding.of("中央", q("11.52 亿元"))).build()).check(),
        CheckRule.FUNDING);
    assertThat(gap.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(gap.difference()).contains(q("-7.48 亿元"));
    assertThat(gap.message().en()).endsWith("a gap of 7.48 yi yuan");
    PlanCheck over = only(withProjects(project("1 亿元").addFunding(Funding.of("中央", q("10001 万元"))).build()).check(),
        CheckRule.FUNDING);
    assertThat(over.difference()).contains(q("0.0001 亿元"));
    assertThat(only(withProjects(project("19 亿元").build()).check(), CheckRule.FUNDING).status())
        .isEqualTo(Tristate.UNKNOWN);
    assertThat(only(withProjects(project(null).addFunding(Funding.of("x", q("1 元"))).build()).check(),
        CheckRule.FUNDING).status()).isEqualTo(Tristate.UNKNOWN);
    assertThat(withProjects(project(null).build()).check().of(CheckRule.FUNDING)).isEmpty();
  }

  @Test
  public void test_subsidies() {
    // seed 002: 每公里40万元 on 2,880 km, inside the 19亿元 invested
    Subsidy perKm = Subsidy.of(q("40 万元"), Units.KILOMETRE, q("2880 公里"));
    PlanCheck fits = only(withProjects(project("19 亿元").addSubsidies(perKm).build()).check(), CheckRule.SUBSIDY);
    assertThat(fits.isMet()).isTrue();
    assertThat(fits.actual()).contains(q("11.52 亿元"));
    assertThat(fits.difference()).contains(q("-7.48 亿元"));
    assertThat(fits.message().en()).isEqualTo("subsidies 40 wan yuan/km × 2,880 km = 11.52 yi yuan, 60.63% of the "
        + "budget 19 yi yuan: they fit, leaving 7.48 yi yuan to other sources");
    PlanCheck over = only(withProjects(project("10 亿元").addSubsidies(perKm).build()).check(), CheckRule.SUBSIDY);
    assertThat(over.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(over.difference()).contains(q("1.52 亿元"));
    assertThat(only(withProjects(project(null).addSubsidies(perKm).build()).check(), CheckRule.SUBSIDY).status())
        .isEqualTo(Tristate.UNKNOWN);
  }

  @Test
  public void test_projectBudgets_andSchedules() {
    Plan fits = plan("乡", TOWNSHIP).budget(q("3000 万元"))
        .addProjects(project("1000 万元").schedule(DateRange.parse("2016-03-01/2016-07-31")).build(),
            project("0.2 亿元").build())
        .build();
    PlanReview r = fits.check();
    PlanCheck budgets = only(r, CheckRule.PROJECT_BUDGETS);
    assertThat(budgets.isMet()).isTrue();
    assertThat(budgets.difference()).contains(q("0 万元"));
    assertThat(only(r, CheckRule.PROJECT_SCHEDULE).isMet()).isTrue();
    Plan over = plan("乡", TOWNSHIP).budget(q("3000 万元"))
        .addProjects(project("3000 万元").schedule(DateRange.parse("2015-07-01/2016-12-31")).build(),
            project("1 万元").build())
        .build();
    PlanReview o = over.check();
    assertThat(only(o, CheckRule.PROJECT_BUDGETS).difference()).contains(q("1 万元"));
    assertThat(only(o, CheckRule.PROJECT_BUDGETS).status()).isEqualTo(Tristate.NOT_MET);
    assertThat(only(o, CheckRule.PROJECT_SCHEDULE).status()).isEqualTo(Tristate.NOT_MET);
  }

  // -------------------------------------------------------------------------------- breakdowns

  @Test
  public void test_breakdown_overlapIsFlaggedWithTheExcess() {
    Plan p = plan("乡", TOWNSHIP).registeredHouseholds(100).addBreakdowns(
        Breakdown.of(Text.of("批次"), ImmutableMap.of("a", q("60 户"), "b", q("50 户")))).build();
    PlanCheck c = only(p.check(), CheckRule.BREAKDOWN);
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.difference()).contains(q("10 户"));
    assertThat(c.message().en()).isEqualTo("the categories add up to a 60 households + b 50 households = 110 households "
        + "of 100 households: 10 households more than there are, so some are counted twice (overlap)");
    Plan ok = plan("乡", TOWNSHIP).registeredHouseholds(110).addAllBreakdowns(p.breakdowns()).build();
    assertThat(only(ok.check(), CheckRule.BREAKDOWN).isMet()).isTrue();
    assertThat(only(ok.check(), CheckRule.BREAKDOWN).message().en()).endsWith("no overlap, all covered");
    Plan partial = plan("乡", TOWNSHIP).registeredHouseholds(120).addAllBreakdowns(p.breakdowns()).build();
    assertThat(only(partial.check(), CheckRule.BREAKDOWN).message().en()).endsWith("10 households in no category");
    Plan unknown = plan("乡", TOWNSHIP).addAllBreakdowns(p.breakdowns()).build();
    assertThat(only(unknown.check(), CheckRule.BREAKDOWN).status()).isEqualTo(Tristate.UNKNOWN);
  }

  // --------------------------------------------------------------------------- household plans

  private static Plan householdPlans(boolean claims, String... ids) {
    Plan.Builder v = plan("村", VILLAGES.get(0));
    for (String id : ids) {
      v.addChildren(plan("户" + id, Scope.ofHousehold(VILLAGE_CODES.get(0), HouseholdId.of(id))).build());
    }
    return plan("乡", TOWNSHIP).oneHouseholdOnePlan(claims).addChildren(v.build()).build();
  }

  private static Registry registry(String... ids) {
    List<Household> households = new ArrayList<>();
    for (String id : ids) {
      households.add(Fixtures.householdBuilder(id, 3, 2015, Yuan.of(9000)).village(VILLAGE_CODES.get(0)).build());
    }
    households.add(Fixtures.householdBuilder("elsewhere", 2, 2015, Yuan.of(9000))
        .village(RegionCode.parse("511921106201")).build());
    return Registry.of(2016, households);
  }

  @Test
  public void test_householdPlans_againstARegistry() {
    PlanCheck met = only(householdPlans(true, "h1", "h2").check(registry("h1", "h2")), CheckRule.HOUSEHOLD_PLANS);
    assertThat(met.isMet()).isTrue();
    assertThat(met.message().en()).isEqualTo("2 households registered in 2016, 2 household plans: every household has a plan");
    PlanCheck c = only(householdPlans(true, "h1", "h4").check(registry("h1", "h2", "h3")), CheckRule.HOUSEHOLD_PLANS);
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.expected()).contains(q("3 户"));
    assertThat(c.actual()).contains(q("2 户"));
    assertThat(c.message().en()).isEqualTo("3 households registered in 2016, 2 household plans: 2 without a plan "
        + "(h2, h3), 1 not registered (h4), 0 planned twice");
    assertThat(householdPlans(false, "h1").check(registry("h1", "h2")).of(CheckRule.HOUSEHOLD_PLANS)).isEmpty();
  }

  @Test
  public void test_householdPlans_againstTheRegisteredCount() {
    Plan p = householdPlans(true, "h1", "h2", "h3");
    Plan counted = Plan.builder().from(p).registeredHouseholds(3).build();
    assertThat(only(counted.check(), CheckRule.HOUSEHOLD_PLANS).isMet()).isTrue();
    Plan short1 = Plan.builder().from(p).registeredHouseholds(4).build();
    PlanCheck c = only(short1.check(), CheckRule.HOUSEHOLD_PLANS);
    assertThat(c.difference()).contains(q("-1 户"));
    assertThat(c.message().en()).endsWith(": 1 households short");
    assertThat(only(p.check(), CheckRule.HOUSEHOLD_PLANS).status()).isEqualTo(Tristate.UNKNOWN);
  }

  @Test
  public void test_householdPlans_plannedTwiceIsFlagged() {
    Plan v1 = plan("村1", VILLAGES.get(0))
        .addChildren(plan("户", Scope.ofHousehold(VILLAGE_CODES.get(0), "1", HouseholdId.of("h1"))).build(),
            plan("户", Scope.ofHousehold(VILLAGE_CODES.get(0), "2", HouseholdId.of("h1"))).build())
        .build();
    Plan p = plan("乡", TOWNSHIP).oneHouseholdOnePlan(true).registeredHouseholds(1).addChildren(v1).build();
    PlanCheck c = only(p.check(), CheckRule.HOUSEHOLD_PLANS);
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.message().en()).endsWith("1 planned twice (h1)");
  }

  // ---------------------------------------------------------------------------------- review

  @Test
  public void test_review_summarises() {
    PlanReview r = pepperPlan(1200, 2000, 1500, 2300, 1500).check();
    assertThat(r.isClean()).isFalse();
    assertThat(r.problems()).hasSize(1);
    assertThat(r.unknowns()).isEmpty();
    assertThat(r.explain(Language.EN)).endsWith("8 findings: 7 met, 1 not met, 0 unknown");
    assertThat(r.explain(Language.ZH)).endsWith("共 8 项：符合 7，不符合 1，无法判断 0");
    assertThat(r.toString()).isEqualTo("PlanReview{8 findings, 1 not met, 0 unknown}");
    assertThat(pepperPlan(PEPPER_BY_VILLAGE).check().isClean()).isTrue();
    assertThat(PlanReview.of(List.of()).explain(Language.EN)).isEqualTo("0 findings: 0 met, 0 not met, 0 unknown");
    assertThat(END).isEqualTo(LocalDate.of(2016, 12, 31));
  }

  @Test
  public void test_review_whereAndSummary() {
    PlanReview r = pepperPlan(1200, 2000, 1500, 2300, 1500).check();
    PlanReview townshipOnly = r.where(c -> c.scope().equals(TOWNSHIP));
    assertThat(townshipOnly.checks()).hasSize(3).allMatch(c -> c.scope().equals(TOWNSHIP));
    assertThat(r.where(c -> !c.isMet()).checks()).containsExactlyElementsOf(r.problems());
    assertThat(r.summary(Language.EN)).isEqualTo("parts add up: 0 met, 1 not met, 0 unknown\n"
        + "child period: 1 met, 0 not met, 0 unknown\n"
        + "target deadline: 6 met, 0 not met, 0 unknown\n");
    assertThat(r.summary(Language.ZH)).startsWith("层层分解相加：符合 0，不符合 1，无法判断 0\n");
    assertThat(PlanReview.of(List.of()).summary(Language.EN)).isEmpty();
  }
}
