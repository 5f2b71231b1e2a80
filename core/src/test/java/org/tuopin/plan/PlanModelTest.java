package org.tuopin.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.tuopin.plan.PlanFixtures.END;
import static org.tuopin.plan.PlanFixtures.TOWNSHIP;
import static org.tuopin.plan.PlanFixtures.VILLAGES;
import static org.tuopin.plan.PlanFixtures.atLeast;
import static org.tuopin.plan.PlanFixtures.plan;
import static org.tuopin.plan.PlanFixtures.q;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Units;
import org.tuopin.indicator.Aggregation;
import org.tuopin.indicator.Indicators;

/** The value types of a plan: factories, invariants, unit checks and null arguments. */
class PlanModelTest {

  @Test
  public void test_target() {
    Target t = atLeast(Indicators.cropArea("青花椒"), TOWNSHIP, "8700 亩");
    assertThat(t.isMetBy(q("8700 亩"))).isTrue();
    assertThat(t.isMetBy(q("580 公顷"))).isTrue();
    assertThat(t.isMetBy(q("8699.99 亩"))).isFalse();
    assertThat(t.isRising()).isTrue();
    assertThat(t.requirement().zh()).isEqualTo("达到 8,700 亩");
    assertThat(t.requirement().en()).isEqualTo("at least 8,700 mu");
    assertThat(t.toString()).isEqualTo("Target{crop_area[青花椒] @ 511921105000 ≥ 8700 亩 by 2016-12-31}");
    assertThat(t).isEqualTo(atLeast(Indicators.cropArea("青花椒"), TOWNSHIP, "8700 亩"));
    Target below = PlanFixtures.target(Indicators.INCIDENCE, TOWNSHIP, Comparison.BELOW, "4%");
    assertThat(below.isRising()).isFalse();
    assertThat(below.isMetBy(q("3.99%"))).isTrue();
    assertThat(below.isMetBy(q("4%"))).isFalse();
    Target exactDown = Target.builder().from(PlanFixtures.target(Indicators.REMAINING_POOR, TOWNSHIP,
        Comparison.EXACTLY, "0 人")).baseline(q("1807 人")).build();
    assertThat(exactDown.isRising()).isFalse();
  }

  @Test
  public void test_target_rejectsAQuantityOfAnotherDimension() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> atLeast(Indicators.ROADS_HARDENED, TOWNSHIP, "10.2 亩"))
        .withMessageContaining("公里").withMessageContaining("亩").withMessageContaining("roads_hardened");
    assertThatIllegalArgumentException().isThrownBy(() -> Target.builder()
        .from(atLeast(Indicators.ROADS_HARDENED, TOWNSHIP, "10.2 公里")).baseline(q("3 人")).build())
        .withMessageContaining("baseline");
    assertThatNullPointerException().isThrownBy(() -> Target.of(null, TOWNSHIP, Comparison.AT_LEAST, q("1 人"), END));
  }

  @Test
  public void test_milestone() {
    Target works = atLeast(Indicators.PROJECTS_COMPLETED, TOWNSHIP, "14 个");
    Milestone share = Milestone.of(Indicators.PROJECTS_COMPLETED, TOWNSHIP, LocalDate.of(2016, 6, 30),
        Comparison.AT_LEAST, q("30%"));
    assertThat(share.isShare()).isTrue();
    assertThat(share.valueFor(works)).isEqualTo(q("4.2 个"));
    Milestone value = Milestone.of(Indicators.ROADS_HARDENED, TOWNSHIP, LocalDate.of(2016, 7, 31),
        Comparison.AT_LEAST, q("5200 米"));
    assertThat(value.isShare()).isFalse();
    assertThat(value.valueFor(atLeast(Indicators.ROADS_HARDENED, TOWNSHIP, "10.2 公里"))).isEqualTo(q("5200 米"));
    assertThat(value.requirement().en()).isEqualTo("at least 5,200 m");
    Milestone rate = Milestone.of(Indicators.INCIDENCE, TOWNSHIP, LocalDate.of(2016, 6, 30), Comparison.BELOW, q("8%"));
    assertThat(rate.isShare()).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> Milestone.of(Indicators.ROADS_HARDENED, TOWNSHIP,
        LocalDate.of(2016, 7, 31), Comparison.AT_LEAST, q("5 人"))).withMessageContaining("人").withMessageContaining("公里");
  }

  @Test
  public void test_moneyTypes() {
    Subsidy roads = Subsidy.of(q("40 万元"), Units.KILOMETRE, q("2880 公里"));
    assertThat(roads.total()).isEqualTo(q("115200 万元"));
    assertThat(Subsidy.of(q("40 万元"), Units.KILOMETRE, q("1500 米")).total()).isEqualTo(q("60 万元"));
    assertThat(roads.describe().zh()).isEqualTo("40 万元/公里 × 2,880 公里");
    assertThatIllegalArgumentException().isThrownBy(() -> Subsidy.of(q("40 万元"), Units.KILOMETRE, q("3 亩")))
        .withMessageContaining("公里").withMessageContaining("亩");
    assertThatIllegalArgumentException().isThrownBy(() -> Subsidy.of(q("40 人"), Units.KILOMETRE, q("3 公里")))
        .withMessageContaining("money");
    assertThat(Funding.of("中央财政专项扶贫资金", q("800 万元")).source()).isEqualTo(Text.of("中央财政专项扶贫资金"));
    assertThatIllegalArgumentException().isThrownBy(() -> Funding.of("x", q("800 亩"))).withMessageContaining("亩");
    assertThatIllegalArgumentException().isThrownBy(() -> Project.builder().name("p")
        .category(ProjectCategories.INFRASTRUCTURE).budget(q("3 公里")).build()).withMessageContaining("公里");
    assertThatIllegalArgumentException().isThrownBy(() -> plan("p", TOWNSHIP).budget(q("3 人")).build())
        .withMessageContaining("人");
  }

  @Test
  public void test_categories() {
    assertThat(ProjectCategories.find("infrastructure")).contains(ProjectCategories.INFRASTRUCTURE);
    assertThat(ProjectCategories.find("nothing")).isEmpty();
    assertThat(ProjectCategories.all()).extracting(ProjectCategory::key).doesNotHaveDuplicates();
    assertThat(ProjectCategory.of("tourism", "旅游", "tourism").label().zh()).isEqualTo("旅游");
    assertThatIllegalArgumentException().isThrownBy(() -> ProjectCategory.of("Tour", "旅游", "tourism"))
        .withMessageContaining("'Tour'");
  }

  @Test
  public void test_breakdown() {
    Breakdown b = Breakdown.of(Text.of("五个一批"), ImmutableMap.of("发展生产", q("841 户"), "易地搬迁", q("460 户")));
    assertThat(b.total()).isEqualTo(q("1301 户"));
    Plan withRegistered = plan("p", TOWNSHIP).registeredHouseholds(1436).registeredPeople(5000).build();
    assertThat(b.wholeIn(withRegistered)).contains(q("1436 户"));
    assertThat(b.wholeIn(plan("p", TOWNSHIP).build())).isEmpty();
    Breakdown people = Breakdown.of(Text.of("people"), ImmutableMap.of("a", q("1 人")));
    assertThat(people.wholeIn(withRegistered)).contains(q("5000 人"));
    assertThat(Breakdown.of(Text.of("x"), ImmutableMap.of("a", q("1 个")), q("9 个")).wholeIn(withRegistered))
        .contains(q("9 个"));
    assertThatIllegalArgumentException().isThrownBy(() -> Breakdown.of(Text.of("x"), ImmutableMap.of()))
        .withMessageContaining("at least one");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Breakdown.of(Text.of("x"), ImmutableMap.of("a", q("1 户"), "b", q("1 人"))))
        .withMessageContaining("户").withMessageContaining("人");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Breakdown.of(Text.of("x"), ImmutableMap.of("a", q("1 户")), q("3 人")))
        .withMessageContaining("3 人");
  }

  @Test
  public void test_observation() {
    Observation o = Observation.of(Indicators.investment("整乡推进"), TOWNSHIP, LocalDate.of(2016, 7, 14),
        q("8091.87 万元"));
    assertThat(o.toString()).contains("8091.87 万元");
    assertThatIllegalArgumentException().isThrownBy(() -> Observation.of(Indicators.INVESTMENT, TOWNSHIP,
        LocalDate.of(2016, 7, 14), q("8 亩"))).withMessageContaining("亩").withMessageContaining("万元");
  }

  @Test
  public void test_plan_invariants() {
    Plan child = PlanFixtures.village(0);
    Plan p = plan("乡", TOWNSHIP).addChildren(child).build();
    assertThat(p.level()).isEqualTo(PlanLevel.TOWNSHIP);
    assertThat(p.find(VILLAGES.get(0))).contains(child);
    assertThat(p.find(VILLAGES.get(1))).isEmpty();
    assertThat(p.tree()).containsExactly(p, child);
    assertThat(p.toString()).isEqualTo("Plan{乡, 511921105000, 2016-01-01/2016-12-31, 0 targets, 0 milestones, "
        + "0 projects, 1 children}");
    assertThat(p.oneHouseholdOnePlan()).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> plan("村", VILLAGES.get(0))
        .addChildren(plan("乡", TOWNSHIP).build()).build()).withMessageContaining("511921105000");
    assertThatIllegalArgumentException().isThrownBy(() -> plan("乡", TOWNSHIP)
        .addChildren(plan("乡", TOWNSHIP).build()).build()).withMessageContaining("below");
    assertThatIllegalArgumentException().isThrownBy(() -> plan("乡", TOWNSHIP)
        .addChildren(child, PlanFixtures.village(0)).build()).withMessageContaining("two child plans");
    assertThatIllegalArgumentException().isThrownBy(() -> plan("村", VILLAGES.get(0))
        .addTargets(atLeast(Indicators.PEOPLE_EXITED, VILLAGES.get(1), "3 人")).build())
        .withMessageContaining("511921105202");
    assertThatIllegalArgumentException().isThrownBy(() -> plan("村", VILLAGES.get(0))
        .addMilestones(Milestone.of(Indicators.PEOPLE_EXITED, TOWNSHIP, END, Comparison.AT_LEAST, q("3 人")))
        .build()).withMessageContaining("milestone");
    assertThatIllegalArgumentException().isThrownBy(() -> plan("村", VILLAGES.get(0))
        .addProjects(Project.builder().name("p").category(ProjectCategories.INDUSTRY).scope(TOWNSHIP).build())
        .build()).withMessageContaining("project p");
    assertThatIllegalArgumentException().isThrownBy(() -> plan("村", VILLAGES.get(0)).registeredHouseholds(-1).build())
        .withMessageContaining("negative");
    assertThatIllegalArgumentException().isThrownBy(() -> p.progress(List.of(), END, -1))
        .withMessageContaining("-1");
  }

  @Test
  public void test_planCheck_explain() {
    PlanCheck c = PlanCheck.builder().rule(CheckRule.FUNDING).plan(Text.of("乡", "township")).scope(TOWNSHIP)
        .subject(Text.of("道路", "roads")).status(Tristate.NOT_MET)
        .message(Text.of("缺口 1 万元", "a gap of 1 wan yuan")).build();
    assertThat(c.explain(Language.ZH)).isEqualTo("✗ [资金来源合计] 乡 · 道路：缺口 1 万元");
    assertThat(c.explain(Language.EN)).isEqualTo("✗ [funding] township · roads: a gap of 1 wan yuan");
    assertThat(c.isMet()).isFalse();
    assertThat(c.toString()).isEqualTo("funding=NOT_MET @ 511921105000 (a gap of 1 wan yuan)");
    assertThat(CheckRule.PARTS_ADD_UP.key()).isEqualTo("parts_add_up");
    assertThat(TargetStatus.ON_TRACK.key()).isEqualTo("on_track");
    assertThat(Aggregation.RATE.label().zh()).isEqualTo("比率");
  }
}
