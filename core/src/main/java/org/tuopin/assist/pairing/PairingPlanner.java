package org.tuopin.assist.pairing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.DateRange;
import org.tuopin.assist.contact.Coverage;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import java.util.Set;

/**
 * Pairs poor households with cadres under a {@link QuotaPolicy} (结对帮扶), and links weak
 * villages with the cadres whose rank carries villages (挂钩联系经济薄弱村).
 *
 * <p>What a plan guarantees:
 * <ul>
 *   <li><b>Quotas.</b> No cadre carries more households or villages than their rank's quota.</li>
 *   <li><b>Coverage.</b> Every poor household ({@link Household#isPoor()}) gets a helper
 *       whenever the quotas suffice: when no {@link #scope() scope} is set, whenever the
 *       cadres' household quotas add up to at least the number of poor households; with a
 *       scope, whenever they do among the cadres each household may be paired with. Otherwise the
 *       {@link Shortfall} says how many households are left and how many more cadres of each
 *       rank would cover them.</li>
 *   <li><b>Nearness.</b> Helpers from the household's own village come first, then from its
 *       township, county, prefecture and province, then anyone. Each tier pairs as many
 *       households as it can, so, besides the pairs kept, no plan has more pairs within a
 *       village, nor (given that) within a township, and so on. A cadre's place is the weak
 *       village they link, else their {@link Cadre#home() home}.</li>
 *   <li><b>Stability.</b> Re-planning keeps every existing pair whose household is still poor
 *       and given, whose cadre is still given and within quota; the household's village is
 *       brought up to date. Pairs and links not kept are reported with the
 *       {@link Release reason}. Adding households never moves an existing pair.</li>
 *   <li><b>Determinism.</b> The plan depends on the households, cadres and existing pairs
 *       given, never on their order: households are taken in id order, weak villages in code
 *       order, and cadres by rank as the policy lists them (most senior first), then by id;
 *       each cadre's quota is filled before the next cadre's.</li>
 * </ul>
 *
 * <p>The work is a few sorts and passes over primitive arrays per tier; 100,000 households
 * and 20,000 cadres take well under a second (see {@code PairingBenchmark} in the examples).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class PairingPlanner implements WithPairingPlanner {

  PairingPlanner() {
  }

  /**
   * Obtains a planner under a policy, pairing anywhere at last and linking no weak villages.
   *
   * @param policy  the quota policy, not null
   * @return the planner, not null
   */
  public static PairingPlanner of(QuotaPolicy policy) {
    return builder().policy(policy).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the quota policy.
   *
   * @return the policy, not null
   */
  @JsonProperty("policy")
  public abstract QuotaPolicy policy();

  /**
   * Returns the level within which households and helpers are paired, such as the township:
   * a cadre is paired only with households, and linked only with weak villages, in the
   * region of that level that holds their place — or within their place itself when it is a
   * larger region, as a county leader's county is when the scope is the township.
   *
   * @return the level, or empty to pair anywhere at last
   */
  public abstract Optional<RegionLevel> scope();

  /**
   * Returns the planning date, which places the plan in a period of the quotas that run per
   * period ({@link Quota#periodYears()}): only pairs made in that period count against such a
   * quota, and new pairs are dated with it.
   *
   * @return the date, if planning by period
   */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the first year of the first period of quotas per period; periods follow one
   * another from it. Without it, the period starts in the planning date's year.
   *
   * @return the first year, if stated
   */
  public abstract Optional<Year> periodStart();

  /**
   * Returns the period of a quota that holds the planning date.
   *
   * @param quota  the quota, not null
   * @return the period, if the quota runs per period and the planner has a date
   */
  public Optional<DateRange> periodOf(Quota quota) {
    requireNonNull(quota, "quota");
    if (quota.periodYears().isEmpty() || date().isEmpty()) {
      return Optional.empty();
    }
    int n = quota.periodYears().getAsInt();
    int year = date().get().getYear();
    int first = periodStart().map(Year::getValue).orElse(year);
    int start = first + Math.floorDiv(year - first, n) * n;
    return Optional.of(DateRange.ofYears(start, start + n - 1));
  }

  /**
   * Returns the weak villages (经济薄弱村) to link with cadres whose rank carries villages.
   *
   * @return the village codes, not null
   */
  @JsonProperty("weakVillages")
  public abstract ImmutableSet<RegionCode> weakVillages();

  @Value.Check
  void check() {
    for (RegionCode v : weakVillages()) {
      if (v.level() != RegionLevel.VILLAGE) {
        throw new IllegalArgumentException(
            "a weak village needs a village-level code, not a " + v.level().key() + " code: '" + v + "'");
      }
    }
  }

  /**
   * Plans from scratch.
   *
   * @param households  the households; those not poor are left out, not null
   * @param cadres  the cadres, not null
   * @return the plan, not null
   * @throws IllegalArgumentException if two households or two cadres share an id (naming it),
   *     or a cadre's rank has no quota in the policy
   */
  public PairingPlan plan(Collection<Household> households, Collection<Cadre> cadres) {
    return replan(List.of(), List.of(), households, cadres);
  }

  /**
   * Plans again, keeping what can be kept of a previous plan (see the class description).
   *
   * @param previous  the previous plan, not null
   * @param households  the households; those not poor are left out, not null
   * @param cadres  the cadres, not null
   * @return the plan, not null
   * @throws IllegalArgumentException if two households or two cadres share an id (naming it),
   *     or a cadre's rank has no quota in the policy
   */
  public PairingPlan replan(PairingPlan previous, Collection<Household> households, Collection<Cadre> cadres) {
    requireNonNull(previous, "previous");
    return replan(previous.pairs(), previous.links(), households, cadres);
  }

  /**
   * Plans again, keeping what can be kept of existing pairs and links recorded elsewhere,
   * such as in a case-management system.
   *
   * @param existingPairs  the existing pairs, not null
   * @param existingLinks  the existing links of weak villages, not null
   * @param households  the households; those not poor are left out, not null
   * @param cadres  the cadres, not null
   * @return the plan, not null
   * @throws IllegalArgumentException if two households or two cadres share an id, the
   *     existing pairs list a household twice or a link twice (naming it), or a cadre's rank
   *     has no quota in the policy
   */
  public PairingPlan replan(Collection<Pairing> existingPairs, Collection<VillageLink> existingLinks,
      Collection<Household> households, Collection<Cadre> cadres) {
    requireNonNull(existingPairs, "existingPairs");
    requireNonNull(existingLinks, "existingLinks");
    requireNonNull(households, "households");
    requireNonNull(cadres, "cadres");
    return new Run(existingPairs, existingLinks, households, cadres).plan();
  }

  /** One planning run over arrays. */
  private final class Run {
    private final HouseholdId[] householdIds;
    private final RegionCode[] villages;
    private final Map<HouseholdId, Integer> householdIndex;
    private final Cadre[] cadres;
    private final Map<CadreId, Integer> cadreIndex;
    private final int[] capacity;
    private final @Nullable DateRange[] periods;
    private final int[] villageCapacity;
    private final RegionCode[] weak;
    private final Collection<Pairing> existingPairs;
    private final Collection<VillageLink> existingLinks;
    private final RegionLevel scope = PairingPlanner.this.scope().orElse(null);

    Run(Collection<Pairing> existingPairs, Collection<VillageLink> existingLinks, Collection<Household> households,
        Collection<Cadre> cadres) {
      this.existingPairs = existingPairs;
      this.existingLinks = existingLinks;
      Household[] all = households.toArray(new Household[0]);
      Arrays.sort(all, Comparator.comparing(Household::id));
      List<Household> poor = new ArrayList<>(all.length);
      for (int i = 0; i < all.length; i++) {
        if (i > 0 && all[i].id().equals(all[i - 1].id())) {
          throw new IllegalArgumentException("household id is listed twice: '" + all[i].id() + "'");
        }
        if (all[i].isPoor()) {
          poor.add(all[i]);
        }
      }
      int n = poor.size();
      householdIds = new HouseholdId[n];
      villages = new RegionCode[n];
      householdIndex = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        householdIds[i] = poor.get(i).id();
        villages[i] = poor.get(i).village();
        householdIndex.put(householdIds[i], i);
      }

      Map<Rank, Integer> seniority = new HashMap<>();
      policy().ranks().forEach(r -> seniority.put(r, seniority.size()));
      for (Cadre c : cadres) {
        if (!seniority.containsKey(c.rank())) {
          throw new IllegalArgumentException("cadre " + c.id() + " has rank '" + c.rank().key()
              + "', which has no quota in policy " + policy().key() + "; its ranks: "
              + policy().ranks().stream().map(Rank::key).collect(Collectors.joining(", ")));
        }
      }
      this.cadres = cadres.toArray(new Cadre[0]);
      Arrays.sort(this.cadres, Comparator.comparing((Cadre c) -> seniority.get(c.rank())).thenComparing(Cadre::id));
      int m = this.cadres.length;
      cadreIndex = new HashMap<>(m * 2);
      capacity = new int[m];
      villageCapacity = new int[m];
      periods = new DateRange[m];
      for (int j = 0; j < m; j++) {
        if (cadreIndex.put(this.cadres[j].id(), j) != null) {
          throw new IllegalArgumentException("cadre id is listed twice: '" + this.cadres[j].id() + "'");
        }
        Quota q = policy().quota(this.cadres[j].rank());
        capacity[j] = q.households();
        periods[j] = periodOf(q).orElse(null);
        villageCapacity[j] = q.villages();
      }
      weak = new TreeSet<>(weakVillages()).toArray(new RegionCode[0]);
    }

    PairingPlan plan() {
      // Weak villages: keep existing links, then link the rest.
      Map<RegionCode, Integer> weakIndex = new HashMap<>();
      for (int w = 0; w < weak.length; w++) {
        weakIndex.put(weak[w], w);
      }
      int[] linkedTo = new int[weak.length];
      Arrays.fill(linkedTo, -1);
      List<VillageLink> links = new ArrayList<>();
      Map<VillageLink, Release> releasedLinks = new LinkedHashMap<>();
      VillageLink[] oldLinks = existingLinks.toArray(new VillageLink[0]);
      Arrays.sort(oldLinks, Comparator.comparing(VillageLink::village).thenComparing(VillageLink::cadre));
      for (int k = 0; k < oldLinks.length; k++) {
        VillageLink l = oldLinks[k];
        if (k > 0 && l.equals(oldLinks[k - 1])) {
          throw new IllegalArgumentException("existing links list a link twice: " + l);
        }
        Integer w = weakIndex.get(l.village());
        Integer c = cadreIndex.get(l.cadre());
        Release why = w == null ? Release.VILLAGE_GONE : c == null ? Release.CADRE_GONE
            : villageCapacity[c] == 0 ? Release.OVER_QUOTA : null;
        if (why != null) {
          releasedLinks.put(l, why);
        } else {
          villageCapacity[c]--;
          linkedTo[w] = c;
          links.add(l);
        }
      }
      long[] weakCodes = new long[weak.length];
      for (int w = 0; w < weak.length; w++) {
        weakCodes[w] = weak[w].toLong();
        if (linkedTo[w] >= 0) {
          linkedTo[w] = Integer.MAX_VALUE;
        }
      }
      long[] homeCodes = new long[cadres.length];
      int[] homeLevels = new int[cadres.length];
      for (int j = 0; j < cadres.length; j++) {
        homeCodes[j] = cadres[j].home().toLong();
        homeLevels[j] = cadres[j].home().level().ordinal();
      }
      TieredMatcher.match(weakCodes, linkedTo, homeCodes, homeLevels, villageCapacity, scope);
      List<RegionCode> villagesLeft = new ArrayList<>();
      for (int w = 0; w < weak.length; w++) {
        if (linkedTo[w] < 0) {
          villagesLeft.add(weak[w]);
        } else if (linkedTo[w] != Integer.MAX_VALUE) {
          links.add(VillageLink.of(weak[w], cadres[linkedTo[w]].id()));
        }
      }
      links.sort(Comparator.comparing(VillageLink::village).thenComparing(VillageLink::cadre));

      // A cadre's place: the first village they link, else their home.
      long[] placeCodes = homeCodes.clone();
      int[] placeLevels = homeLevels.clone();
      boolean[] placed = new boolean[cadres.length];
      for (VillageLink l : links) {
        int c = cadreIndex.get(l.cadre());
        if (!placed[c]) {
          placed[c] = true;
          placeCodes[c] = l.village().toLong();
          placeLevels[c] = RegionLevel.VILLAGE.ordinal();
        }
      }

      // Households: keep existing pairs, then pair the rest.
      int n = householdIds.length;
      int[] helper = new int[n];
      Arrays.fill(helper, -1);
      Pairing[] pairs = new Pairing[n];
      Map<Pairing, Release> releasedPairs = new LinkedHashMap<>();
      Pairing[] oldPairs = existingPairs.toArray(new Pairing[0]);
      Arrays.sort(oldPairs, Comparator.comparing(Pairing::household));
      for (int k = 0; k < oldPairs.length; k++) {
        Pairing p = oldPairs[k];
        if (k > 0 && p.household().equals(oldPairs[k - 1].household())) {
          throw new IllegalArgumentException("existing pairs list household '" + p.household() + "' twice");
        }
        Integer h = householdIndex.get(p.household());
        Integer c = cadreIndex.get(p.cadre());
        boolean counts = c != null && counts(c, p);
        Release why = h == null ? Release.HOUSEHOLD_GONE : c == null ? Release.CADRE_GONE
            : counts && capacity[c] == 0 ? Release.OVER_QUOTA : null;
        if (why != null) {
          releasedPairs.put(p, why);
        } else {
          if (counts) {
            capacity[c]--;
          }
          helper[h] = c;
          pairs[h] = p.village().equals(villages[h]) ? p : Pairing.of(p.household(), villages[h], p.cadre());
        }
      }
      long[] villageCodes = new long[n];
      for (int i = 0; i < n; i++) {
        villageCodes[i] = villages[i].toLong();
      }
      TieredMatcher.match(villageCodes, helper, placeCodes, placeLevels, capacity, scope);

      List<Pairing> planned = new ArrayList<>(n);
      List<HouseholdId> left = new ArrayList<>();
      Map<RegionCode, Integer> leftByVillage = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        if (helper[i] < 0) {
          left.add(householdIds[i]);
          leftByVillage.merge(villages[i], 1, Integer::sum);
        } else {
          planned.add(pairs[i] != null ? pairs[i]
              : Pairing.of(householdIds[i], villages[i], cadres[helper[i]].id()).withSince(date()));
        }
      }

      Shortfall shortfall = ImmutableShortfall.builder().households(left).byVillage(ImmutableSortedMap.copyOf(leftByVillage))
          .cadresNeeded(needed(leftByVillage, Quota::households))
          .villages(villagesLeft)
          .cadresNeededForVillages(needed(count(villagesLeft), Quota::villages))
          .period(Arrays.stream(periods).filter(Objects::nonNull).findFirst())
          .build();
      Cadre[] byId = cadres.clone();
      Arrays.sort(byId, Comparator.comparing(Cadre::id));
      return ImmutablePairingPlan.builder().policy(policy()).scope(Optional.ofNullable(scope))
          .cadres(Arrays.asList(byId)).pairs(planned).links(links)
          .releasedPairs(releasedPairs).releasedLinks(releasedLinks).shortfall(shortfall).build();
    }

    /** Whether a kept pair counts against its cadre's quota: always, unless the quota runs per period and the pair was made before it. */
    private boolean counts(int c, Pairing p) {
      DateRange period = periods[c];
      return period == null || p.since().map(d -> !d.isBefore(period.start())).orElse(false);
    }

    private Map<RegionCode, Integer> count(List<RegionCode> villagesLeft) {
      Map<RegionCode, Integer> counts = new TreeMap<>();
      villagesLeft.forEach(v -> counts.merge(v, 1, Integer::sum));
      return counts;
    }

    /** Per rank with a positive quota: the cadres of that rank alone that would cover what is left, region by region in the scope. */
    private Map<Rank, Long> needed(Map<RegionCode, Integer> leftByVillage, ToIntFunction<Quota> size) {
      Map<Long, Long> byScope = new HashMap<>();
      leftByVillage.forEach((v, k) -> byScope.merge(scope == null ? 0L : v.at(scope).toLong(), (long) k, Long::sum));
      Map<Rank, Long> needed = new LinkedHashMap<>();
      for (Map.Entry<Rank, Quota> e : policy().quotas().entrySet()) {
        int q = size.applyAsInt(e.getValue());
        if (q > 0) {
          needed.put(e.getKey(), byScope.values().stream().mapToLong(k -> (k + q - 1) / q).sum());
        }
      }
      return needed;
    }
  }

  /**
   * Returns the policy, scope and number of weak villages.
   *
   * @return a short description, not null
   */
  @Override
  public String toString() {
    return "PairingPlanner{policy=" + policy().key() + scope().map(s -> ", scope=" + s.key()).orElse("")
        + ", weakVillages=" + weakVillages().size() + "}";
  }

  /**
   * A builder of planners.
   */
  public static final class Builder extends ImmutablePairingPlanner.Builder {
    Builder() {
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("scope")
  private @Nullable RegionLevel scopeJson() {
    return scope().orElse(null);
  }

  @JsonProperty("date")
  private @Nullable String dateJson() {
    return date().map(Object::toString).orElse(null);
  }

  @JsonProperty("periodStart")
  private @Nullable String periodStartJson() {
    return periodStart().map(Object::toString).orElse(null);
  }

  @JsonCreator
  private static PairingPlanner ofJson(
      @JsonProperty("policy") QuotaPolicy policy,
      @JsonProperty("scope") @Nullable RegionLevel scope,
      @JsonProperty("date") @Nullable String date,
      @JsonProperty("periodStart") @Nullable String periodStart,
      @JsonProperty("weakVillages") @Nullable Set<RegionCode> weakVillages) {
    ImmutablePairingPlanner.Builder b = ImmutablePairingPlanner.builder();
    b.policy(policy);
    if (scope != null) {
      b.scope(scope);
    }
    if (date != null) {
      b.date(LocalDate.parse(date));
    }
    if (periodStart != null) {
      b.periodStart(Year.parse(periodStart));
    }
    if (weakVillages != null) {
      b.weakVillages(weakVillages);
    }
    return b.build();
  }
}
