package org.tuopin.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tuopin.assist.pairing.Cadre;
import org.tuopin.assist.pairing.CadreId;
import org.tuopin.assist.pairing.Pairing;
import org.tuopin.assist.pairing.Proximity;
import org.tuopin.assist.pairing.QuotaPolicies;
import org.tuopin.assist.pairing.QuotaPolicy;
import org.tuopin.region.RegionCode;

/**
 * The benchmark's problem and peers, on a small problem. Nothing here is timed: the
 * benchmark reports times as ratios when run as a program.
 */
class PairingBenchmarkTest {

  private static final PairingBenchmark.Problem PROBLEM = PairingBenchmark.problem(3_000, 600);

  @Test
  void test_problem_isTheSameEveryTimeAndHasItsSizes() {
    assertThat(PROBLEM.households()).hasSize(3_000);
    assertThat(PROBLEM.added()).hasSize(150);
    assertThat(PROBLEM.cadres()).hasSize(600);
    assertThat(PairingBenchmark.problem(3_000, 600)).isEqualTo(PROBLEM);
  }

  @Test
  void test_plannerAndGreedyPeer_pairAsManyButThePlannerPairsNearer() {
    for (QuotaPolicy policy : new QuotaPolicy[] {QuotaPolicies.GANYU, PairingBenchmark.scaled(3)}) {
      PairingBenchmark.Result r = PairingBenchmark.run(policy, PROBLEM, 0, 1);
      assertThat(r.plan().pairs()).hasSameSizeAs(r.greedyPairs());
      Map<CadreId, RegionCode> home = new HashMap<>();
      PROBLEM.cadres().forEach(c -> home.put(c.id(), c.home()));
      long greedySameVillage = r.greedyPairs().stream().filter(p -> home.get(p.cadre()).equals(p.village())).count();
      assertThat(r.plan().proximityCounts().get(Proximity.SAME_VILLAGE)).isGreaterThan(10 * greedySameVillage);
      assertThat(r.planner()).isPositive();
      assertThat(r.overSort()).isPositive();
    }
  }

  @Test
  void test_greedyPeer_respectsQuotasInInputOrder() {
    QuotaPolicy ganyu = QuotaPolicies.GANYU;
    Map<CadreId, Integer> load = new HashMap<>();
    for (Pairing p : PairingBenchmark.greedy(ganyu, PROBLEM.households(), PROBLEM.cadres())) {
      load.merge(p.cadre(), 1, Integer::sum);
    }
    for (Cadre c : PROBLEM.cadres()) {
      assertThat(load.getOrDefault(c.id(), 0)).isLessThanOrEqualTo(ganyu.quota(c.rank()).households());
    }
    assertThat(PairingBenchmark.scaled(3).quota(org.tuopin.assist.pairing.Ranks.VILLAGE_CADRE).households()).isEqualTo(6);
  }
}
