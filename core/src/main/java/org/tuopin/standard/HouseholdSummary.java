package org.tuopin.standard;

import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.ExitStatus;
import org.tuopin.registry.Household;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * What a report needs of an assessed household, kept in its {@link Assessment} so that no
 * report looks the household up again: its village, its size and its per-capita net income
 * (人均纯收入). The income year is the assessment's {@link Assessment#year() year}.
 *
 * <p>A household whose input was partly rejected (an incomplete household) has no income:
 * its summary holds the village if known and, as its size, the number of its rows in the
 * file (one row per member).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class HouseholdSummary implements WithHouseholdSummary {

  HouseholdSummary() {
  }

  /**
   * Obtains the summary of a complete household.
   *
   * @param household  the household, not null
   * @return the summary, not null
   */
  public static HouseholdSummary of(Household household) {
    return ImmutableHouseholdSummary.builder().village(household.village()).size(household.size())
        .perCapitaNetIncome(household.perCapitaNetIncome()).exitStatus(household.exitStatus()).build();
  }

  /**
   * Obtains the summary of a complete household from its figures, as a columnar table holds
   * them: equal to {@link #of(Household)} of the same household.
   *
   * @param village  the village, not null
   * @param size  the household's members, not negative
   * @param perCapitaNetIncome  the per-capita net income (人均纯收入), not null
   * @param exitStatus  the exit status as registered, if recorded
   * @return the summary, not null
   */
  public static HouseholdSummary of(RegionCode village, int size, Yuan perCapitaNetIncome,
      Optional<ExitStatus> exitStatus) {
    return ImmutableHouseholdSummary.builder().village(village).size(size).perCapitaNetIncome(perCapitaNetIncome)
        .exitStatus(exitStatus).build();
  }

  /**
   * Obtains the summary of an incomplete household: some of its rows were rejected.
   *
   * @param village  the village, if known
   * @param rows  the household's rows in the file, not negative
   * @return the summary, not null
   */
  public static HouseholdSummary ofIncomplete(Optional<RegionCode> village, int rows) {
    return ImmutableHouseholdSummary.builder().village(village).size(rows).build();
  }

  /**
   * Returns the village the household is registered in.
   *
   * @return the village code, or empty if an incomplete household's village is unknown
   */
  public abstract Optional<RegionCode> village();

  /**
   * Returns the household's size: its members, or for an incomplete household its rows.
   *
   * @return the size, not negative
   */
  @JsonProperty("size")
  public abstract int size();

  /**
   * Returns the household's per-capita net income (人均纯收入).
   *
   * @return the income, or empty for an incomplete household
   */
  public abstract Optional<Yuan> perCapitaNetIncome();

  /**
   * Returns the household's exit status (脱贫状态) as registered, if recorded.
   *
   * @return the status, or empty if not recorded (or the household is incomplete)
   */
  public abstract Optional<ExitStatus> exitStatus();

  /**
   * Checks whether the household is registered as poor: true unless its exit status says it
   * has exited, as {@link Household#isPoor()} does.
   *
   * @return true if poor by its exit status
   */
  public boolean isPoor() {
    return exitStatus().map(ExitStatus::isPoor).orElse(true);
  }

  /**
   * Checks whether the household was complete: all its rows accepted.
   *
   * @return true if its income is known
   */
  public boolean isComplete() {
    return perCapitaNetIncome().isPresent();
  }

  @Value.Check
  void check() {
    if (size() < 0) {
      throw new IllegalArgumentException("a household's size must not be negative: " + size());
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("village")
  private @Nullable RegionCode villageJson() {
    return village().orElse(null);
  }

  @JsonProperty("perCapitaNetIncome")
  private @Nullable Yuan perCapitaNetIncomeJson() {
    return perCapitaNetIncome().orElse(null);
  }

  @JsonProperty("exitStatus")
  private @Nullable ExitStatus exitStatusJson() {
    return exitStatus().orElse(null);
  }

  @JsonCreator
  private static HouseholdSummary ofJson(
      @JsonProperty("village") @Nullable RegionCode village,
      @JsonProperty("size") int size,
      @JsonProperty("perCapitaNetIncome") @Nullable Yuan perCapitaNetIncome,
      @JsonProperty("exitStatus") @Nullable ExitStatus exitStatus) {
    ImmutableHouseholdSummary.Builder b = ImmutableHouseholdSummary.builder();
    if (village != null) {
      b.village(village);
    }
    b.size(size);
    if (perCapitaNetIncome != null) {
      b.perCapitaNetIncome(perCapitaNetIncome);
    }
    if (exitStatus != null) {
      b.exitStatus(exitStatus);
    }
    return b.build();
  }
}
