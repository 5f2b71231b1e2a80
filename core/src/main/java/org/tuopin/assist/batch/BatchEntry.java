package org.tuopin.assist.batch;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.HouseholdId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * One household's place in the strategy batches: the batches it is counted in (the main
 * one first), whether they were decided for it or suggested by the rules, and the rules'
 * suggestion either way.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class BatchEntry implements WithBatchEntry {

  BatchEntry() {
  }

  /**
   * Returns the household.
   *
   * @return the household id, not null
   */
  @JsonProperty("household")
  public abstract HouseholdId household();

  /**
   * Returns the household's village.
   *
   * @return the village code, not null
   */
  @JsonProperty("village")
  public abstract RegionCode village();

  /**
   * Returns the number of people in the household.
   *
   * @return the household size, at least 1
   */
  @JsonProperty("people")
  public abstract int people();

  /**
   * Returns the batches the household is counted in, the main one first.
   *
   * @return the strategies, possibly empty, not null
   */
  @JsonProperty("strategies")
  public abstract ImmutableList<Strategy> strategies();

  /**
   * Checks whether the batches were decided for the household rather than suggested.
   *
   * @return true if an override set the batches
   */
  @JsonProperty("isOverridden")
  public abstract boolean isOverridden();

  /**
   * Returns what the rules suggested, overridden or not.
   *
   * @return the suggestion, not null
   */
  @JsonProperty("suggestion")
  public abstract BatchSuggestion suggestion();

  /**
   * Returns the main batch.
   *
   * @return the first strategy, or empty if the household is in no batch
   */
  public Optional<Strategy> primary() {
    return strategies().stream().findFirst();
  }

  /**
   * Checks whether the household is counted in more than one batch.
   *
   * @return true if it is in two or more batches
   */
  public boolean isOverlap() {
    return strategies().size() > 1;
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static BatchEntry ofJson(
      @JsonProperty("household") HouseholdId household,
      @JsonProperty("village") RegionCode village,
      @JsonProperty("people") int people,
      @JsonProperty("strategies") @Nullable List<Strategy> strategies,
      @JsonProperty("isOverridden") boolean isOverridden,
      @JsonProperty("suggestion") BatchSuggestion suggestion) {
    ImmutableBatchEntry.Builder b = ImmutableBatchEntry.builder();
    b.household(household);
    b.village(village);
    b.people(people);
    if (strategies != null) {
      b.strategies(strategies);
    }
    b.isOverridden(isOverridden);
    b.suggestion(suggestion);
    return b.build();
  }
}
