package org.tuopin.registry;

import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.region.RegionCode;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * One household's {@link Transition} between two snapshot years, with its village, its size
 * and its exit status (脱贫状态) in each snapshot.
 *
 * <p>The village and the number of people come from the later snapshot, or from the earlier
 * one for a {@link Transition#REMOVED removed} household; a household that moved (易地搬迁)
 * is thus counted at its new village. A status is empty when the household is not in that
 * snapshot or has no status recorded there.
 *
 * <p>Instances come from {@link RegistryHistory#transitions(int, int)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class HouseholdTransition implements WithHouseholdTransition {

  HouseholdTransition() {
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
   * Returns the household id (户编号).
   *
   * @return the id, not null
   */
  @JsonProperty("id")
  public abstract HouseholdId id();

  /**
   * Returns the village: the later snapshot's, or the earlier one's for a removed household.
   *
   * @return the village code, not null
   */
  @JsonProperty("village")
  public abstract RegionCode village();

  /**
   * Returns the transition.
   *
   * @return the transition, not null
   */
  @JsonProperty("transition")
  public abstract Transition transition();

  /**
   * Returns the exit status in the earlier snapshot.
   *
   * @return the status, or empty if the household is absent or has none recorded
   */
  public abstract Optional<ExitStatus> statusBefore();

  /**
   * Returns the exit status in the later snapshot.
   *
   * @return the status, or empty if the household is absent or has none recorded
   */
  public abstract Optional<ExitStatus> statusAfter();

  /**
   * Returns the number of people: the members in the later snapshot, or in the earlier one
   * for a removed household.
   *
   * @return the number of people, at least 1
   */
  @JsonProperty("people")
  public abstract int people();

  /**
   * Obtains the transition of a household from its records in two snapshots.
   *
   * @param earlier  the household in the earlier snapshot, or empty
   * @param later  the household in the later snapshot, or empty
   * @return the transition, not null
   */
  static HouseholdTransition between(Optional<Household> earlier, Optional<Household> later) {
    Household shown = later.or(() -> earlier).orElseThrow(
        () -> new IllegalArgumentException("a transition needs the household in at least one snapshot"));
    return builder()
        .id(shown.id())
        .village(shown.village())
        .transition(Transition.between(earlier, later))
        .statusBefore(earlier.flatMap(Household::exitStatus))
        .statusAfter(later.flatMap(Household::exitStatus))
        .people(shown.size())
        .build();
  }

  @Value.Check
  void check() {
    if (people() < 1) {
      throw new IllegalArgumentException("household " + id() + " must have at least one person: " + people());
    }
  }

  /**
   * A builder of household transitions.
   */
  public static final class Builder extends ImmutableHouseholdTransition.Builder {
    Builder() {
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("statusBefore")
  private @Nullable ExitStatus statusBeforeJson() {
    return statusBefore().orElse(null);
  }

  @JsonProperty("statusAfter")
  private @Nullable ExitStatus statusAfterJson() {
    return statusAfter().orElse(null);
  }

  @JsonCreator
  private static HouseholdTransition ofJson(
      @JsonProperty("id") HouseholdId id,
      @JsonProperty("village") RegionCode village,
      @JsonProperty("transition") Transition transition,
      @JsonProperty("statusBefore") @Nullable ExitStatus statusBefore,
      @JsonProperty("statusAfter") @Nullable ExitStatus statusAfter,
      @JsonProperty("people") int people) {
    ImmutableHouseholdTransition.Builder b = ImmutableHouseholdTransition.builder();
    b.id(id);
    b.village(village);
    b.transition(transition);
    if (statusBefore != null) {
      b.statusBefore(statusBefore);
    }
    if (statusAfter != null) {
      b.statusAfter(statusAfter);
    }
    b.people(people);
    return b.build();
  }
}
