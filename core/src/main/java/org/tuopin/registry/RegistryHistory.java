package org.tuopin.registry;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * The registration record across years: at most one {@link Registry snapshot} per year (年度),
 * and the dynamics between them (动态调整): which households were newly identified, stayed
 * poor, exited, returned to poverty, stayed exited or were removed.
 *
 * <p>Poor and exited are read from each snapshot's recorded exit status (脱贫状态):
 * 0 未脱贫 and 3 返贫 are poor, 1 已脱贫享受政策 and 4 已脱贫不再享受政策 are exited, and a
 * household with no exit status recorded is treated as poor, since it is on the poverty
 * register. {@link Transition} gives the full rule.
 *
 * <p>Years need not follow each other: a year with no snapshot is a gap. Transitions are
 * usually asked between consecutive snapshot years, but any earlier and later year held may
 * be compared.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class RegistryHistory implements WithRegistryHistory {

  private static final Comparator<Registry> BY_YEAR = Comparator.comparingInt(Registry::year);

  RegistryHistory() {
  }

  /**
   * Obtains an instance from its snapshots.
   *
   * @param snapshots  the snapshots, at most one per year, in any order, not null
   * @return the history, not null
   * @throws IllegalArgumentException if two snapshots have the same year, naming it
   */
  public static RegistryHistory of(Collection<Registry> snapshots) {
    requireNonNull(snapshots, "snapshots");
    return builder().addAllSnapshots(snapshots).build();
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
   * Returns the snapshots, earliest year first.
   *
   * @return the snapshots, possibly empty, not null
   */
  @JsonProperty("snapshots")
  public abstract ImmutableList<Registry> snapshots();

  /**
   * Returns the snapshots by year, checking that years are unique.
   *
   * @return the index, not null
   */
  @Value.Derived
  @Value.Auxiliary
  ImmutableSortedMap<Integer, Registry> byYear() {
    Map<Integer, Registry> byYear = new TreeMap<>();
    for (Registry r : snapshots()) {
      if (byYear.put(r.year(), r) != null) {
        throw new IllegalArgumentException("registry history holds two snapshots of year " + r.year());
      }
    }
    return ImmutableSortedMap.copyOf(byYear);
  }

  /**
   * Returns the years that have a snapshot.
   *
   * @return the years, ascending, not null
   */
  public ImmutableSortedSet<Integer> years() {
    return byYear().keySet();
  }

  /**
   * Finds the snapshot of a year.
   *
   * @param year  the year
   * @return the snapshot, or empty if the history holds none for that year
   */
  public Optional<Registry> snapshot(int year) {
    return Optional.ofNullable(byYear().get(year));
  }

  /**
   * Classifies every household of two snapshots by its {@link Transition} from the earlier
   * year to the later: each household in either snapshot appears exactly once.
   *
   * @param fromYear  the earlier year, which must have a snapshot
   * @param toYear  the later year, which must have a snapshot
   * @return the transitions, in household id order, not null
   * @throws IllegalArgumentException if a year has no snapshot, or {@code fromYear} is not
   *     before {@code toYear}
   */
  public ImmutableList<HouseholdTransition> transitions(int fromYear, int toYear) {
    if (fromYear >= toYear) {
      throw new IllegalArgumentException(
          "transitions need an earlier year before a later one: from " + fromYear + " to " + toYear);
    }
    Registry earlier = require(fromYear);
    Registry later = require(toYear);
    SortedSet<HouseholdId> ids = new TreeSet<>(earlier.ids());
    ids.addAll(later.ids());
    ImmutableList.Builder<HouseholdTransition> transitions = ImmutableList.builderWithExpectedSize(ids.size());
    for (HouseholdId id : ids) {
      transitions.add(HouseholdTransition.between(earlier.household(id), later.household(id)));
    }
    return transitions.build();
  }

  /**
   * Counts households and people per {@link Transition} from the earlier year to the later,
   * per region at a level: each household is counted in the region above its village (the
   * later snapshot's village, or the earlier one's for a removed household), and its people
   * are its members in the later snapshot, or the earlier one for a removed household.
   *
   * @param fromYear  the earlier year, which must have a snapshot
   * @param toYear  the later year, which must have a snapshot
   * @param level  the level of the regions counted, not null
   * @return the counts by region code at that level, regions without households left out,
   *     not null
   * @throws IllegalArgumentException if a year has no snapshot, or {@code fromYear} is not
   *     before {@code toYear}
   */
  public ImmutableSortedMap<RegionCode, TransitionCounts> counts(int fromYear, int toYear, RegionLevel level) {
    requireNonNull(level, "level");
    Map<RegionCode, Map<Transition, Long>> households = new TreeMap<>();
    Map<RegionCode, Map<Transition, Long>> people = new TreeMap<>();
    for (HouseholdTransition t : transitions(fromYear, toYear)) {
      RegionCode region = t.village().at(level);
      households.computeIfAbsent(region, r -> new EnumMap<>(Transition.class))
          .merge(t.transition(), 1L, Long::sum);
      people.computeIfAbsent(region, r -> new EnumMap<>(Transition.class))
          .merge(t.transition(), (long) t.people(), Long::sum);
    }
    ImmutableSortedMap.Builder<RegionCode, TransitionCounts> counts = ImmutableSortedMap.naturalOrder();
    households.forEach((region, h) -> counts.put(region, TransitionCounts.of(h, people.get(region))));
    return counts.build();
  }

  /**
   * Counts how many consecutive snapshot years, ending at a year, a household is registered
   * and meets a condition, as an observation rule such as "two consecutive years meeting the
   * standard" needs. The run goes back year by year from {@code toYear}; it stops at the first
   * year in which the household is absent or does not meet the condition, and at the first
   * year with no snapshot, since a gap in the snapshots breaks it.
   *
   * @param id  the household id, not null
   * @param toYear  the last year of the run, which must have a snapshot
   * @param meets  the condition on the household of each year, not null
   * @return the number of years in the run, 0 if the household does not meet it in
   *     {@code toYear}
   * @throws IllegalArgumentException if {@code toYear} has no snapshot
   */
  public int consecutiveYears(HouseholdId id, int toYear, Predicate<? super Household> meets) {
    requireNonNull(id, "id");
    requireNonNull(meets, "meets");
    require(toYear);
    int run = 0;
    for (int year = toYear; byYear().containsKey(year); year--) {
      Optional<Household> h = byYear().get(year).household(id);
      if (h.isEmpty() || !meets.test(h.get())) {
        break;
      }
      run++;
    }
    return run;
  }

  private Registry require(int year) {
    Registry r = byYear().get(year);
    if (r == null) {
      throw new IllegalArgumentException("registry history has no snapshot of year " + year + "; years held: "
          + years());
    }
    return r;
  }

  @Value.Check
  RegistryHistory normalize() {
    if (!Comparators.isInStrictOrder(snapshots(), BY_YEAR)) {
      return builder().addAllSnapshots(byYear().values()).build();
    }
    return this;
  }

  /**
   * Returns a short description: the years held.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "RegistryHistory{years=" + years() + "}";
  }

  /**
   * A builder of registry histories.
   */
  public static final class Builder extends ImmutableRegistryHistory.Builder {
    Builder() {
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static RegistryHistory ofJson(
      @JsonProperty("snapshots") @Nullable List<Registry> snapshots) {
    ImmutableRegistryHistory.Builder b = ImmutableRegistryHistory.builder();
    if (snapshots != null) {
      b.snapshots(snapshots);
    }
    return b.build();
  }
}
