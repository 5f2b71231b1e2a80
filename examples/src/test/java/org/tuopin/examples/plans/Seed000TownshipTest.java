package org.tuopin.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuopin.examples.plans.PlanEdits.edit;
import static org.tuopin.examples.plans.PlanEdits.finding;
import static org.tuopin.examples.plans.PlanEdits.removing;
import static org.tuopin.examples.plans.PlanEdits.setting;
import static org.tuopin.examples.plans.Seed000Township.JULY;
import static org.tuopin.examples.plans.Seed000Township.NON_POOR;
import static org.tuopin.examples.plans.Seed000Township.PEPPER;
import static org.tuopin.examples.plans.Seed000Township.TOWNSHIP;
import static org.tuopin.examples.plans.Seed000Township.VILLAGES;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Units;
import org.tuopin.indicator.Indicator;
import org.tuopin.indicator.Indicators;
import org.tuopin.plan.CheckRule;
import org.tuopin.plan.Milestone;
import org.tuopin.plan.Plan;
import org.tuopin.plan.PlanCheck;
import org.tuopin.plan.PlanLevel;
import org.tuopin.plan.PlanReview;
import org.tuopin.plan.ProgressReport;
import org.tuopin.plan.Target;
import org.tuopin.plan.TargetStatus;

/** Seed 000: every allocation of §三 adds up, and the timetable's one inconsistency is found. */
class Seed000TownshipTest {

  private static final Plan PLAN = Seed000Township.plan();
  private static final PlanReview REVIEW = PLAN.check();

  private static Quantity q(String text) {
    return Quantity.parse(text);
  }

  /** §三's allocations: the township's figure and the number of parts it is split into. */
  private static final Map<Indicator, Object[]> ALLOCATIONS = Map.ofEntries(
      Map.entry(PEPPER, new Object[] {"8700 亩", 5}),
      Map.entry(Indicators.ROADS_HARDENED, new Object[] {"10.2 公里", 4}),
      Map.entry(Indicators.ROADS_BUILT, new Object[] {"7 公里", 3}),
      Map.entry(Indicators.ROADS_IMPROVED, new Object[] {"8 公里", 2}),
      Map.entry(Indicators.HOUSES_RENOVATED, new Object[] {"200 户", 3}),
      Map.entry(Indicators.livestock("黄牛", Units.HEAD), new Object[] {"200 头", 2}),
      Map.entry(Seed000Township.PIG_FARMERS, new Object[] {"5 户", 4}),
      Map.entry(Seed000Township.POULTRY_FARMERS, new Object[] {"4 户", 4}),
      Map.entry(Seed000Township.HAZARD_SITES, new Object[] {"3 处", 3}),
      Map.entry(Seed000Township.VILLAGE_CENTRES, new Object[] {"5 个", 5}),
      Map.entry(Indicators.VILLAGES_EXITED, new Object[] {"2 村", 2}));

  @Test
  public void test_everyAllocationOfSection3AddsUp() {
    List<PlanCheck> partsAddUp = REVIEW.of(CheckRule.PARTS_ADD_UP);
    assertThat(partsAddUp).hasSize(ALLOCATIONS.size());
    ALLOCATIONS.forEach((indicator, expected) -> {
      PlanCheck c = finding(REVIEW, CheckRule.PARTS_ADD_UP, TOWNSHIP, indicator);
      assertThat(c.status()).as("%s", indicator).isEqualTo(Tristate.MET);
      assertThat(c.expected()).as("%s", indicator).contains(q((String) expected[0]));
      assertThat(c.actual().orElseThrow().compareTo(q((String) expected[0]))).as("%s", indicator).isZero();
      assertThat(c.difference().orElseThrow().isZero()).isTrue();
      assertThat(c.message().en()).contains("the " + expected[1] + " parts add up");
    });
  }

  @Test
  public void test_thePepperAllocation_1200_2000_1500_2500_1500() {
    String[] byVillage = {"1200 亩", "2000 亩", "1500 亩", "2500 亩", "1500 亩"};
    for (int i = 0; i < VILLAGES.size(); i++) {
      Plan village = PLAN.find(VILLAGES.get(i)).orElseThrow();
      assertThat(village.targets()).filteredOn(t -> t.indicator().equals(PEPPER)).extracting(Target::quantity)
          .containsExactly(q(byVillage[i]));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0|1100 亩|-100 亩",
      "3|2400 亩|-100 亩",
      "4|1499.5 亩|-0.5 亩",
  })
  public void test_aShortVillageAllocationIsReportedWithTheDifference(int village, String quantity, String difference) {
    Plan changed = edit(PLAN, VILLAGES.get(village), setting(PEPPER, VILLAGES.get(village), q(quantity)));
    PlanCheck c = finding(changed.check(), CheckRule.PARTS_ADD_UP, TOWNSHIP, PEPPER);
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.difference()).contains(q(difference));
  }

  @Test
  public void test_housesRenovated_75_60_andTheNonPoorVillages65() {
    assertThat(PLAN.targets()).filteredOn(t -> t.scope().equals(NON_POOR)).extracting(Target::quantity)
        .containsExactly(q("65 户"));
    Plan without = edit(PLAN, TOWNSHIP, removing(Indicators.HOUSES_RENOVATED, NON_POOR));
    PlanCheck c = finding(without.check(), CheckRule.PARTS_ADD_UP, TOWNSHIP, Indicators.HOUSES_RENOVATED);
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.actual()).contains(q("135 户"));
    assertThat(c.difference()).contains(q("-65 户"));
  }

  @Test
  public void test_roadsHardened_theTimetables52kmAreTheFirstTwoVillages() {
    // §四: 完成村、村共5.2公里水泥路硬化 by the end of July = 3.2 + 2 of §三
    Milestone july = PLAN.milestones().stream().filter(m -> m.indicator().equals(Indicators.ROADS_HARDENED))
        .findFirst().orElseThrow();
    assertThat(july.date()).isEqualTo(JULY);
    Quantity dueInJuly = Quantity.sum(PLAN.children().stream().flatMap(c -> c.targets().stream())
        .filter(t -> t.indicator().equals(Indicators.ROADS_HARDENED) && t.deadline().equals(JULY))
        .map(Target::quantity).toList());
    assertThat(dueInJuly.compareTo(july.quantity())).isZero();
    assertThat(finding(REVIEW, CheckRule.MILESTONE_ORDER, TOWNSHIP, Indicators.ROADS_HARDENED).isMet()).isTrue();
  }

  @Test
  public void test_theOnlyProblem_isNearly10000MuOfPepperByApril() {
    assertThat(REVIEW.problems()).hasSize(1);
    PlanCheck c = REVIEW.problems().get(0);
    assertThat(c.rule()).isEqualTo(CheckRule.MILESTONE_ORDER);
    assertThat(c.subject()).isEqualTo(PEPPER.label());
    assertThat(c.actual()).contains(q("10000 亩"));
    assertThat(c.expected()).contains(q("8700 亩"));
    assertThat(c.difference()).contains(q("1300 亩"));
    assertThat(REVIEW.unknowns()).isEmpty();
    // had §四 said 8,700 亩 by April, the plan would be clean
    Plan consistent = Plan.builder().from(PLAN).milestones(PLAN.milestones().stream()
        .map(m -> m.indicator().equals(PEPPER) ? Milestone.builder().from(m).quantity(q("8700 亩")).build() : m)
        .toList()).build();
    assertThat(consistent.check().isClean()).isTrue();
  }

  @Test
  public void test_figuresOfTheSeed() {
    assertThat(PLAN.budget()).contains(q("3000 万元"));
    assertThat(PLAN.registeredHouseholds()).hasValue(603);
    assertThat(PLAN.registeredPeople()).hasValue(1807);
    assertThat(PLAN.period().toString()).isEqualTo("2016-03-01/2016-12-31");
    assertThat(PLAN.targets()).filteredOn(t -> t.indicator().equals(Indicators.PEOPLE_EXITED))
        .extracting(Target::quantity).containsExactly(q("800 人"));
    assertThat(PLAN.projects()).hasSize(7);
    assertThat(Examples.plansByLevel(PLAN)).containsEntry(PlanLevel.TOWNSHIP, 1L).containsEntry(PlanLevel.VILLAGE, 5L);
  }

  @Test
  public void test_progressOnTheFirstOfAugust() {
    ProgressReport r = PLAN.progress(Seed000Township.observations(), Seed000Township.REPORT_DATE, 1);
    assertThat(r.row(Indicators.ROADS_HARDENED).orElseThrow().actual()).contains(q("4.7 公里"));
    assertThat(r.row(Indicators.ROADS_HARDENED).orElseThrow().status()).isEqualTo(TargetStatus.BEHIND);
    assertThat(r.row(Seed000Township.CULTURE_ROOMS).orElseThrow().status()).isEqualTo(TargetStatus.MISSED);
    assertThat(r.row(Seed000Township.VILLAGE_CENTRES).orElseThrow().status()).isEqualTo(TargetStatus.ACHIEVED);
    assertThat(r.row(PEPPER).orElseThrow().actual()).contains(q("8600 亩"));
    assertThat(r.date()).isEqualTo(LocalDate.of(2016, 8, 1));
  }
}
