package org.tuopin.assist.batch;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.HouseholdId;

/**
 * One household's place in the strategy batches: the batches it is counted in (the main
 * one first), whether they were decided for it or suggested by the rules, and the rules'
 * suggestion either way.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BatchEntry implements WithBatchEntry {

  BatchEntry() {
  }

  /**
   * Returns the household.
   *
   * @return the household id, not null
   */
  public abstract HouseholdId household();

  /**
   * Returns the household's village.
   *
   * @return the village code, not null
   */
  public abstract RegionCode village();

  /**
   * Returns the number of people in the household.
   *
   * @return the household size, at least 1
   */
  public abstract int people();

  /**
   * Returns the batches the household is counted in, the main one first.
   *
   * @return the strategies, possibly empty, not null
   */
  public abstract ImmutableList<Strategy> strategies();

  /**
   * Checks whether the batches were decided for the household rather than suggested.
   *
   * @return true if an override set the batches
   */
  public abstract boolean isOverridden();

  /**
   * Returns what the rules suggested, overridden or not.
   *
   * @return the suggestion, not null
   */
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
}
