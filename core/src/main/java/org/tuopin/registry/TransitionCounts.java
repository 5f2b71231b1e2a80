package org.tuopin.registry;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * The numbers of households (户) and people (人) in a region per {@link Transition} between two
 * snapshot years, such as 新识别 12户 40人, 脱贫 30户 95人.
 *
 * <p>A transition that no household made counts zero and is not held in the maps, so equal
 * counts are equal whichever way they were built. Counts of regions add up with
 * {@link #plus(TransitionCounts)}. Instances come from
 * {@link RegistryHistory#counts(int, int, org.tuopin.region.RegionLevel)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class TransitionCounts implements WithTransitionCounts {

  TransitionCounts() {
  }

  /**
   * Obtains an instance from the numbers of households and of people per transition.
   *
   * @param households  the households per transition, missing ones zero, not null
   * @param people  the people per transition, missing ones zero, not null
   * @return the counts, not null
   * @throws IllegalArgumentException if a number is negative, or a transition has households
   *     but fewer people than households, or people but no households
   */
  public static TransitionCounts of(Map<Transition, Long> households, Map<Transition, Long> people) {
    requireNonNull(households, "households");
    requireNonNull(people, "people");
    return ImmutableTransitionCounts.builder().households(households).people(people).build();
  }

  /**
   * Obtains the counts of no households.
   *
   * @return the empty counts, not null
   */
  public static TransitionCounts empty() {
    return of(Map.of(), Map.of());
  }

  /**
   * Returns the numbers of households per transition, zeros left out.
   *
   * @return the numbers in transition order, not null
   */
  @JsonProperty("households")
  public abstract ImmutableMap<Transition, Long> households();

  /**
   * Returns the numbers of people per transition, zeros left out.
   *
   * @return the numbers in transition order, not null
   */
  @JsonProperty("people")
  public abstract ImmutableMap<Transition, Long> people();

  /**
   * Returns the number of households that made a transition.
   *
   * @param transition  the transition, not null
   * @return the number of households, not negative
   */
  public long households(Transition transition) {
    requireNonNull(transition, "transition");
    return households().getOrDefault(transition, 0L);
  }

  /**
   * Returns the number of people in the households that made a transition.
   *
   * @param transition  the transition, not null
   * @return the number of people, not negative
   */
  public long people(Transition transition) {
    requireNonNull(transition, "transition");
    return people().getOrDefault(transition, 0L);
  }

  /**
   * Returns the number of households, all transitions together.
   *
   * @return the number of households, not negative
   */
  public long totalHouseholds() {
    return households().values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns the number of people, all transitions together.
   *
   * @return the number of people, not negative
   */
  public long totalPeople() {
    return people().values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns the sum of these counts and others, transition by transition.
   *
   * @param other  the counts to add, not null
   * @return the sum, not null
   */
  public TransitionCounts plus(TransitionCounts other) {
    requireNonNull(other, "other");
    Map<Transition, Long> households = new EnumMap<>(Transition.class);
    Map<Transition, Long> people = new EnumMap<>(Transition.class);
    for (Transition t : Transition.values()) {
      households.put(t, Math.addExact(households(t), other.households(t)));
      people.put(t, Math.addExact(people(t), other.people(t)));
    }
    return of(households, people);
  }

  @Value.Check
  TransitionCounts normalize() {
    for (Transition t : Transition.values()) {
      long h = households(t);
      long p = people(t);
      if (h < 0 || p < 0) {
        throw new IllegalArgumentException(
            "counts must not be negative: " + t + " has " + h + " households and " + p + " people");
      }
      if (p < h || (h == 0 && p > 0)) {
        throw new IllegalArgumentException("every household has at least one person, and people belong to a "
            + "household: " + t + " has " + h + " households and " + p + " people");
      }
    }
    ImmutableMap<Transition, Long> households = canonical(households());
    ImmutableMap<Transition, Long> people = canonical(people());
    if (!households.entrySet().asList().equals(households().entrySet().asList())
        || !people.entrySet().asList().equals(people().entrySet().asList())) {
      return ImmutableTransitionCounts.builder().households(households).people(people).build();
    }
    return this;
  }

  private static ImmutableMap<Transition, Long> canonical(Map<Transition, Long> counts) {
    Map<Transition, Long> ordered = new EnumMap<>(Transition.class);
    ordered.putAll(counts);
    ordered.values().removeIf(n -> n == 0);
    return ImmutableMap.copyOf(ordered);
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static TransitionCounts ofJson(
      @JsonProperty("households") @Nullable Map<Transition, Long> households,
      @JsonProperty("people") @Nullable Map<Transition, Long> people) {
    ImmutableTransitionCounts.Builder b = ImmutableTransitionCounts.builder();
    if (households != null) {
      b.households(households);
    }
    if (people != null) {
      b.people(people);
    }
    return b.build();
  }
}
