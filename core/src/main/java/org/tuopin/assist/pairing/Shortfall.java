package org.tuopin.assist.pairing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.HouseholdId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * What a pairing plan could not cover for want of quota: the poor households left without a
 * helper and the weak villages left without a link, and how many more cadres of each rank
 * would cover them.
 *
 * <p>The cadres needed are counted per rank as if all the extra helpers were of that rank,
 * region by region when the planner pairs only within a region
 * ({@link PairingPlanner#scope()}): 7 households left in one township and 3 in another need
 * 2 + 1 = 3 more township principal leaders (5 households each), or 4 + 2 = 6 more village
 * Party cadres (2 each).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Shortfall implements WithShortfall {

  Shortfall() {
  }

  /**
   * Returns the households left without a helper.
   *
   * @return the household ids, in id order, not null
   */
  @JsonProperty("households")
  public abstract ImmutableList<HouseholdId> households();

  /**
   * Returns the number of households left in each village.
   *
   * @return the counts by village, in code order, not null
   */
  @JsonProperty("byVillage")
  public abstract ImmutableSortedMap<RegionCode, Integer> byVillage();

  /**
   * Returns, for each rank with a household quota, how many more cadres of that rank alone
   * would cover the households left.
   *
   * @return the cadres needed by rank, the policy's order, not null
   */
  @JsonProperty("cadresNeeded")
  public abstract ImmutableMap<Rank, Long> cadresNeeded();

  /**
   * Returns the weak villages left without a link.
   *
   * @return the village codes, in code order, not null
   */
  @JsonProperty("villages")
  public abstract ImmutableList<RegionCode> villages();

  /**
   * Returns, for each rank with a village quota, how many more cadres of that rank alone
   * would link the villages left.
   *
   * @return the cadres needed by rank, the policy's order, not null
   */
  @JsonProperty("cadresNeededForVillages")
  public abstract ImmutableMap<Rank, Long> cadresNeededForVillages();

  /**
   * Returns the period that falls short, when the policy has quotas per period and the
   * planner a date: the households left are those its cadres cannot take on in that period.
   *
   * @return the period, if the quotas run per period
   */
  public abstract Optional<DateRange> period();

  /**
   * Checks whether nothing is left.
   *
   * @return true if every household has a helper and every weak village a link
   */
  public boolean isEmpty() {
    return households().isEmpty() && villages().isEmpty();
  }

  /**
   * Returns the number of households left in each region of a level.
   *
   * @param level  the level, not null
   * @return the counts by region, in code order, not null
   */
  public ImmutableSortedMap<RegionCode, Integer> by(RegionLevel level) {
    Map<RegionCode, Integer> counts = new TreeMap<>();
    byVillage().forEach((v, n) -> counts.merge(v.at(level), n, Integer::sum));
    return ImmutableSortedMap.copyOf(counts);
  }

  /**
   * Explains the shortfall: the households and villages left and the cadres needed by rank.
   *
   * @param language  the language, not null
   * @return the text, not null
   */
  public String explain(Language language) {
    return explain(language.locale());
  }

  /**
   * Explains the shortfall in a locale, as {@link #explain(Language)} does, with the frames
   * of Tuopin's message bundle ({@code pairing.shortfall.*}).
   *
   * @param locale  the locale, not null
   * @return the text, not null
   */
  public String explain(Locale locale) {
    requireNonNull(locale, "locale");
    if (isEmpty()) {
      return Text.message("pairing.shortfall.none").in(locale);
    }
    List<Text> parts = new ArrayList<>();
    if (!households().isEmpty()) {
      parts.add(Text.message("pairing.shortfall.households", households().size(), ranks(cadresNeeded())));
    }
    if (!villages().isEmpty()) {
      parts.add(Text.message("pairing.shortfall.villages", villages().size(), ranks(cadresNeededForVillages())));
    }
    Text all = Text.join(Text.message("list.clauses"), parts);
    return period().map(p -> Text.message("pairing.shortfall.period", p, all)).orElse(all).in(locale);
  }

  private static Text ranks(Map<Rank, Long> needed) {
    if (needed.isEmpty()) {
      return Text.message("pairing.shortfall.no_rank");
    }
    return Text.join(Text.message("list.comma"),
        needed.entrySet().stream().map(e -> Text.message("count", e.getKey().label(), e.getValue())).toList());
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("period")
  private @Nullable DateRange periodJson() {
    return period().orElse(null);
  }

  @JsonCreator
  private static Shortfall ofJson(
      @JsonProperty("households") @Nullable List<HouseholdId> households,
      @JsonProperty("byVillage") @Nullable Map<RegionCode, Integer> byVillage,
      @JsonProperty("cadresNeeded") @Nullable Map<Rank, Long> cadresNeeded,
      @JsonProperty("villages") @Nullable List<RegionCode> villages,
      @JsonProperty("cadresNeededForVillages") @Nullable Map<Rank, Long> cadresNeededForVillages,
      @JsonProperty("period") @Nullable DateRange period) {
    ImmutableShortfall.Builder b = ImmutableShortfall.builder();
    if (households != null) {
      b.households(households);
    }
    if (byVillage != null) {
      b.byVillage(ImmutableSortedMap.copyOf(byVillage));
    }
    if (cadresNeeded != null) {
      b.cadresNeeded(cadresNeeded);
    }
    if (villages != null) {
      b.villages(villages);
    }
    if (cadresNeededForVillages != null) {
      b.cadresNeededForVillages(cadresNeededForVillages);
    }
    if (period != null) {
      b.period(period);
    }
    return b.build();
  }
}
