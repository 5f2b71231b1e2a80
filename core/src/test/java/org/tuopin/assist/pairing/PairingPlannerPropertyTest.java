package org.tuopin.assist.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuopin.testing.Theories.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.tuopin.basics.Tristate;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.testing.AssistGenerators;
import org.tuopin.testing.AssistGenerators.PairingScenario;

/**
 * Properties of the pairing planner, checked on generated regions, households and cadres
 * against the rules of the policy, counted here rather than taken from the plan.
 */
class PairingPlannerPropertyTest {

  private static final int EXAMPLES = 300;
  private static final QuotaPolicy GANYU = QuotaPolicies.GANYU;

  private static PairingPlanner planner(PairingScenario s) {
    return PairingPlanner.builder().policy(GANYU).weakVillages(s.weakVillages()).build();
  }

  private static List<Household> poor(List<Household> households) {
    return households.stream().filter(Household::isPoor).collect(Collectors.toList());
  }

  private static long capacity(List<Cadre> cadres) {
    return cadres.stream().mapToLong(c -> GANYU.quota(c.rank()).households()).sum();
  }

  /** Counts each cadre's households and villages in the plan and compares them with the policy's quotas. */
  private static void assertWithinQuotas(PairingPlan plan, List<Cadre> cadres) {
    Map<CadreId, Long> households = plan.pairs().stream()
        .collect(Collectors.groupingBy(Pairing::cadre, Collectors.counting()));
    Map<CadreId, Long> villages = plan.links().stream()
        .collect(Collectors.groupingBy(VillageLink::cadre, Collectors.counting()));
    for (Cadre c : cadres) {
      Quota q = GANYU.quota(c.rank());
      assertThat(households.getOrDefault(c.id(), 0L)).as("households of %s", c).isLessThanOrEqualTo(q.households());
      assertThat(villages.getOrDefault(c.id(), 0L)).as("villages of %s", c).isLessThanOrEqualTo(q.villages());
    }
    Set<CadreId> ids = cadres.stream().map(Cadre::id).collect(Collectors.toSet());
    assertThat(households.keySet()).isSubsetOf(ids);
    assertThat(villages.keySet()).isSubsetOf(ids);
  }

  @Test
  void property_noCadreCarriesMoreThanTheQuotaOfTheirRank() {
    qt(EXAMPLES).forAll(AssistGenerators.pairingScenarios()).checkAssert(s -> {
      PairingPlan plan = planner(s).plan(s.households(), s.cadres());
      assertWithinQuotas(plan, s.cadres());
      List<Household> more = new ArrayList<>(s.households());
      more.addAll(s.added());
      assertWithinQuotas(planner(s).replan(plan, more, s.cadres()), s.cadres());
    });
  }

  @Test
  void property_noCadreCarriesMoreThanTheQuotaOfTheirRankWhenTheirRankFalls() {
    qt(EXAMPLES).forAll(AssistGenerators.pairingScenarios()).checkAssert(s -> {
      PairingPlan plan = planner(s).plan(s.households(), s.cadres());
      List<Cadre> demoted = s.cadres().stream()
          .map(c -> Cadre.builder().from(c).rank(Ranks.VILLAGE_CADRE).build()).collect(Collectors.toList());
      PairingPlan after = planner(s).replan(plan, s.households(), demoted);
      assertWithinQuotas(after, demoted);
      for (Pairing p : plan.pairs()) {
        assertThat(after.pairs().contains(p) || after.releasedPairs().get(p) == Release.OVER_QUOTA).as("%s", p).isTrue();
      }
    });
  }

  @Test
  void property_everyPoorHouseholdIsPairedWheneverTheQuotasSuffice() {
    qt(EXAMPLES).forAll(AssistGenerators.pairingScenarios()).checkAssert(s -> {
      PairingPlan plan = planner(s).plan(s.households(), s.cadres());
      List<Household> poor = poor(s.households());
      long capacity = capacity(s.cadres());
      assertThat(plan.pairs()).extracting(Pairing::household).doesNotHaveDuplicates()
          .isSubsetOf(poor.stream().map(Household::id).collect(Collectors.toList()));
      assertThat(plan.pairs().size() + plan.shortfall().households().size()).isEqualTo(poor.size());
      assertThat((long) plan.pairs().size()).isEqualTo(Math.min(poor.size(), capacity));
      if (capacity >= poor.size()) {
        assertThat(plan.shortfall().households()).isEmpty();
        assertThat(plan.coverage().status()).isEqualTo(poor.isEmpty() ? Tristate.UNKNOWN : Tristate.MET);
      } else {
        int left = poor.size() - (int) capacity;
        assertThat(plan.shortfall().households()).hasSize(left);
        GANYU.quotas().forEach((rank, q) ->
            assertThat(plan.shortfall().cadresNeeded()).containsEntry(rank, (long) ((left + q.households() - 1)
                / q.households())));
      }
      for (Pairing p : plan.pairs()) {
        Household h = poor.stream().filter(x -> x.id().equals(p.household())).findFirst().orElseThrow();
        assertThat(p.village()).isEqualTo(h.village());
      }
    });
  }

  @Test
  void property_withATownshipScopeEachTownshipIsCoveredByItsOwnCadresThenByItsCountys() {
    qt(EXAMPLES).forAll(AssistGenerators.pairingScenarios()).checkAssert(s -> {
      PairingPlan plan = PairingPlanner.builder().policy(GANYU).scope(RegionLevel.TOWNSHIP).build()
          .plan(s.households(), s.cadres());
      Map<RegionCode, Long> demand = poor(s.households()).stream()
          .collect(Collectors.groupingBy(h -> h.village().at(RegionLevel.TOWNSHIP), Collectors.counting()));
      Map<RegionCode, Long> townshipSupply = new HashMap<>();
      Map<RegionCode, Long> countySupply = new HashMap<>();
      for (Cadre c : s.cadres()) {
        long q = GANYU.quota(c.rank()).households();
        if (c.home().level().compareTo(RegionLevel.TOWNSHIP) >= 0) {
          townshipSupply.merge(c.home().at(RegionLevel.TOWNSHIP), q, Long::sum);
        } else {
          countySupply.merge(c.home(), q, Long::sum);
        }
      }
      Map<RegionCode, Long> shortOfTownships = new HashMap<>();
      demand.forEach((township, n) -> shortOfTownships.merge(township.at(RegionLevel.COUNTY),
          Math.max(0, n - townshipSupply.getOrDefault(township, 0L)), Long::sum));
      Map<RegionCode, Integer> left = plan.shortfall().by(RegionLevel.COUNTY);
      shortOfTownships.forEach((county, n) -> assertThat(left.getOrDefault(county, 0).longValue()).as("left in %s", county)
          .isEqualTo(Math.max(0, n - countySupply.getOrDefault(county, 0L))));
      for (Pairing p : plan.pairs()) {
        RegionCode place = plan.place(p.cadre());
        if (place.level().compareTo(RegionLevel.TOWNSHIP) >= 0) {
          assertThat(place.at(RegionLevel.TOWNSHIP)).as("%s", p).isEqualTo(p.village().at(RegionLevel.TOWNSHIP));
        } else {
          assertThat(place.contains(p.village())).as("%s", p).isTrue();
        }
      }
    });
  }

  @Test
  void property_asManyHouseholdsAsPossibleArePairedInTheirOwnVillage() {
    qt(EXAMPLES).forAll(AssistGenerators.pairingScenarios()).checkAssert(s -> {
      PairingPlan plan = PairingPlanner.of(GANYU).plan(s.households(), s.cadres());
      Map<RegionCode, Long> demand = poor(s.households()).stream()
          .collect(Collectors.groupingBy(Household::village, Collectors.counting()));
      Map<RegionCode, Long> supply = new HashMap<>();
      for (Cadre c : s.cadres()) {
        if (c.home().level() == RegionLevel.VILLAGE) {
          supply.merge(c.home(), (long) GANYU.quota(c.rank()).households(), Long::sum);
        }
      }
      long best = demand.entrySet().stream().mapToLong(e -> Math.min(e.getValue(), supply.getOrDefault(e.getKey(), 0L)))
          .sum();
      assertThat(plan.proximityCounts().get(Proximity.SAME_VILLAGE)).isEqualTo(best);
    });
  }

  @Test
  void property_replanningAfterAddingHouseholdsNeverMovesAnExistingPair() {
    qt(EXAMPLES).forAll(AssistGenerators.pairingScenarios()).checkAssert(s -> {
      PairingPlanner planner = planner(s);
      PairingPlan before = planner.plan(s.households(), s.cadres());
      List<Household> more = new ArrayList<>(s.households());
      more.addAll(s.added());
      PairingPlan after = planner.replan(before, more, s.cadres());
      assertThat(after.pairs()).containsAll(before.pairs());
      assertThat(after.links()).containsAll(before.links());
      assertThat(after.releasedPairs()).isEmpty();
      assertThat(after.pairs().size() + after.shortfall().households().size()).isEqualTo(poor(more).size());
    });
  }

  @Test
  void property_replanningTheSameInputKeepsThePlan() {
    qt(EXAMPLES).forAll(AssistGenerators.pairingScenarios()).checkAssert(s -> {
      PairingPlanner planner = planner(s);
      PairingPlan plan = planner.plan(s.households(), s.cadres());
      assertThat(planner.replan(plan, s.households(), s.cadres())).isEqualTo(plan);
    });
  }

  @Test
  void property_theSameInputGivesTheSamePlanWhateverTheOrder() {
    qt(EXAMPLES).forAll(AssistGenerators.pairingScenarios(), SourceDSL.longs().all()).checkAssert((s, seed) -> {
      PairingPlanner planner = planner(s);
      List<Household> households = new ArrayList<>(s.households());
      List<Cadre> cadres = new ArrayList<>(s.cadres());
      Collections.shuffle(households, new Random(seed));
      Collections.shuffle(cadres, new Random(seed + 1));
      PairingPlan shuffled = planner.plan(households, cadres);
      PairingPlan plan = planner.plan(s.households(), s.cadres());
      assertThat(shuffled).isEqualTo(plan);
      assertThat(shuffled.pairs()).extracting(Pairing::household).isSorted();
      assertThat(planner.plan(s.households(), s.cadres()).pairs()).isEqualTo(plan.pairs());
    });
  }

  @Test
  void property_releasedPairsAreExactlyThoseWhoseHouseholdOrCadreIsGone() {
    qt(EXAMPLES).forAll(AssistGenerators.pairingScenarios(), SourceDSL.integers().between(0, 3))
        .checkAssert((s, drop) -> {
          PairingPlanner planner = planner(s);
          PairingPlan before = planner.plan(s.households(), s.cadres());
          List<Cadre> fewer = s.cadres().subList(Math.min(drop, s.cadres().size()), s.cadres().size());
          List<Household> remaining = s.households().subList(Math.min(drop, s.households().size()),
              s.households().size());
          PairingPlan after = planner.replan(before, remaining, fewer);
          Set<CadreId> kept = fewer.stream().map(Cadre::id).collect(Collectors.toSet());
          Set<HouseholdId> still = poor(remaining).stream().map(Household::id).collect(Collectors.toSet());
          for (Pairing p : before.pairs()) {
            boolean keep = kept.contains(p.cadre()) && still.contains(p.household());
            assertThat(after.pairs().contains(p)).as("%s kept", p).isEqualTo(keep);
            assertThat(after.releasedPairs().containsKey(p)).as("%s released", p).isEqualTo(!keep);
          }
        });
  }
}
