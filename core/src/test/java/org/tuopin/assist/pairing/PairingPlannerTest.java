package org.tuopin.assist.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Language;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.ExitStatus;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.testing.Fixtures;

/** Worked pairing cases under the ganyu quotas, in a county of two townships. */
class PairingPlannerTest {

  private static final RegionCode COUNTY = RegionCode.parse("320707000000");
  private static final RegionCode TOWNSHIP_A = RegionCode.parse("320707105000");
  private static final RegionCode TOWNSHIP_B = RegionCode.parse("320707106000");
  private static final RegionCode A1 = RegionCode.parse("320707105201");
  private static final RegionCode A2 = RegionCode.parse("320707105202");
  private static final RegionCode B1 = RegionCode.parse("320707106201");

  private static Household household(String id, RegionCode village) {
    return Fixtures.householdBuilder(id, 3, 2016, Yuan.of(3000)).village(village).build();
  }

  private static List<Household> households(String prefix, RegionCode village, int n) {
    List<Household> hs = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      hs.add(household(prefix + i, village));
    }
    return hs;
  }

  private static Cadre cadre(String id, Rank rank, RegionCode home) {
    return Cadre.of(CadreId.of(id), rank, home);
  }

  private static CadreId helperOf(PairingPlan plan, String household) {
    return plan.pairing(HouseholdId.of(household)).orElseThrow().cadre();
  }

  @Test
  void test_plan_prefersTheSameVillageThenTheSameTownship() {
    List<Household> hs = new ArrayList<>(households("a1-", A1, 3));
    hs.add(household("a2-1", A2));
    List<Cadre> cadres = List.of(cadre("v1", Ranks.VILLAGE_CADRE, A1), cadre("s1", Ranks.TOWNSHIP_STAFF, TOWNSHIP_A),
        cadre("v9", Ranks.VILLAGE_CADRE, B1));

    PairingPlan plan = PairingPlanner.of(QuotaPolicies.GANYU).plan(hs, cadres);

    assertThat(helperOf(plan, "a1-1")).hasToString("v1");
    assertThat(helperOf(plan, "a1-2")).hasToString("v1");
    assertThat(helperOf(plan, "a1-3")).hasToString("s1");
    assertThat(helperOf(plan, "a2-1")).hasToString("s1");
    assertThat(plan.pairs(CadreId.of("v9"))).isEmpty();
    assertThat(plan.proximityCounts()).containsEntry(Proximity.SAME_VILLAGE, 2L)
        .containsEntry(Proximity.SAME_TOWNSHIP, 2L).containsEntry(Proximity.SAME_COUNTY, 0L);
    assertThat(plan.isComplete()).isTrue();
    assertThat(plan.coverage().status()).isEqualTo(Tristate.MET);
    assertThat(plan.spare()).containsEntry(Ranks.VILLAGE_CADRE, 2L).containsEntry(Ranks.TOWNSHIP_STAFF, 1L);
  }

  @Test
  void test_plan_fillsSeniorRanksFirstThenById() {
    List<Household> hs = households("a1-", A1, 6);
    List<Cadre> cadres = List.of(cadre("z", Ranks.VILLAGE_CADRE, A1), cadre("b", Ranks.TOWNSHIP_LEADER, A1),
        cadre("a", Ranks.TOWNSHIP_LEADER, A1));

    PairingPlan plan = PairingPlanner.of(QuotaPolicies.GANYU).plan(hs, cadres);

    assertThat(plan.pairs()).extracting(p -> p.cadre().toString()).containsExactly("a", "a", "a", "a", "b", "b");
  }

  @Test
  void test_plan_linksAWeakVillageToACountyLeaderWhoThenHelpsThere() {
    List<Household> hs = new ArrayList<>(households("b1-", B1, 6));
    hs.addAll(households("a1-", A1, 2));
    List<Cadre> cadres = List.of(cadre("k", Ranks.COUNTY_LEADER, COUNTY), cadre("p", Ranks.TOWNSHIP_PRINCIPAL, TOWNSHIP_A));

    PairingPlan plan = PairingPlanner.builder().policy(QuotaPolicies.GANYU).addWeakVillages(B1).build().plan(hs, cadres);

    assertThat(plan.links()).containsExactly(VillageLink.of(B1, CadreId.of("k")));
    assertThat(plan.place(CadreId.of("k"))).isEqualTo(B1);
    assertThat(plan.pairs(CadreId.of("k"))).extracting(p -> p.household().toString())
        .containsExactly("b1-1", "b1-2", "b1-3", "b1-4", "b1-5");
    assertThat(plan.pairs(CadreId.of("p"))).extracting(p -> p.household().toString())
        .containsExactly("a1-1", "a1-2", "b1-6");
    assertThat(plan.proximityCounts()).containsEntry(Proximity.SAME_VILLAGE, 5L)
        .containsEntry(Proximity.SAME_TOWNSHIP, 2L).containsEntry(Proximity.SAME_COUNTY, 1L);
    assertThat(plan.shortfall().isEmpty()).isTrue();
  }

  @Test
  void test_plan_reportsTheShortfallByRank() {
    List<Household> hs = new ArrayList<>(households("a1-", A1, 7));
    hs.addAll(households("b1-", B1, 3));
    RegionCode weak = RegionCode.parse("320707106202");

    PairingPlan anywhere = PairingPlanner.builder().policy(QuotaPolicies.GANYU).addWeakVillages(weak).build()
        .plan(hs, List.of());
    assertThat(anywhere.shortfall().households()).hasSize(10);
    assertThat(anywhere.shortfall().cadresNeeded()).containsExactly(Map.entry(Ranks.COUNTY_LEADER, 2L),
        Map.entry(Ranks.TOWNSHIP_PRINCIPAL, 2L), Map.entry(Ranks.TOWNSHIP_LEADER, 3L),
        Map.entry(Ranks.TOWNSHIP_STAFF, 4L), Map.entry(Ranks.VILLAGE_CADRE, 5L));
    assertThat(anywhere.shortfall().villages()).containsExactly(weak);
    assertThat(anywhere.shortfall().cadresNeededForVillages()).containsExactly(Map.entry(Ranks.COUNTY_LEADER, 1L));
    assertThat(anywhere.coverage().missing()).isEqualTo(10);

    PairingPlan byTownship = PairingPlanner.builder().policy(QuotaPolicies.GANYU).scope(RegionLevel.TOWNSHIP).build()
        .plan(hs, List.of());
    assertThat(byTownship.shortfall().by(RegionLevel.TOWNSHIP)).containsExactly(Map.entry(TOWNSHIP_A, 7),
        Map.entry(TOWNSHIP_B, 3));
    assertThat(byTownship.shortfall().cadresNeeded()).containsEntry(Ranks.TOWNSHIP_PRINCIPAL, 3L)
        .containsEntry(Ranks.VILLAGE_CADRE, 6L).containsEntry(Ranks.TOWNSHIP_STAFF, 4L);
    assertThat(byTownship.shortfall().explain(Language.ZH)).startsWith("未结对 10 户；需增加（任选一职级）：")
        .contains("镇党政主要负责人 3", "村党员干部 6");
    assertThat(byTownship.shortfall().explain(Language.EN)).startsWith("10 households left")
        .contains("village Party cadre 6");
  }

  @Test
  void test_shortfall_saysWhenNoRankOfThePolicyLinksVillages() {
    QuotaPolicy households = QuotaPolicy.builder().key("households_only").name(org.tuopin.basics.Text.of("只结对"))
        .quota(Ranks.VILLAGE_CADRE, Quota.of(2)).build();
    PairingPlan plan = PairingPlanner.builder().policy(households).addWeakVillages(B1).build()
        .plan(List.of(), List.of(cadre("v", Ranks.VILLAGE_CADRE, B1)));
    assertThat(plan.shortfall().villages()).containsExactly(B1);
    assertThat(plan.shortfall().cadresNeededForVillages()).isEmpty();
    assertThat(plan.shortfall().explain(Language.EN))
        .isEqualTo("1 weak villages without a link; more cadres needed: no rank of the policy carries them");
  }

  @Test
  void test_plan_withAScopeStaysWithinTheScopeRegionOrTheCadresOwnLargerPlace() {
    List<Household> hs = households("b1-", B1, 3);
    Cadre village = cadre("v", Ranks.VILLAGE_CADRE, A1);
    Cadre countyLeader = cadre("k", Ranks.COUNTY_LEADER, COUNTY);
    Cadre neighbour = cadre("n", Ranks.TOWNSHIP_STAFF, RegionCode.parse("320721101000"));
    List<Cadre> cadres = List.of(village, countyLeader, neighbour);

    PairingPlan byTownship = PairingPlanner.builder().policy(QuotaPolicies.GANYU).scope(RegionLevel.TOWNSHIP).build()
        .plan(hs, cadres);
    assertThat(byTownship.pairs()).extracting(p -> p.cadre().toString()).containsExactly("k", "k", "k");

    PairingPlan byCounty = PairingPlanner.builder().policy(QuotaPolicies.GANYU).scope(RegionLevel.COUNTY).build()
        .plan(households("b1-", B1, 8), cadres);
    assertThat(byCounty.pairs()).extracting(p -> p.cadre().toString())
        .containsExactly("k", "k", "k", "k", "k", "v", "v");
    assertThat(byCounty.shortfall().households()).hasSize(1);

    PairingPlan anywhere = PairingPlanner.of(QuotaPolicies.GANYU).plan(households("b1-", B1, 8), cadres);
    assertThat(anywhere.pairs()).hasSize(8);
    assertThat(anywhere.proximityCounts()).containsEntry(Proximity.SAME_PREFECTURE, 1L);
  }

  @Test
  void test_plan_leavesOutHouseholdsThatAreNotPoor() {
    Household exited = Fixtures.householdBuilder("gone", 2, 2016, Yuan.of(9000)).village(A1)
        .exitStatus(ExitStatus.EXITED).build();
    Household returned = Fixtures.householdBuilder("back", 2, 2016, Yuan.of(900)).village(A1)
        .exitStatus(ExitStatus.RETURNED).build();

    PairingPlan plan = PairingPlanner.of(QuotaPolicies.GANYU)
        .plan(List.of(exited, returned), List.of(cadre("v", Ranks.VILLAGE_CADRE, A1)));

    assertThat(plan.pairs()).extracting(p -> p.household().toString()).containsExactly("back");
  }

  @Test
  void test_replan_keepsPairsReleasesTheGoneAndUpdatesAMovedHouseholdsVillage() {
    PairingPlanner planner = PairingPlanner.of(QuotaPolicies.GANYU);
    List<Household> hs = households("a1-", A1, 4);
    List<Cadre> cadres = List.of(cadre("v1", Ranks.VILLAGE_CADRE, A1), cadre("v2", Ranks.VILLAGE_CADRE, A1));
    PairingPlan first = planner.plan(hs, cadres);
    assertThat(first.pairs()).extracting(p -> p.cadre().toString()).containsExactly("v1", "v1", "v2", "v2");

    Household moved = household("a1-2", A2);
    Household exited = Household.builder().from(hs.get(0)).exitStatus(ExitStatus.EXITED).build();
    List<Household> now = List.of(exited, moved, hs.get(2), hs.get(3), household("a1-5", A1));
    List<Cadre> staff = List.of(cadre("v2", Ranks.VILLAGE_CADRE, A1), cadre("v3", Ranks.VILLAGE_CADRE, A1));

    PairingPlan second = planner.replan(first, now, staff);

    assertThat(second.releasedPairs()).containsOnly(
        Map.entry(first.pairing(HouseholdId.of("a1-1")).orElseThrow(), Release.HOUSEHOLD_GONE),
        Map.entry(first.pairing(HouseholdId.of("a1-2")).orElseThrow(), Release.CADRE_GONE));
    assertThat(helperOf(second, "a1-3")).hasToString("v2");
    assertThat(helperOf(second, "a1-4")).hasToString("v2");
    assertThat(helperOf(second, "a1-2")).hasToString("v3");
    assertThat(second.pairing(HouseholdId.of("a1-2")).orElseThrow().village()).isEqualTo(A2);
    assertThat(helperOf(second, "a1-5")).hasToString("v3");
    assertThat(second.explain(Language.EN)).contains("existing pairs released: 2");
  }

  @Test
  void test_replan_fromPairsRecordedElsewhereKeepsTheirVillageUpToDate() {
    Pairing recorded = Pairing.of(HouseholdId.of("a1-1"), A2, CadreId.of("v1"));

    PairingPlan plan = PairingPlanner.of(QuotaPolicies.GANYU).replan(List.of(recorded), List.of(),
        households("a1-", A1, 1), List.of(cadre("v1", Ranks.VILLAGE_CADRE, B1)));

    assertThat(plan.pairs()).containsExactly(Pairing.of(HouseholdId.of("a1-1"), A1, CadreId.of("v1")));
    assertThat(plan.proximityCounts()).containsEntry(Proximity.SAME_COUNTY, 1L);
  }

  @Test
  void test_replan_releasesLinksOfVillagesNoLongerWeak() {
    List<Cadre> cadres = List.of(cadre("k", Ranks.COUNTY_LEADER, COUNTY));
    PairingPlan first = PairingPlanner.builder().policy(QuotaPolicies.GANYU).addWeakVillages(B1).build()
        .plan(List.of(), cadres);
    PairingPlan second = PairingPlanner.builder().policy(QuotaPolicies.GANYU).addWeakVillages(A1).build()
        .replan(first, List.of(), cadres);

    assertThat(second.releasedLinks()).containsOnly(Map.entry(VillageLink.of(B1, CadreId.of("k")), Release.VILLAGE_GONE));
    assertThat(second.links()).containsExactly(VillageLink.of(A1, CadreId.of("k")));
  }

  @Test
  void test_plan_rejectsDuplicateIdsAndUnknownRanks() {
    PairingPlanner planner = PairingPlanner.of(QuotaPolicies.GANYU);
    Cadre v = cadre("v", Ranks.VILLAGE_CADRE, A1);
    assertThatThrownBy(() -> planner.plan(List.of(household("h", A1), household("h", A2)), List.of(v)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'h'");
    assertThatThrownBy(() -> planner.plan(List.of(), List.of(v, cadre("v", Ranks.TOWNSHIP_STAFF, A2))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cadre id is listed twice: 'v'");
    Rank ranger = Rank.of("forest_ranger", "护林员", "forest ranger");
    assertThatThrownBy(() -> planner.plan(List.of(), List.of(cadre("r", ranger, A1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'forest_ranger'").hasMessageContaining("ganyu").hasMessageContaining("village_cadre");
    Pairing p = Pairing.of(HouseholdId.of("h"), A1, CadreId.of("v"));
    Pairing q = Pairing.of(HouseholdId.of("h"), A1, CadreId.of("w"));
    assertThatThrownBy(() -> planner.replan(List.of(p, q), List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'h' twice");
    assertThatThrownBy(() -> PairingPlanner.builder().policy(QuotaPolicies.GANYU).addWeakVillages(TOWNSHIP_A).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("320707105000");
    assertThatThrownBy(() -> planner.plan(null, List.of())).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("households");
  }

  @Test
  void test_explain_summarisesInBothLanguages() {
    PairingPlan plan = PairingPlanner.of(QuotaPolicies.GANYU)
        .plan(households("a1-", A1, 3), List.of(cadre("v", Ranks.VILLAGE_CADRE, A1)));
    assertThat(plan.explain(Language.ZH)).contains("结对 2 户（同村 2）", "帮扶责任人 1 人", "✗ 结对帮扶覆盖率：要求 达到 100.00%，实际 66.67%（2 / 3）",
        "未结对 1 户");
    assertThat(plan.explain(Language.EN)).contains("2 households paired (same village 2)", "1 households left");
    assertThat(plan).hasToString("PairingPlan{policy=ganyu, pairs=2, links=0, left=1}");
  }
}
