package org.tuopin.assist.batch;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.HouseholdId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * The strategy batches of a set of poor households under one taxonomy: one
 * {@link BatchEntry} per household, with counts per batch and per region, the households
 * counted in more than one batch, and those whose suggestion could not be fully decided.
 *
 * <p>Made by {@link StrategyTaxonomy#classify(java.util.Collection, HouseholdFacts, Map)}.
 * Entries are held in household id order.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class BatchRoster implements WithBatchRoster {

  BatchRoster() {
  }

  /**
   * Returns the taxonomy the households were classed by.
   *
   * @return the taxonomy, not null
   */
  @JsonProperty("taxonomy")
  public abstract StrategyTaxonomy taxonomy();

  /**
   * Returns one entry per household, in household id order.
   *
   * @return the entries, not null
   */
  @JsonProperty("entries")
  public abstract ImmutableList<BatchEntry> entries();

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<HouseholdId, BatchEntry> index() {
    ImmutableMap.Builder<HouseholdId, BatchEntry> index = ImmutableMap.builderWithExpectedSize(entries().size());
    entries().forEach(e -> index.put(e.household(), e));
    return index.buildOrThrow();
  }

  /**
   * Finds a household's entry.
   *
   * @param household  the household id, not null
   * @return the entry, or empty if the household was not classed
   */
  public Optional<BatchEntry> entry(HouseholdId household) {
    return Optional.ofNullable(index().get(requireNonNull(household, "household")));
  }

  /**
   * Returns the households of one batch.
   *
   * @param strategy  the batch, not null
   * @return the entries of the households counted in it, in id order, not null
   */
  public ImmutableList<BatchEntry> entries(Strategy strategy) {
    requireNonNull(strategy, "strategy");
    return filter(e -> e.strategies().contains(strategy));
  }

  /**
   * Returns the households counted in more than one batch.
   *
   * @return the entries, in id order, not null
   */
  public ImmutableList<BatchEntry> overlaps() {
    return filter(BatchEntry::isOverlap);
  }

  /**
   * Returns the households in no batch: not overridden, no rule met and no fallback.
   *
   * @return the entries, in id order, not null
   */
  public ImmutableList<BatchEntry> unbatched() {
    return filter(e -> e.strategies().isEmpty());
  }

  /**
   * Returns the households whose batches were suggested while some rule could not be
   * decided for want of a fact: worth a look.
   *
   * @return the entries, in id order, not null
   */
  public ImmutableList<BatchEntry> undecided() {
    return filter(e -> !e.isOverridden() && !e.suggestion().undecided().isEmpty());
  }

  /**
   * Returns the households whose batches were decided rather than suggested.
   *
   * @return the entries, in id order, not null
   */
  public ImmutableList<BatchEntry> overridden() {
    return filter(BatchEntry::isOverridden);
  }

  private ImmutableList<BatchEntry> filter(Predicate<BatchEntry> p) {
    return entries().stream().filter(p).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the counts of every batch over all households.
   *
   * @return the counts, every strategy of the taxonomy in order, with the households
   *     classed as the registered figure, not null
   */
  public BatchCounts counts() {
    return count(Optional.empty(), entries());
  }

  /**
   * Returns the counts of every batch over the households of a region.
   *
   * @param region  the region, at any level, not null
   * @return the counts, not null
   */
  public BatchCounts counts(RegionCode region) {
    requireNonNull(region, "region");
    return count(Optional.of(region), filter(e -> region.contains(e.village())));
  }

  /**
   * Returns the counts of every region of a level that holds a classed household.
   *
   * @param level  the level, not null
   * @return the counts by region code, in code order, not null
   */
  public ImmutableSortedMap<RegionCode, BatchCounts> countsBy(RegionLevel level) {
    requireNonNull(level, "level");
    Map<RegionCode, List<BatchEntry>> byRegion = new TreeMap<>();
    for (BatchEntry e : entries()) {
      byRegion.computeIfAbsent(e.village().at(level), r -> new ArrayList<>()).add(e);
    }
    ImmutableSortedMap.Builder<RegionCode, BatchCounts> counts = ImmutableSortedMap.naturalOrder();
    byRegion.forEach((r, es) -> counts.put(r, count(Optional.of(r), es)));
    return counts.build();
  }

  private BatchCounts count(Optional<RegionCode> region, List<BatchEntry> entries) {
    Map<Strategy, Headcount> counts = new LinkedHashMap<>();
    taxonomy().strategies().forEach(s -> counts.put(s, Headcount.ZERO));
    Headcount registered = Headcount.ZERO;
    for (BatchEntry e : entries) {
      registered = registered.plusHousehold(e.people());
      for (Strategy s : e.strategies()) {
        counts.merge(s, Headcount.of(1, e.people()), Headcount::plus);
      }
    }
    return BatchCounts.builder().region(region).counts(counts).registered(registered).build();
  }

  /**
   * Explains the roster: the counts, then the numbers of overlapping, overridden, undecided
   * and unbatched households.
   *
   * @param language  the language, not null
   * @return the lines, not null
   */
  public String explain(Language language) {
    return explain(language.locale());
  }

  /**
   * Explains the roster in a locale, as {@link #explain(Language)} does, with the frames of
   * Tuopin's message bundle ({@code batch.*}).
   *
   * @param locale  the locale, not null
   * @return the lines, not null
   */
  public String explain(Locale locale) {
    requireNonNull(locale, "locale");
    return taxonomy().name().in(locale) + "\n" + counts().explain(locale) + "\n"
        + Text.message("batch.roster", overlaps().size(), overridden().size(), undecided().size(), unbatched().size())
            .in(locale);
  }

  @Override
  public String toString() {
    return "BatchRoster{taxonomy=" + taxonomy().key() + ", households=" + entries().size() + "}";
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static BatchRoster ofJson(
      @JsonProperty("taxonomy") StrategyTaxonomy taxonomy,
      @JsonProperty("entries") @Nullable List<BatchEntry> entries) {
    ImmutableBatchRoster.Builder b = ImmutableBatchRoster.builder();
    b.taxonomy(taxonomy);
    if (entries != null) {
      b.entries(entries);
    }
    return b.build();
  }
}
