package org.tuopin.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tuopin.examples.plans.PlanEdits.finding;
import static org.tuopin.examples.plans.Seed004Yuanmou.JIANGYI;
import static org.tuopin.examples.plans.Seed004Yuanmou.PINGTIAN;
import static org.tuopin.examples.plans.Seed004Yuanmou.XINHUA;
import static org.tuopin.examples.plans.Seed004Yuanmou.YUANMOU;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.indicator.Indicators;
import org.tuopin.plan.Breakdown;
import org.tuopin.plan.CheckRule;
import org.tuopin.plan.Plan;
import org.tuopin.plan.PlanCheck;
import org.tuopin.plan.PlanLevel;
import org.tuopin.plan.PlanReview;
import org.tuopin.plan.ProgressReport;
import org.tuopin.plan.Scope;
import org.tuopin.plan.Target;
import org.tuopin.plan.TargetStatus;

/** Seed 004: Yuanmou's county target, 姜驿乡's overlapping batches and 平田乡's 四位一体 tree. */
class Seed004YuanmouTest {

  private static final Plan PLAN = Seed004Yuanmou.plan();
  private static final PlanReview REVIEW = PLAN.check();

  private static Quantity q(String text) {
    return Quantity.parse(text);
  }

  private static List<PlanCheck> breakdowns(PlanReview review, Scope scope) {
    return review.of(CheckRule.BREAKDOWN).stream().filter(c -> c.scope().equals(scope)).toList();
  }

  @Test
  public void test_countyTargets() {
    assertThat(PLAN.targets()).filteredOn(t -> t.indicator().equals(Indicators.PEOPLE_EXITED))
        .extracting(Target::quantity, Target::deadline)
        .containsExactly(tuple(q("17000 人"), Seed004Yuanmou.END));
    assertThat(PLAN.milestones()).extracting(m -> m.quantity()).containsExactly(q("3 村"), q("4500 人"));
    assertThat(REVIEW.of(CheckRule.MILESTONE_ORDER).stream().filter(c -> c.scope().equals(YUANMOU)))
        .hasSize(2).allMatch(PlanCheck::isMet);
    assertThat(finding(REVIEW, CheckRule.PARTS_ADD_UP, YUANMOU, Indicators.TOWNSHIPS_EXITED).isMet()).isTrue();
  }

  @Test
  public void test_theThreeTownshipsDetailedAccountFor8469Of17000() {
    PlanCheck c = finding(REVIEW, CheckRule.PARTS_ADD_UP, YUANMOU, Indicators.PEOPLE_EXITED);
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.actual()).contains(q("8469 人"));
    assertThat(c.difference()).contains(q("-8531 人"));
  }

  @Test
  public void test_jiangyisFiveBatchesExceedItsRegisteredPopulation() {
    Plan jiangyi = PLAN.find(JIANGYI).orElseThrow();
    assertThat(jiangyi.registeredHouseholds()).hasValue(1436);
    assertThat(jiangyi.registeredPeople()).hasValue(5000);
    List<PlanCheck> found = breakdowns(REVIEW, JIANGYI);
    assertThat(found).hasSize(2).allMatch(c -> c.status() == Tristate.NOT_MET);
    PlanCheck households = found.get(0);
    assertThat(households.actual()).contains(q("1608 户"));
    assertThat(households.expected()).contains(q("1436 户"));
    assertThat(households.difference()).contains(q("172 户"));
    assertThat(households.message().zh()).contains("841 户").contains("460 户").contains("91 户").contains("115 户")
        .contains("101 户").contains("重叠");
    PlanCheck people = found.get(1);
    assertThat(people.actual()).contains(q("5466 人"));
    assertThat(people.expected()).contains(q("5000 人"));
    assertThat(people.difference()).contains(q("466 人"));
    assertThat(people.message().en()).contains("2,778 people + 易地扶贫搬迁脱贫一批 1,595 people").contains("overlap");
    // the other way: had it registered as many as the batches count, they would not overlap
    Plan enough = PlanEdits.edit(PLAN, JIANGYI, p -> Plan.builder().from(p).registeredHouseholds(1608)
        .registeredPeople(5466).build());
    assertThat(breakdowns(enough.check(), JIANGYI)).hasSize(2).allMatch(PlanCheck::isMet);
  }

  @Test
  public void test_pingtiansFourInOnePlan_1_5_46_444() {
    Plan pingtian = PLAN.find(PINGTIAN).orElseThrow();
    assertThat(Examples.plansByLevel(pingtian)).hasSize(4).containsAllEntriesOf(Map.of(
        PlanLevel.TOWNSHIP, 1L, PlanLevel.VILLAGE, 5L, PlanLevel.GROUP, 46L, PlanLevel.HOUSEHOLD, 444L));
    assertThat(pingtian.oneHouseholdOnePlan()).isTrue();
    PlanCheck plans = REVIEW.of(CheckRule.HOUSEHOLD_PLANS).get(0);
    assertThat(plans.isMet()).isTrue();
    assertThat(plans.actual()).contains(q("444 户"));
    // every level adds up to 444 households and 1,769 people
    assertThat(REVIEW.of(CheckRule.PARTS_ADD_UP).stream().filter(c -> PINGTIAN.contains(c.scope())))
        .hasSize(1 + 2 + 5 * 2 + 46 * 2).allMatch(PlanCheck::isMet);
    assertThat(finding(REVIEW, CheckRule.PARTS_ADD_UP, PINGTIAN, Indicators.PEOPLE_EXITED).actual())
        .contains(q("1769 人"));
  }

  @Test
  public void test_aHouseholdWithoutAPlanIsFound() {
    // drop one household plan: 443 of 444
    Scope group = Scope.ofGroup(Seed004Yuanmou.village(0).region(), "1");
    Plan fewer = PlanEdits.edit(PLAN, group, g -> Plan.builder().from(g).children(g.children().subList(1, 10)).build());
    PlanReview r = fewer.check();
    PlanCheck c = r.of(CheckRule.HOUSEHOLD_PLANS).get(0);
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.difference()).contains(q("-1 户"));
    // and against the registry, by id
    PlanCheck byRegistry = PLAN.find(PINGTIAN).orElseThrow().check(Seed004Yuanmou.pingtianRegistry())
        .of(CheckRule.HOUSEHOLD_PLANS).get(0);
    assertThat(byRegistry.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(byRegistry.expected()).contains(q("445 户"));
    assertThat(byRegistry.message().en()).contains("1 without a plan (5323282042050910)");
  }

  @Test
  public void test_xinhuasProjectsAddUp_247_plus_214_is_461() {
    List<PlanCheck> found = breakdowns(REVIEW, XINHUA);
    assertThat(found).hasSize(2).allMatch(PlanCheck::isMet);
    assertThat(found.get(0).actual()).contains(q("4.61 亿元"));
    assertThat(found.get(0).difference().orElseThrow().isZero()).isTrue();
    assertThat(found.get(1).actual()).contains(q("26 个"));
    Breakdown off = Breakdown.of(Text.of("x"),
        ImmutableMap.of("完工", q("2.47 亿元"), "即将开工", q("2.24 亿元")), q("4.61 亿元"));
    Plan wrong = PlanEdits.edit(PLAN, XINHUA, p -> Plan.builder().from(p).breakdowns(List.of(off)).build());
    PlanCheck c = breakdowns(wrong.check(), XINHUA).get(0);
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.difference()).contains(q("0.1 亿元"));
  }

  @Test
  public void test_progressOnTheArticlesDate() {
    ProgressReport r = PLAN.progress(Seed004Yuanmou.observations(), Seed004Yuanmou.REPORT_DATE, 1);
    assertThat(r.row(Indicators.PEOPLE_EXITED).orElseThrow().actual()).contains(q("2420 人"));
    assertThat(r.row(Indicators.PEOPLE_EXITED).orElseThrow().rolledUp()).isTrue();
    var xinhua = r.rows().stream().filter(row -> row.planScope().equals(XINHUA)
        && row.target().indicator().equals(Indicators.investment("重点项目"))).findFirst().orElseThrow();
    assertThat(xinhua.actual()).contains(q("2.47 亿元"));
    assertThat(xinhua.status()).isEqualTo(TargetStatus.ON_TRACK);
    var pingtian = r.rows().stream().filter(row -> row.planScope().equals(PINGTIAN)
        && row.target().indicator().equals(Indicators.PEOPLE_EXITED)).findFirst().orElseThrow();
    assertThat(pingtian.actual()).contains(q("420 人"));
    assertThat(pingtian.status()).isEqualTo(TargetStatus.ON_TRACK);
  }
}
