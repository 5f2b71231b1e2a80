package org.tuopin.examples.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.tuopin.assist.pairing.Cadre;
import org.tuopin.assist.pairing.CadreId;
import org.tuopin.assist.pairing.Pairing;
import org.tuopin.assist.pairing.PairingPlan;
import org.tuopin.assist.pairing.PairingPlanner;
import org.tuopin.assist.pairing.Proximity;
import org.tuopin.assist.pairing.Quota;
import org.tuopin.assist.pairing.QuotaPolicies;
import org.tuopin.assist.pairing.QuotaPolicy;
import org.tuopin.assist.pairing.Rank;
import org.tuopin.assist.pairing.Ranks;
import org.tuopin.basics.Text;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.registry.Member;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.Relation;

/**
 * Times the pairing planner on a prefecture-sized problem — by default 100,000 poor
 * households and 20,000 cadres — against two simple peers run on the same data in the same
 * process: a naive greedy pairing (households in input order, each to the next cadre with
 * quota left, no preferences, no sorting) and a sort of the households by id.
 *
 * <p>Times are reported as ratios to the peers, since milliseconds say more about the
 * machine than about the planner. Each is the median of several rounds after warm-up
 * rounds, the three interleaved so that they share the machine's state. Two policies are
 * run: {@code ganyu} (20,000 cadres cannot cover 100,000 households at 2-5 each, so the
 * plan has a shortfall) and {@code ganyu} with every quota tripled (everyone is covered).
 * Re-planning after 5% more households is timed too.
 *
 * <p>Run: {@code java -cp examples/target/tuopin.jar org.tuopin.examples.bench.PairingBenchmark
 * [households] [cadres] [rounds]}. The data is synthetic, from a fixed seed: 10 counties of
 * 20 townships of 10 villages; cadres 1% county leaders, 2% township principal leaders, 8%
 * other township leaders, 19% township staff, 70% village Party cadres.
 */
public final class PairingBenchmark {

  private static final long SEED = 20160601L;
  private static final int WARM_UPS = 5;

  private PairingBenchmark() {
  }

  /**
   * The problem: households and cadres, and households to add for re-planning.
   *
   * @param households  the poor households, in no particular order
   * @param cadres  the cadres, in no particular order
   * @param added  the households added when re-planning
   */
  public record Problem(List<Household> households, List<Cadre> cadres, List<Household> added) {
  }

  /**
   * The medians of one policy's runs, in nanoseconds, and the plan made.
   *
   * @param policy  the policy's key
   * @param planner  the planner's median time
   * @param replanner  the median time of re-planning with the added households
   * @param greedy  the naive greedy peer's median time
   * @param sort  the sort peer's median time
   * @param plan  the planner's plan
   * @param greedyPairs  the peer's pairs
   */
  public record Result(String policy, long planner, long replanner, long greedy, long sort, PairingPlan plan,
      List<Pairing> greedyPairs) {

    /**
     * Returns the planner's time over the greedy peer's.
     *
     * @return the ratio
     */
    public double overGreedy() {
      return (double) planner / greedy;
    }

    /**
     * Returns the planner's time over the sort's.
     *
     * @return the ratio
     */
    public double overSort() {
      return (double) planner / sort;
    }
  }

  /**
   * Makes the problem, always the same for the same sizes.
   *
   * @param households  the number of households
   * @param cadres  the number of cadres
   * @return the problem
   */
  public static Problem problem(int households, int cadres) {
    Random random = new Random(SEED);
    List<RegionCode> counties = new ArrayList<>();
    List<RegionCode> townships = new ArrayList<>();
    List<RegionCode> villages = new ArrayList<>();
    for (int c = 1; c <= 10; c++) {
      RegionCode county = RegionCode.of(511900000000L + c * 1_000_000L);
      counties.add(county);
      for (int t = 1; t <= 20; t++) {
        RegionCode township = RegionCode.of(county.toLong() + (100 + t) * 1_000L);
        townships.add(township);
        for (int v = 1; v <= 10; v++) {
          villages.add(RegionCode.of(township.toLong() + 200 + v));
        }
      }
    }
    double[] weight = new double[villages.size()];
    for (int v = 0; v < weight.length; v++) {
      weight[v] = (v == 0 ? 0 : weight[v - 1]) + 0.3 + random.nextDouble() * 1.4;
    }
    List<Household> all = new ArrayList<>();
    for (int i = 0; i < households + households / 20; i++) {
      int v = Arrays.binarySearch(weight, random.nextDouble() * weight[weight.length - 1]);
      RegionCode village = villages.get(v < 0 ? Math.min(-v - 1, villages.size() - 1) : v);
      all.add(household(String.format("H%08d", i), village, 1 + random.nextInt(5)));
    }
    Collections.shuffle(all, random);
    List<Cadre> staff = new ArrayList<>();
    for (int i = 0; i < cadres; i++) {
      int r = random.nextInt(100);
      Rank rank;
      RegionCode home;
      if (r < 1) {
        rank = Ranks.COUNTY_LEADER;
        home = counties.get(random.nextInt(counties.size()));
      } else if (r < 3) {
        rank = Ranks.TOWNSHIP_PRINCIPAL;
        home = townships.get(random.nextInt(townships.size()));
      } else if (r < 11) {
        rank = Ranks.TOWNSHIP_LEADER;
        home = townships.get(random.nextInt(townships.size()));
      } else if (r < 30) {
        rank = Ranks.TOWNSHIP_STAFF;
        home = random.nextBoolean() ? townships.get(random.nextInt(townships.size()))
            : villages.get(random.nextInt(villages.size()));
      } else {
        rank = Ranks.VILLAGE_CADRE;
        home = villages.get(random.nextInt(villages.size()));
      }
      staff.add(Cadre.of(CadreId.of(String.format("C%06d", i)), rank, home));
    }
    return new Problem(List.copyOf(all.subList(0, households)), staff, List.copyOf(all.subList(households, all.size())));
  }

  private static Household household(String id, RegionCode village, int size) {
    Household.Builder b = Household.builder().id(HouseholdId.of(id)).village(village);
    for (int m = 1; m <= size; m++) {
      b.addMembers(Member.of(PersonId.of("p" + m), m == 1 ? Relation.HOUSEHOLDER : Relation.SON));
    }
    return b.income(IncomeStatement.of(2016, Yuan.of(2000L * size), Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO)).build();
  }

  /**
   * The naive peer: households in input order, each to the next cadre in input order with
   * quota left; no preferences, no sorting.
   *
   * @param policy  the policy
   * @param households  the households
   * @param cadres  the cadres
   * @return the pairs
   */
  public static List<Pairing> greedy(QuotaPolicy policy, List<Household> households, List<Cadre> cadres) {
    List<Pairing> pairs = new ArrayList<>(households.size());
    int c = 0;
    int used = 0;
    for (Household h : households) {
      while (c < cadres.size() && used >= policy.quota(cadres.get(c).rank()).households()) {
        c++;
        used = 0;
      }
      if (c == cadres.size()) {
        break;
      }
      pairs.add(Pairing.of(h.id(), h.village(), cadres.get(c).id()));
      used++;
    }
    return pairs;
  }

  /**
   * Runs one policy: warm-ups, then timed rounds of the planner, the re-planner and both peers.
   *
   * @param policy  the policy
   * @param problem  the problem
   * @param warmUps  the rounds not timed
   * @param rounds  the rounds timed
   * @return the medians and the plan
   */
  public static Result run(QuotaPolicy policy, Problem problem, int warmUps, int rounds) {
    PairingPlanner planner = PairingPlanner.of(policy);
    List<Household> more = new ArrayList<>(problem.households());
    more.addAll(problem.added());
    long[] plan = new long[rounds];
    long[] replan = new long[rounds];
    long[] greedy = new long[rounds];
    long[] sort = new long[rounds];
    PairingPlan made = null;
    List<Pairing> greedyPairs = null;
    for (int r = -warmUps; r < rounds; r++) {
      long t0 = System.nanoTime();
      made = planner.plan(problem.households(), problem.cadres());
      long t1 = System.nanoTime();
      PairingPlan again = planner.replan(made, more, problem.cadres());
      long t2 = System.nanoTime();
      greedyPairs = greedy(policy, problem.households(), problem.cadres());
      long t3 = System.nanoTime();
      Household[] sorted = problem.households().toArray(new Household[0]);
      Arrays.sort(sorted, Comparator.comparing(Household::id));
      long t4 = System.nanoTime();
      if (again.pairs().size() < made.pairs().size() || sorted.length != problem.households().size()) {
        throw new IllegalStateException("re-planning lost pairs");
      }
      if (r >= 0) {
        plan[r] = t1 - t0;
        replan[r] = t2 - t1;
        greedy[r] = t3 - t2;
        sort[r] = t4 - t3;
      }
    }
    return new Result(policy.key(), median(plan), median(replan), median(greedy), median(sort), made, greedyPairs);
  }

  private static long median(long[] times) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /**
   * Returns {@code ganyu} with every household quota multiplied.
   *
   * @param factor  the factor
   * @return the policy {@code ganyu_xN}
   */
  public static QuotaPolicy scaled(int factor) {
    QuotaPolicy.Builder b = QuotaPolicy.builder().key("ganyu_x" + factor)
        .name(Text.of("赣榆任务×" + factor, "ganyu quotas ×" + factor));
    QuotaPolicies.GANYU.quotas().forEach((rank, q) -> b.quota(rank, Quota.of(q.households() * factor, q.villages())));
    return b.build();
  }

  private static long sameVillage(List<Pairing> pairs, List<Cadre> cadres) {
    Map<CadreId, RegionCode> home = new HashMap<>();
    cadres.forEach(c -> home.put(c.id(), c.home()));
    return pairs.stream().filter(p -> home.get(p.cadre()).equals(p.village())).count();
  }

  /**
   * Runs the benchmark and prints the ratios.
   *
   * @param args  households (default 100000), cadres (default 20000), timed rounds (default 7)
   */
  public static void main(String[] args) {
    int households = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int cadres = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
    long t = System.nanoTime();
    Problem problem = problem(households, cadres);
    System.out.printf(Locale.ROOT, "%,d households, %,d cadres (+%,d households when re-planning); data made in %.1f s;"
        + " %d processors, Java %s%n", households, cadres, problem.added().size(), (System.nanoTime() - t) / 1e9,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    for (QuotaPolicy policy : List.of(QuotaPolicies.GANYU, scaled(3))) {
      Result r = run(policy, problem, WARM_UPS, rounds);
      PairingPlan plan = r.plan();
      System.out.printf(Locale.ROOT, "%n%s: %,d paired (same village %,d, same township %,d, same county %,d, "
              + "farther %,d), %,d left%n", r.policy(), plan.pairs().size(),
          plan.proximityCounts().get(Proximity.SAME_VILLAGE), plan.proximityCounts().get(Proximity.SAME_TOWNSHIP),
          plan.proximityCounts().get(Proximity.SAME_COUNTY),
          plan.pairs().size() - plan.proximityCounts().get(Proximity.SAME_VILLAGE)
              - plan.proximityCounts().get(Proximity.SAME_TOWNSHIP) - plan.proximityCounts().get(Proximity.SAME_COUNTY),
          plan.shortfall().households().size());
      System.out.printf(Locale.ROOT, "  greedy peer: %,d paired, same village %,d%n", r.greedyPairs().size(),
          sameVillage(r.greedyPairs(), problem.cadres()));
      System.out.printf(Locale.ROOT, "  planner ÷ greedy peer = %.1f;  planner ÷ sort by id = %.1f;"
              + "  re-planning ÷ planning = %.2f%n", r.overGreedy(), r.overSort(), (double) r.replanner() / r.planner());
      System.out.printf(Locale.ROOT, "  (medians of %d rounds: planner %.0f ms, re-planner %.0f ms, greedy %.0f ms,"
          + " sort %.0f ms)%n", rounds, r.planner() / 1e6, r.replanner() / 1e6, r.greedy() / 1e6, r.sort() / 1e6);
    }
  }
}
