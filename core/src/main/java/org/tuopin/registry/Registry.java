package org.tuopin.registry;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.region.RegionCode;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * One yearly snapshot of the registration record (建档立卡, 年度): the households registered
 * in a year (年度).
 *
 * <p>Household ids are unique within a snapshot; the households are held in id order, so two
 * snapshots of the same year with the same households are equal whatever order they were
 * given in. Snapshots of several years form a {@link RegistryHistory}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Registry implements WithRegistry {

  private static final Comparator<Household> BY_ID = Comparator.comparing(Household::id);

  Registry() {
  }

  /**
   * Obtains an instance from its year and households.
   *
   * @param year  the year (年度) of the snapshot, 1978 to 2100
   * @param households  the households, in any order, not null
   * @return the snapshot, not null
   * @throws IllegalArgumentException if two households share an id (naming it) or the year is
   *     implausible
   */
  public static Registry of(int year, Collection<Household> households) {
    requireNonNull(households, "households");
    return builder().year(year).addAllHouseholds(households).build();
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
   * Returns the year (年度) of the snapshot.
   *
   * @return the year
   */
  @JsonProperty("year")
  public abstract int year();

  /**
   * Returns the households, in id order.
   *
   * @return the households, possibly empty, not null
   */
  @JsonProperty("households")
  public abstract ImmutableList<Household> households();

  /**
   * Returns the households by id, checking that ids are unique.
   *
   * @return the index, in id order, not null
   */
  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<HouseholdId, Household> index() {
    Map<HouseholdId, Household> seen = new HashMap<>();
    for (Household h : households()) {
      if (seen.put(h.id(), h) != null) {
        throw new IllegalArgumentException(
            "registry of " + year() + " lists household id twice: '" + h.id() + "'");
      }
    }
    ImmutableMap.Builder<HouseholdId, Household> index = ImmutableMap.builderWithExpectedSize(seen.size());
    households().stream().sorted(BY_ID).forEach(h -> index.put(h.id(), h));
    return index.build();
  }

  /**
   * Returns the ids of the households.
   *
   * @return the ids, in order, not null
   */
  public ImmutableSet<HouseholdId> ids() {
    return index().keySet();
  }

  /**
   * Finds a household by its id.
   *
   * @param id  the household id, not null
   * @return the household, or empty if this snapshot does not hold it
   */
  public Optional<Household> household(HouseholdId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(index().get(id));
  }

  /**
   * Returns the households of a region: those whose village the region contains.
   *
   * @param region  the region, at any level, not null
   * @return the households, in id order, possibly empty, not null
   */
  public ImmutableList<Household> households(RegionCode region) {
    requireNonNull(region, "region");
    return households().stream().filter(h -> region.contains(h.village()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of people: the members of all households.
   *
   * @return the number of people, not negative
   */
  public long people() {
    return households().stream().mapToLong(Household::size).sum();
  }

  @Value.Check
  Registry normalize() {
    if (year() < 1978 || year() > 2100) {
      throw new IllegalArgumentException("registry year must be between 1978 and 2100: " + year());
    }
    if (!Comparators.isInStrictOrder(households(), BY_ID)) {
      return builder().year(year()).addAllHouseholds(index().values()).build();
    }
    return this;
  }

  /**
   * Returns a short description: the year and the numbers of households and people.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Registry{year=" + year() + ", households=" + households().size() + ", people=" + people() + "}";
  }

  /**
   * A builder of registry snapshots.
   */
  public static final class Builder extends ImmutableRegistry.Builder {
    Builder() {
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static Registry ofJson(
      @JsonProperty("year") int year,
      @JsonProperty("households") @Nullable List<Household> households) {
    ImmutableRegistry.Builder b = ImmutableRegistry.builder();
    b.year(year);
    if (households != null) {
      b.households(households);
    }
    return b.build();
  }
}
