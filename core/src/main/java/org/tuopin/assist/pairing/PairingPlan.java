package org.tuopin.assist.pairing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.tuopin.assist.contact.Coverage;
import org.tuopin.assist.contact.Coverages;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.internal.JsonBinding;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.HouseholdId;

/**
 * A pairing of poor households with helpers under a quota policy (结对帮扶安排): the pairs,
 * the weak villages' links, what re-planning released, and the {@link Shortfall} when the
 * quotas do not cover every household.
 *
 * <p>Made by a {@link PairingPlanner}. Pairs are held in household id order, links in
 * village order. A cadre's place is the first weak village they link, if any, else their
 * home; {@link #proximity(Pairing)} measures a pair from it.
 *
 * <p>JSON: the policy, scope, cadres, pairs, links and shortfall as they are; the released
 * pairs and links, maps keyed by values, as lists of {@code {"pairing"|"link": ..., "release": ...}}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class PairingPlan implements WithPairingPlan {

  PairingPlan() {
  }

  /**
   * Returns the quota policy planned under.
   *
   * @return the policy, not null
   */
  @JsonProperty("policy")
  public abstract QuotaPolicy policy();

  /**
   * Returns the level within which households and helpers were paired.
   *
   * @return the level, or empty if helpers were paired anywhere at last
   */
  public abstract Optional<RegionLevel> scope();

  /**
   * Returns the cadres planned with.
   *
   * @return the cadres, in id order, not null
   */
  @JsonProperty("cadres")
  public abstract ImmutableList<Cadre> cadres();

  /**
   * Returns the pairs.
   *
   * @return the pairs, in household id order, not null
   */
  @JsonProperty("pairs")
  public abstract ImmutableList<Pairing> pairs();

  /**
   * Returns the links of weak villages with cadres.
   *
   * @return the links, in village then cadre order, not null
   */
  @JsonProperty("links")
  public abstract ImmutableList<VillageLink> links();

  /**
   * Returns the existing pairs that re-planning did not keep, and why.
   *
   * @return the released pairs, in household id order, not null
   */
  public abstract ImmutableMap<Pairing, Release> releasedPairs();

  /**
   * Returns the existing links that re-planning did not keep, and why.
   *
   * @return the released links, in village order, not null
   */
  public abstract ImmutableMap<VillageLink, Release> releasedLinks();

  /**
   * Returns what the quotas could not cover.
   *
   * @return the shortfall, empty when every household and weak village is covered, not null
   */
  @JsonProperty("shortfall")
  public abstract Shortfall shortfall();

  @Value.Lazy
  ImmutableMap<HouseholdId, Pairing> byHousehold() {
    return pairs().stream().collect(ImmutableMap.toImmutableMap(Pairing::household, p -> p));
  }

  @Value.Lazy
  ImmutableListMultimap<CadreId, Pairing> byCadre() {
    return pairs().stream().collect(ImmutableListMultimap.toImmutableListMultimap(Pairing::cadre, p -> p));
  }

  @Value.Lazy
  ImmutableMap<CadreId, Cadre> cadreIndex() {
    return cadres().stream().collect(ImmutableMap.toImmutableMap(Cadre::id, c -> c));
  }

  @Value.Lazy
  ImmutableMap<CadreId, RegionCode> places() {
    Map<CadreId, RegionCode> places = new LinkedHashMap<>();
    for (VillageLink l : links()) {
      places.putIfAbsent(l.cadre(), l.village());
    }
    for (Cadre c : cadres()) {
      places.putIfAbsent(c.id(), c.home());
    }
    return ImmutableMap.copyOf(places);
  }

  /**
   * Finds the pair of a household.
   *
   * @param household  the household id, not null
   * @return the pair, or empty if the household has no helper in this plan
   */
  public Optional<Pairing> pairing(HouseholdId household) {
    return Optional.ofNullable(byHousehold().get(requireNonNull(household, "household")));
  }

  /**
   * Finds the helper of a household.
   *
   * @param household  the household id, not null
   * @return the cadre, or empty if the household has no helper in this plan
   */
  public Optional<Cadre> helper(HouseholdId household) {
    return pairing(household).map(p -> cadreIndex().get(p.cadre()));
  }

  /**
   * Finds a cadre planned with.
   *
   * @param cadre  the cadre id, not null
   * @return the cadre, or empty if not planned with
   */
  public Optional<Cadre> cadre(CadreId cadre) {
    return Optional.ofNullable(cadreIndex().get(requireNonNull(cadre, "cadre")));
  }

  /**
   * Returns the pairs of a cadre.
   *
   * @param cadre  the cadre id, not null
   * @return the pairs, in household id order, possibly empty, not null
   */
  public ImmutableList<Pairing> pairs(CadreId cadre) {
    return byCadre().get(requireNonNull(cadre, "cadre"));
  }

  /**
   * Returns the weak villages a cadre links.
   *
   * @param cadre  the cadre id, not null
   * @return the villages, in code order, possibly empty, not null
   */
  public ImmutableList<RegionCode> villages(CadreId cadre) {
    requireNonNull(cadre, "cadre");
    return links().stream().filter(l -> l.cadre().equals(cadre)).map(VillageLink::village)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the place a cadre is paired from: the first weak village they link, else their home.
   *
   * @param cadre  the cadre id, not null
   * @return the place, not null
   * @throws IllegalArgumentException if the cadre was not planned with
   */
  public RegionCode place(CadreId cadre) {
    RegionCode place = places().get(requireNonNull(cadre, "cadre"));
    if (place == null) {
      throw new IllegalArgumentException("cadre " + cadre + " is not among the cadres of this plan");
    }
    return place;
  }

  /**
   * Returns how near a pair's helper is to the household.
   *
   * @param pairing  a pair of this plan, not null
   * @return the proximity, not null
   * @throws IllegalArgumentException if the pair's cadre was not planned with
   */
  public Proximity proximity(Pairing pairing) {
    return Proximity.of(place(pairing.cadre()), pairing.village());
  }

  /**
   * Returns the number of pairs at each proximity.
   *
   * @return the counts, nearest first, every proximity present, not null
   */
  @Value.Lazy
  public ImmutableMap<Proximity, Long> proximityCounts() {
    Map<Proximity, Long> counts = new EnumMap<>(Proximity.class);
    for (Proximity p : Proximity.values()) {
      counts.put(p, 0L);
    }
    pairs().forEach(p -> counts.merge(proximity(p), 1L, Long::sum));
    return ImmutableMap.copyOf(counts);
  }

  /**
   * Returns the households of each cadre's quota that are not used, summed by rank.
   *
   * @return the spare household quota by rank, the policy's order, not null
   */
  @Value.Lazy
  public ImmutableMap<Rank, Long> spare() {
    Map<Rank, Long> spare = new LinkedHashMap<>();
    policy().ranks().forEach(r -> spare.put(r, 0L));
    for (Cadre c : cadres()) {
      spare.merge(c.rank(), (long) policy().quota(c.rank()).households() - pairs(c.id()).size(), Long::sum);
    }
    return ImmutableMap.copyOf(spare);
  }

  /**
   * Checks whether every poor household has a helper and every weak village a link.
   *
   * @return true if the shortfall is empty
   */
  public boolean isComplete() {
    return shortfall().isEmpty();
  }

  /**
   * Returns the share of the poor households planned for that have a helper, against the
   * target of full coverage (结对帮扶全覆盖).
   *
   * @return the coverage, not null
   */
  public Coverage coverage() {
    return Coverages.PAIRING.measure(pairs().size(), pairs().size() + shortfall().households().size());
  }

  /**
   * Explains the plan: households paired by proximity, weak villages linked, the shortfall
   * and what re-planning released.
   *
   * @param language  the language, not null
   * @return the lines, not null
   */
  public String explain(Language language) {
    return explain(language.locale());
  }

  /**
   * Explains the plan in a locale, as {@link #explain(Language)} does, with the frames of
   * Tuopin's message bundle ({@code pairing.*}).
   *
   * @param locale  the locale, not null
   * @return the lines, not null
   */
  public String explain(Locale locale) {
    requireNonNull(locale, "locale");
    Text byProximity = Text.join(Text.message("list.comma"), proximityCounts().entrySet().stream()
        .filter(e -> e.getValue() > 0).map(e -> Text.message("count", e.getKey().label(), e.getValue())).toList());
    StringBuilder b = new StringBuilder();
    b.append(Text.message("pairing.plan", policy().name(), pairs().size(), byProximity, byCadre().keySet().size(),
        links().size()).in(locale)).append('\n');
    b.append(coverage().finding().explain(locale)).append('\n');
    b.append(shortfall().explain(locale));
    if (!releasedPairs().isEmpty() || !releasedLinks().isEmpty()) {
      Map<Release, Long> why = releasedPairs().values().stream()
          .collect(Collectors.groupingBy(r -> r, () -> new EnumMap<>(Release.class), Collectors.counting()));
      Text reasons = why.isEmpty() ? Text.of("") : Text.message("pairing.released.why", Text.join(
          Text.message("list.comma"), why.entrySet().stream().map(e -> Text.message("count", e.getKey().label(),
              e.getValue())).toList()));
      b.append('\n').append(Text.message("pairing.released", releasedPairs().size(), reasons, releasedLinks().size())
          .in(locale));
    }
    return b.toString();
  }

  /**
   * Returns the numbers of pairs, links and households left.
   *
   * @return a short description, not null
   */
  @Override
  public String toString() {
    return "PairingPlan{policy=" + policy().key() + ", pairs=" + pairs().size() + ", links=" + links().size()
        + ", left=" + shortfall().households().size() + "}";
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder. The released maps are keyed by values, so they travel as lists of entries.

  /** A released pair and why, as JSON. */
  private record ReleasedPair(@JsonProperty("pairing") Pairing pairing, @JsonProperty("release") Release release) {
  }

  /** A released link and why, as JSON. */
  private record ReleasedLink(@JsonProperty("link") VillageLink link, @JsonProperty("release") Release release) {
  }

  @JsonProperty("scope")
  private @Nullable RegionLevel scopeJson() {
    return scope().orElse(null);
  }

  @JsonProperty("releasedPairs")
  private List<ReleasedPair> releasedPairsJson() {
    return releasedPairs().entrySet().stream().map(e -> new ReleasedPair(e.getKey(), e.getValue())).toList();
  }

  @JsonProperty("releasedLinks")
  private List<ReleasedLink> releasedLinksJson() {
    return releasedLinks().entrySet().stream().map(e -> new ReleasedLink(e.getKey(), e.getValue())).toList();
  }

  @JsonCreator
  private static PairingPlan ofJson(
      @JsonProperty("policy") QuotaPolicy policy,
      @JsonProperty("scope") @Nullable RegionLevel scope,
      @JsonProperty("cadres") @Nullable List<Cadre> cadres,
      @JsonProperty("pairs") @Nullable List<Pairing> pairs,
      @JsonProperty("links") @Nullable List<VillageLink> links,
      @JsonProperty("releasedPairs") @Nullable List<ReleasedPair> releasedPairs,
      @JsonProperty("releasedLinks") @Nullable List<ReleasedLink> releasedLinks,
      @JsonProperty("shortfall") Shortfall shortfall) {
    ImmutablePairingPlan.Builder b = ImmutablePairingPlan.builder().policy(policy).scope(Optional.ofNullable(scope))
        .shortfall(shortfall);
    if (cadres != null) {
      b.cadres(cadres);
    }
    if (pairs != null) {
      b.pairs(pairs);
    }
    if (links != null) {
      b.links(links);
    }
    if (releasedPairs != null) {
      releasedPairs.forEach(r -> b.putReleasedPairs(r.pairing(), r.release()));
    }
    if (releasedLinks != null) {
      releasedLinks.forEach(r -> b.putReleasedLinks(r.link(), r.release()));
    }
    return b.build();
  }
}
