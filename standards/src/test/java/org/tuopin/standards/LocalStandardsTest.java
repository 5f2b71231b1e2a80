package org.tuopin.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Language;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.registry.Member;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.Registry;
import org.tuopin.registry.RegistryHistory;
import org.tuopin.registry.Relation;
import org.tuopin.rollup.RegionStats;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.Finding;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;
import org.tuopin.standard.Verdict;
import org.tuopin.village.Facilities;
import org.tuopin.village.Village;
import org.tuopin.village.VillageProfile;

/** Boundaries of every local standard, by the words of its seed document. */
class LocalStandardsTest {

  private static final RegionCode VILLAGE = RegionCode.parse("511921105201");

  private static Household.Builder household(String id, int size, int year, String net) {
    Household.Builder b = Household.builder().id(HouseholdId.of(id)).village(VILLAGE)
        .income(IncomeStatement.of(year, Yuan.parse(net), Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO));
    for (int i = 0; i < size; i++) {
      b.addMembers(Member.of(PersonId.of(id + "-" + i), i == 0 ? Relation.HOUSEHOLDER : Relation.SON));
    }
    return b;
  }

  private static List<String> unmet(Assessment<?> a) {
    return a.unmet().stream().map(Finding::criterion).map(Object::toString).toList();
  }

  private static VillageProfile village(long population, long remaining, Village.Builder record) {
    Village v = record.code(VILLAGE).population(population).build();
    return VillageProfile.of(v, RegionStats.of(VILLAGE, OptionalLong.of(population), 1, remaining, 0, 0));
  }

  @Test
  void test_everySetIsFoundById() {
    assertThat(StandardSets.ids()).extracting(Object::toString).containsExactly("cn.guangxi.2017",
        "cn.hunan.changsha.2015", "cn.jiangsu.ganyu.2016", "cn.national", "cn.sichuan.tongjiang.2016");
    assertThat(StandardSets.of("cn.sichuan.tongjiang.2016")).isSameAs(LocalStandards.TONGJIANG_2016);
  }

  // ---- Ganyu (seed 003): 达到 4,000 ----

  @Test
  void test_ganyu_exactly4000PassesReaches_andFailsAbove() {
    Household exactly = household("G1", 3, 2017, "12000.00").build();
    assertThat(LocalStandards.GANYU_2016.assess(exactly).verdict()).isEqualTo(Verdict.EXIT_ELIGIBLE);
    assertThat(LocalStandards.GANYU_2016.assess(household("G2", 3, 2017, "11999.99").build()).verdict())
        .isEqualTo(Verdict.NOT_ELIGIBLE);
    // The same figure read as 超过 (a derived variant) fails.
    StandardSet above = LocalStandards.GANYU_2016.derive("test.ganyu.above")
        .incomeLine(LocalStandards.GANYU_2016.incomeLine().orElseThrow(), Comparison.ABOVE).build();
    assertThat(above.assess(exactly).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(LocalStandards.GANYU_2016.assess(exactly).findings().get(0).required().zh())
        .isEqualTo("达到 ¥4,000.00（2017年标准）");
  }

  @Test
  void test_ganyu_village_newEightHaves_and150000CollectiveIncomeAtLeast() {
    Village.Builder all = Village.builder().has(Facilities.LEADERSHIP, Facilities.DEVELOPMENT_PLAN,
        Facilities.FARM_FACILITIES, Facilities.LEADING_INDUSTRY, Facilities.INFO_NETWORK, Facilities.CIVILITY,
        Facilities.TIDY_ENVIRONMENT).collectiveIncome(Yuan.of(150_000));
    assertThat(LocalStandards.GANYU_2016.assessVillage(village(2000, 100, all)).verdict())
        .isEqualTo(Verdict.EXIT_ELIGIBLE);
    Village.Builder short1 = Village.builder().from(all.code(VILLAGE).population(2000).build())
        .collectiveIncome(Yuan.parse("149999.99"));
    Assessment<RegionCode> a = LocalStandards.GANYU_2016.assessVillage(village(2000, 100, short1));
    assertThat(unmet(a)).containsExactly("collective_income");
    java.util.Map<org.tuopin.village.Facility, org.tuopin.basics.Tristate> facilities =
        new java.util.HashMap<>(all.code(VILLAGE).population(2000).build().facilities());
    facilities.put(Facilities.DEVELOPMENT_PLAN, org.tuopin.basics.Tristate.NOT_MET);
    Village.Builder noPlan = Village.builder().from(all.code(VILLAGE).population(2000).build())
        .facilities(facilities);
    assertThat(unmet(LocalStandards.GANYU_2016.assessVillage(village(2000, 0, noPlan))))
        .containsExactly("development_plan");
  }

  // ---- Tongjiang (seed 000): 七有, 超过 1 万元, 低于 4% ----

  private static Village.Builder sevenHaves(String collective) {
    return Village.builder().has(Facilities.ROAD, Facilities.WATER, Facilities.ELECTRICITY, Facilities.CLINIC,
        Facilities.CULTURE_ROOM, Facilities.BROADBAND, Facilities.RADIO_TV).collectiveIncome(Yuan.parse(collective));
  }

  @Test
  void test_tongjiang_collectiveIncomeExactly10000FailsAbove() {
    Assessment<RegionCode> exactly = LocalStandards.TONGJIANG_2016.assessVillage(
        village(10_000, 100, sevenHaves("10000")));
    assertThat(exactly.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(unmet(exactly)).containsExactly("collective_income");
    assertThat(LocalStandards.TONGJIANG_2016.assessVillage(village(10_000, 100, sevenHaves("10000.01"))).verdict())
        .isEqualTo(Verdict.EXIT_ELIGIBLE);
  }

  @Test
  void test_tongjiang_incidence3_99PassesBelow4_4_00Fails() {
    assertThat(LocalStandards.TONGJIANG_2016.assessVillage(village(10_000, 399, sevenHaves("20000"))).verdict())
        .isEqualTo(Verdict.EXIT_ELIGIBLE);
    Assessment<RegionCode> at4 = LocalStandards.TONGJIANG_2016.assessVillage(village(10_000, 400, sevenHaves("20000")));
    assertThat(unmet(at4)).containsExactly("incidence");
    assertThat(at4.explain(Language.ZH)).contains("低于 4.00%");
  }

  @Test
  void test_tongjiang_household_needsSevenHaves_andOnlyIn2016() {
    Household h = household("T1", 2, 2016, "7000").met(Conditions.FOOD, Conditions.CLOTHING, Conditions.HOUSING,
        Conditions.WATER, Conditions.MEDICAL, Conditions.EDUCATION, Conditions.ELECTRICITY).build();
    Assessment<HouseholdId> a = LocalStandards.TONGJIANG_2016.assess(h);
    assertThat(a.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(unmet(a)).containsExactly("tv");
    assertThat(LocalStandards.TONGJIANG_2016.assess(Household.builder().from(h).putConditions(Conditions.TV,
        org.tuopin.basics.Tristate.MET).build()).verdict()).isEqualTo(Verdict.EXIT_ELIGIBLE);
    assertThat(LocalStandards.TONGJIANG_2016.assess(household("T2", 2, 2017, "7000").build()).verdict())
        .isEqualTo(Verdict.NOT_COVERED);
  }

  // ---- Changsha (seed 001): 4,000 / 10,000 and two consecutive years ----

  private static Household changsha(int year, String net) {
    return household("C1", 2, year, net).build();
  }

  @Test
  void test_changsha_oneYearAlone_isNotEligible_withObservationUnmet() {
    Assessment<HouseholdId> a = LocalStandards.CHANGSHA_2015.assess(changsha(2016, "9000"));
    assertThat(a.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(unmet(a)).containsExactly("observation");
    assertThat(a.explain(Language.EN)).contains("2 consecutive years", "1 consecutive year (2016)");
  }

  @Test
  void test_changsha_twoYearRule_overAThreeYearHistory() {
    // Meets in 2015 and 2016, fails in 2017.
    RegistryHistory history = RegistryHistory.of(List.of(
        Registry.of(2016, List.of(changsha(2015, "8000"))),
        Registry.of(2017, List.of(changsha(2016, "8000.00"))),
        Registry.of(2018, List.of(changsha(2017, "7999.98")))));
    Assessment<HouseholdId> in2015 = LocalStandards.CHANGSHA_2015.assess(changsha(2015, "8000"), history);
    assertThat(unmet(in2015)).containsExactly("observation");
    Assessment<HouseholdId> in2016 = LocalStandards.CHANGSHA_2015.assess(changsha(2016, "8000.00"), history);
    assertThat(in2016.verdict()).isEqualTo(Verdict.EXIT_ELIGIBLE);
    assertThat(in2016.explain(Language.ZH)).contains("连续 2 年（2015–2016）");
    Assessment<HouseholdId> in2017 = LocalStandards.CHANGSHA_2015.assess(changsha(2017, "7999.98"), history);
    assertThat(unmet(in2017)).containsExactly("income", "observation");

    // A gap year breaks the run: meets in 2015 and 2017 but not 2016.
    RegistryHistory gap = RegistryHistory.of(List.of(
        Registry.of(2016, List.of(changsha(2015, "8000"))),
        Registry.of(2017, List.of(changsha(2016, "100"))),
        Registry.of(2018, List.of(changsha(2017, "8000")))));
    assertThat(unmet(LocalStandards.CHANGSHA_2015.assess(changsha(2017, "8000"), gap))).containsExactly("observation");
  }

  @Test
  void test_changsha_village_10000DisposableIncome_twoYears() {
    VillageProfile meets = village(2000, 50, Village.builder().disposableIncome(Yuan.of(10_000)));
    VillageProfile short1 = village(2000, 50, Village.builder().disposableIncome(Yuan.parse("9999.99")));
    assertThat(unmet(LocalStandards.CHANGSHA_2015.assessVillage(meets))).containsExactly("observation");
    assertThat(LocalStandards.CHANGSHA_2015.assessVillage(new TreeMap<>(java.util.Map.of(2016, meets, 2017, meets)))
        .verdict()).isEqualTo(Verdict.EXIT_ELIGIBLE);
    assertThat(unmet(LocalStandards.CHANGSHA_2015.assessVillage(
        new TreeMap<>(java.util.Map.of(2015, meets, 2016, short1, 2017, meets))))).containsExactly("observation");
  }

  // ---- Guangxi 八有一超 ----

  @Test
  void test_guangxi_eightHavesAndOneAbove() {
    Household.Builder b = household("X1", 2, 2018, "6000.02").met(Conditions.STABLE_INCOME, Conditions.HOUSING,
        Conditions.MEDICAL, Conditions.EDUCATION, Conditions.WATER, Conditions.ROAD, Conditions.ELECTRICITY,
        Conditions.TV);
    assertThat(LocalStandards.GUANGXI_2017.assess(b.build()).verdict()).isEqualTo(Verdict.EXIT_ELIGIBLE);
    // 2 × 2995 = 5990: exactly on the 2018 line is not above it.
    assertThat(unmet(LocalStandards.GUANGXI_2017.assess(household("X2", 2, 2018, "5990.00")
        .met(Conditions.STABLE_INCOME, Conditions.HOUSING, Conditions.MEDICAL, Conditions.EDUCATION, Conditions.WATER,
            Conditions.ROAD, Conditions.ELECTRICITY, Conditions.TV).build()))).containsExactly("income");
    // The roster's national facts alone leave stable income and road unknown.
    Household national = household("X3", 2, 2018, "8000").met(Conditions.FOOD, Conditions.CLOTHING,
        Conditions.HOUSING, Conditions.MEDICAL, Conditions.EDUCATION, Conditions.WATER, Conditions.ELECTRICITY,
        Conditions.TV).build();
    Assessment<HouseholdId> a = LocalStandards.GUANGXI_2017.assess(national);
    assertThat(a.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(unmet(a)).containsExactly("stable_income", "road");
  }

  @Test
  void test_guangxi_village_2_99PassesBelow3() {
    assertThat(LocalStandards.GUANGXI_2017.assessVillage(village(10_000, 299, Village.builder())).verdict())
        .isEqualTo(Verdict.EXIT_ELIGIBLE);
    assertThat(LocalStandards.GUANGXI_2017.assessVillage(village(10_000, 300, Village.builder())).verdict())
        .isEqualTo(Verdict.NOT_ELIGIBLE);
  }

  @Test
  void test_everySet_refusesYearsOutsideItsOwn() {
    assertThatThrownBy(() -> LocalStandards.CHANGSHA_2015.householdCriteria(2018)).hasMessageContaining("2015-2017");
    assertThatThrownBy(() -> LocalStandards.GANYU_2016.householdCriteria(2021)).hasMessageContaining("2016-2020");
    assertThatThrownBy(() -> LocalStandards.GUANGXI_2017.householdCriteria(2016)).hasMessageContaining("2017-2020");
  }
}
