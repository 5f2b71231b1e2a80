package org.tuopin.assist.batch;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.tuopin.registry.HouseholdId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts about households kept beside the registration record, as of a date: the
 * {@link HouseholdFlag flags} of lists such as the relocation list (易地扶贫搬迁名单), and the
 * date at which members' ages are taken.
 *
 * <p>Strategy rules read these facts through {@link HouseholdPredicate}, so that a new kind of
 * fact needs a new flag, not a change to {@link org.tuopin.registry.Household}. A flag is a
 * list: a household is on it or not.
 *
 * <p>JSON: {@code {"asOf": "2016-12-31", "flags": {household id: [flag keys]}}}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class HouseholdFacts implements WithHouseholdFacts {

  HouseholdFacts() {
  }

  /**
   * Obtains facts as of a date with no household flagged.
   *
   * @param asOf  the date of the facts, at which ages are taken, not null
   * @return the facts, not null
   */
  public static HouseholdFacts of(LocalDate asOf) {
    return builder().asOf(asOf).build();
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
   * Returns the date of the facts, at which members' ages are taken.
   *
   * @return the date, not null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the flags of every flagged household.
   *
   * @return the flags by household, not null
   */
  public abstract ImmutableSetMultimap<HouseholdId, HouseholdFlag> flags();

  /**
   * Checks whether a household carries a flag.
   *
   * @param household  the household id, not null
   * @param flag  the flag, not null
   * @return true if the household is on the flag's list
   */
  public boolean has(HouseholdId household, HouseholdFlag flag) {
    requireNonNull(household, "household");
    requireNonNull(flag, "flag");
    return flags().containsEntry(household, flag);
  }

  /**
   * Returns the flags of a household.
   *
   * @param household  the household id, not null
   * @return the flags, possibly empty, not null
   */
  public ImmutableSet<HouseholdFlag> flags(HouseholdId household) {
    return flags().get(requireNonNull(household, "household"));
  }

  /**
   * Returns the households that carry a flag.
   *
   * @param flag  the flag, not null
   * @return the household ids, not null
   */
  public ImmutableSet<HouseholdId> households(HouseholdFlag flag) {
    requireNonNull(flag, "flag");
    return flags().inverse().get(flag);
  }

  /**
   * Returns the date and the number of flagged households.
   *
   * @return a short description, not null
   */
  @Override
  public String toString() {
    return "HouseholdFacts{asOf=" + asOf() + ", flagged=" + flags().keySet().size() + "}";
  }

  /**
   * A builder of household facts.
   */
  public static final class Builder extends ImmutableHouseholdFacts.Builder {
    Builder() {
    }

    /**
     * Flags households.
     *
     * @param flag  the flag, not null
     * @param households  the households on the flag's list, not null
     * @return this builder, not null
     */
    public Builder flag(HouseholdFlag flag, Iterable<HouseholdId> households) {
      requireNonNull(flag, "flag");
      for (HouseholdId h : households) {
        putFlags(h, flag);
      }
      return this;
    }

    /**
     * Flags one household.
     *
     * @param flag  the flag, not null
     * @param household  the household, not null
     * @return this builder, not null
     */
    public Builder flag(HouseholdFlag flag, HouseholdId household) {
      putFlags(requireNonNull(household, "household"), requireNonNull(flag, "flag"));
      return this;
    }
  }

  // JSON binding (see JsonBinding): the multimap as a map of lists, read back through the
  // builder.

  @JsonProperty("asOf")
  private String asOfJson() {
    return asOf().toString();
  }

  @JsonProperty("flags")
  private Map<String, List<HouseholdFlag>> flagsJson() {
    Map<String, List<HouseholdFlag>> out = new LinkedHashMap<>();
    flags().asMap().forEach((h, fs) -> out.put(h.toString(), List.copyOf(fs)));
    return out;
  }

  @JsonCreator
  private static HouseholdFacts ofJson(@JsonProperty("asOf") String asOf,
      @JsonProperty("flags") @Nullable Map<String, List<HouseholdFlag>> flags) {
    Builder b = builder();
    b.asOf(LocalDate.parse(asOf));
    if (flags != null) {
      flags.forEach((h, fs) -> fs.forEach(f -> b.flag(f, HouseholdId.of(h))));
    }
    return b.build();
  }
}
