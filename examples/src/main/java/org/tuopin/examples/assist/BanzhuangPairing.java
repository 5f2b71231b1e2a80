package org.tuopin.examples.assist;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.tuopin.assist.contact.ComplianceReport;
import org.tuopin.assist.contact.ComplianceSummary;
import org.tuopin.assist.contact.ContactLog;
import org.tuopin.assist.contact.ContactRequirement;
import org.tuopin.assist.contact.Coverage;
import org.tuopin.assist.contact.Coverages;
import org.tuopin.assist.contact.Visit;
import org.tuopin.assist.pairing.Cadre;
import org.tuopin.assist.pairing.CadreId;
import org.tuopin.assist.pairing.Pairing;
import org.tuopin.assist.pairing.PairingPlan;
import org.tuopin.assist.pairing.PairingPlanner;
import org.tuopin.assist.pairing.QuotaPolicies;
import org.tuopin.assist.pairing.QuotaPolicy;
import org.tuopin.assist.pairing.Rank;
import org.tuopin.assist.pairing.Ranks;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Language;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdAttribute;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.registry.Member;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.Relation;

/**
 * Seed 003: the pairing of 班庄镇 (赣榆区, Jiangsu) under the {@code ganyu} quotas, and its
 * coverage and monthly-contact checks.
 *
 * <p>What comes from the seed: the 5,580 low-income people to lift out of poverty
 * (低收入农户脱贫任务 5580人), the 4 weak villages (经济薄弱村), the quotas of each rank
 * (county leaders 1 weak village and 5 households, township principal leaders 5, other
 * township leaders 4, assistants, clerks and college-graduate village officials 3, village
 * Party cadres 2), full pairing (结对挂钩帮扶全覆盖), help cards delivered to 100% of
 * households, and contact at least once a month, signed by the household.
 *
 * <p>What is made up, with a fixed seed: the town's households (their sizes add up to
 * exactly 5,580 people), how they spread over 44 villages, which 4 villages are weak, the
 * town's cadres below the county leaders, the pairing date (15 March 2016) and the contact
 * log, in which about one pair-month in fifty is missed and one visit in a hundred is not
 * signed. The township code is illustrative: the seed names no codes.
 *
 * <p>The work is done in two steps, as a town would: first the county and town leaders are
 * paired; the {@link org.tuopin.assist.pairing.Shortfall shortfall} says how many village Party
 * cadres are still needed; each village names its cadres, and the plan is made again,
 * keeping every pair of the first step.
 */
public final class BanzhuangPairing {

  /** 赣榆区 (GB/T 2260 320707). */
  public static final RegionCode COUNTY = RegionCode.parse("320707");
  /** 班庄镇; the township part is illustrative. */
  public static final RegionCode TOWNSHIP = RegionCode.parse("320707110000");
  /** Seed 003 §一.1: 低收入农户脱贫任务 5580人. */
  public static final int LOW_INCOME_PEOPLE = 5580;
  /** Seed 003 §一.2: 经济薄弱村实现新"八有"目标任务 4个. */
  public static final int WEAK_VILLAGES = 4;
  /** The town's villages in this example (made up). */
  public static final int VILLAGES = 44;
  /** The day the pairs are made in this example (made up). */
  public static final LocalDate PAIRED_ON = LocalDate.of(2016, 3, 15);
  /** The period of the contact check: from the pairing to the end of the year. */
  public static final DateRange CONTACT_PERIOD = DateRange.of(PAIRED_ON, LocalDate.of(2016, 12, 31));

  private static final long SEED = 20160315L;
  private static final int[] SIZE_WEIGHTS = {15, 30, 20, 20, 10, 5};

  private BanzhuangPairing() {
  }

  /**
   * The town: its villages, weak villages, low-income households and the cadres above the
   * villages.
   *
   * @param villages  the village codes
   * @param weakVillages  the weak villages
   * @param households  the low-income households, 5,580 people
   * @param leaders  the county leaders, township leaders, assistants, clerks and
   *     college-graduate village officials
   */
  public record Town(List<RegionCode> villages, List<RegionCode> weakVillages, List<Household> households,
      List<Cadre> leaders) {
  }

  /**
   * Makes the town, always the same.
   *
   * @return the town
   */
  public static Town town() {
    Random random = new Random(SEED);
    List<RegionCode> villages = new ArrayList<>();
    double[] weight = new double[VILLAGES];
    double total = 0;
    for (int v = 0; v < VILLAGES; v++) {
      villages.add(RegionCode.of(TOWNSHIP.toLong() + 201 + v));
      weight[v] = 0.5 + random.nextDouble();
      total += weight[v];
    }
    List<RegionCode> shuffled = new ArrayList<>(villages);
    Collections.shuffle(shuffled, random);
    List<RegionCode> weak = new ArrayList<>(shuffled.subList(0, WEAK_VILLAGES));
    Collections.sort(weak);

    List<Household> households = new ArrayList<>();
    int[] perVillage = new int[VILLAGES];
    int people = 0;
    while (people < LOW_INCOME_PEOPLE) {
      int size = Math.min(pick(random, SIZE_WEIGHTS) + 1, LOW_INCOME_PEOPLE - people);
      int v = pickVillage(random, weight, total);
      perVillage[v]++;
      households.add(household(villages.get(v), perVillage[v], size, random));
      people += size;
    }

    List<Cadre> leaders = new ArrayList<>();
    String[] units = {"县委办", "县财政局", "县农委", "县人社局"};
    for (int i = 0; i < WEAK_VILLAGES; i++) {
      leaders.add(Cadre.builder().id(CadreId.of("county-" + (i + 1))).unit(units[i]).rank(Ranks.COUNTY_LEADER)
          .home(COUNTY).build());
    }
    add(leaders, "principal-", 2, Ranks.TOWNSHIP_PRINCIPAL, List.of(TOWNSHIP));
    add(leaders, "leader-", 12, Ranks.TOWNSHIP_LEADER, List.of(TOWNSHIP));
    add(leaders, "staff-", 20, Ranks.TOWNSHIP_STAFF, List.of(TOWNSHIP));
    add(leaders, "graduate-", 10, Ranks.TOWNSHIP_STAFF, shuffled.subList(WEAK_VILLAGES, WEAK_VILLAGES + 10));
    return new Town(villages, weak, households, leaders);
  }

  private static void add(List<Cadre> cadres, String prefix, int n, Rank rank, List<RegionCode> homes) {
    for (int i = 0; i < n; i++) {
      cadres.add(Cadre.builder().id(CadreId.of(prefix + (i + 1))).unit("班庄镇").rank(rank)
          .home(homes.get(i % homes.size())).build());
    }
  }

  private static int pick(Random random, int[] weights) {
    int r = random.nextInt(100);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static int pickVillage(Random random, double[] weight, double total) {
    double r = random.nextDouble() * total;
    for (int v = 0; v < weight.length; v++) {
      r -= weight[v];
      if (r < 0) {
        return v;
      }
    }
    return weight.length - 1;
  }

  private static Household household(RegionCode village, int seq, int size, Random random) {
    Household.Builder b = Household.builder()
        .id(HouseholdId.of(village + "-" + String.format(Locale.ROOT, "%03d", seq)))
        .village(village)
        .attribute(random.nextInt(5) == 0 ? HouseholdAttribute.SUBSISTENCE_POOR : HouseholdAttribute.GENERAL_POOR);
    for (int m = 1; m <= size; m++) {
      b.addMembers(Member.of(PersonId.of("p" + m), m == 1 ? Relation.HOUSEHOLDER : m == 2 ? Relation.SPOUSE
          : m % 2 == 1 ? Relation.SON : Relation.DAUGHTER));
    }
    long net = (long) size * (1500 + random.nextInt(2400));
    return b.income(IncomeStatement.of(2015, Yuan.of(net), Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO)).build();
  }

  /**
   * The planner: the {@code ganyu} quotas, pairing within the township, linking the weak
   * villages.
   *
   * @param town  the town
   * @return the planner
   */
  public static PairingPlanner planner(Town town) {
    return PairingPlanner.builder().policy(QuotaPolicies.GANYU).scope(RegionLevel.TOWNSHIP)
        .weakVillages(town.weakVillages()).build();
  }

  /**
   * Step 1: pairs the county and town leaders.
   *
   * @param town  the town
   * @return the plan, short of village cadres
   */
  public static PairingPlan leadersPlan(Town town) {
    return planner(town).plan(town.households(), town.leaders());
  }

  /**
   * The village Party cadres each village names to cover its households left by step 1:
   * half of them, rounded up, at 2 households each.
   *
   * @param town  the town
   * @param leadersPlan  the plan of step 1
   * @return the village cadres, at home in their villages
   */
  public static List<Cadre> villageCadres(Town town, PairingPlan leadersPlan) {
    int perCadre = QuotaPolicies.GANYU.quota(Ranks.VILLAGE_CADRE).households();
    List<Cadre> cadres = new ArrayList<>();
    for (Map.Entry<RegionCode, Integer> left : leadersPlan.shortfall().byVillage().entrySet()) {
      int n = (left.getValue() + perCadre - 1) / perCadre;
      for (int i = 1; i <= n; i++) {
        String id = "village-" + left.getKey().toString().substring(9) + "-" + i;
        cadres.add(Cadre.of(CadreId.of(id), Ranks.VILLAGE_CADRE, left.getKey()));
      }
    }
    return cadres;
  }

  /**
   * Step 2: plans again with the village cadres, keeping every pair of step 1.
   *
   * @param town  the town
   * @param leadersPlan  the plan of step 1
   * @return the full plan
   */
  public static PairingPlan fullPlan(Town town, PairingPlan leadersPlan) {
    List<Cadre> all = new ArrayList<>(town.leaders());
    all.addAll(villageCadres(town, leadersPlan));
    return planner(town).replan(leadersPlan, town.households(), all);
  }

  /**
   * Makes up the contact log of the pairs over {@link #CONTACT_PERIOD}: a visit each month
   * on a random day, a missed month now and then, an unsigned entry now and then.
   *
   * @param plan  the plan
   * @return the log, always the same for the same plan
   */
  public static ContactLog contacts(PairingPlan plan) {
    Random random = new Random(SEED + 1);
    List<Visit> visits = new ArrayList<>();
    for (Pairing p : plan.pairs()) {
      for (YearMonth m : CONTACT_PERIOD.months()) {
        int day = 1 + random.nextInt(m.lengthOfMonth());
        boolean missed = random.nextInt(50) == 0;
        boolean unsigned = random.nextInt(100) == 0;
        LocalDate date = m.atDay(day);
        if (!missed && CONTACT_PERIOD.contains(date)) {
          visits.add(Visit.of(date, p.cadre(), p.household(), !unsigned));
        }
      }
    }
    return ContactLog.of(visits);
  }

  /**
   * The help-card check: the households whose card carries at least one signed entry have
   * a card, since contacts are logged on it.
   *
   * @param town  the town
   * @param log  the contact log
   * @return the coverage against 100%
   */
  public static Coverage helpCards(Town town, ContactLog log) {
    List<HouseholdId> withSignedEntry = log.visits().stream().filter(Visit::isSigned).map(Visit::household)
        .distinct().toList();
    return Coverages.helpCards(town.households().stream().map(Household::id).toList(), withSignedEntry);
  }

  /**
   * Runs the example and prints the plans and checks.
   *
   * @param args  {@code en} for English, else Chinese
   */
  public static void main(String[] args) {
    Language lang = args.length > 0 && args[0].equals("en") ? Language.EN : Language.ZH;
    Town town = town();
    QuotaPolicy ganyu = QuotaPolicies.GANYU;
    System.out.println(ganyu.name().in(lang));
    ganyu.quotas().forEach((rank, quota) -> System.out.println("  " + rank.label().in(lang) + "  " + quota
        + "   — " + ganyu.sources().get(rank).source()));
    System.out.printf(Locale.ROOT, "%n%s: %d households, %d people, %d villages, weak villages %s%n", TOWNSHIP,
        town.households().size(), town.households().stream().mapToInt(Household::size).sum(), town.villages().size(),
        town.weakVillages());

    PairingPlan leaders = leadersPlan(town);
    System.out.println("\n1. " + leaders.explain(lang));
    PairingPlan full = fullPlan(town, leaders);
    System.out.println("\n2. " + villageCadres(town, leaders).size() + " village cadres named; " + full.explain(lang));

    ContactLog log = contacts(full);
    ComplianceReport report = ContactRequirement.monthly().check(full.pairs(), log, CONTACT_PERIOD);
    System.out.println("\n" + report.explain(lang));
    System.out.println(lang == Language.ZH ? "达标率最低的三个村：" : "the three villages with the fewest compliant pairs:");
    report.byRegion(RegionLevel.VILLAGE).values().stream()
        .sorted(Comparator.comparing((ComplianceSummary s) -> s.pairRate().orElseThrow()))
        .limit(3).forEach(s -> System.out.println("  " + s.explain(lang)));
    System.out.println(helpCards(town, log).finding().explain(lang));
  }
}
