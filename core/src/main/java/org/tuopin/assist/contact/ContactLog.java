package org.tuopin.assist.contact;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.tuopin.assist.pairing.CadreId;
import org.tuopin.basics.DateRange;
import org.tuopin.registry.HouseholdId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * The log of contacts between helpers and households (帮扶联系卡登记): every
 * {@link Visit}, in date order.
 *
 * <p>Checked against a {@link ContactRequirement} it gives a {@link ComplianceReport}; it
 * also measures {@link Coverages#visited visit coverage}. Two logs with the same visits are
 * equal whatever order the visits were given in.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class ContactLog implements WithContactLog {

  private static final Comparator<Visit> ORDER = Comparator.comparing(Visit::date)
      .thenComparing(Visit::household).thenComparing(Visit::cadre).thenComparing(Visit::isSigned);

  ContactLog() {
  }

  /**
   * Obtains a log of visits.
   *
   * @param visits  the visits, in any order, not null
   * @return the log, not null
   */
  public static ContactLog of(Collection<Visit> visits) {
    requireNonNull(visits, "visits");
    return builder().addAllVisits(visits).build();
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
   * Returns the visits.
   *
   * @return the visits, in date order, not null
   */
  @JsonProperty("visits")
  public abstract ImmutableList<Visit> visits();

  @Value.Lazy
  ImmutableListMultimap<HouseholdId, Visit> byHousehold() {
    return visits().stream().collect(ImmutableListMultimap.toImmutableListMultimap(Visit::household, v -> v));
  }

  /**
   * Returns the visits to a household.
   *
   * @param household  the household id, not null
   * @return the visits, in date order, possibly empty, not null
   */
  public ImmutableList<Visit> visits(HouseholdId household) {
    return byHousehold().get(requireNonNull(household, "household"));
  }

  /**
   * Returns the visits to a household by one cadre.
   *
   * @param household  the household id, not null
   * @param cadre  the cadre id, not null
   * @return the visits, in date order, possibly empty, not null
   */
  public ImmutableList<Visit> visits(HouseholdId household, CadreId cadre) {
    requireNonNull(cadre, "cadre");
    return visits(household).stream().filter(v -> v.cadre().equals(cadre)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the log of the visits within a period.
   *
   * @param period  the period, both ends included, not null
   * @return the log, not null
   */
  public ContactLog between(DateRange period) {
    requireNonNull(period, "period");
    return builder().addAllVisits(visits().stream().filter(v -> period.contains(v.date())).collect(Collectors.toList()))
        .build();
  }

  /**
   * Returns the households visited at least once.
   *
   * @return the household ids, in order of first visit, not null
   */
  public ImmutableSet<HouseholdId> households() {
    return byHousehold().keySet();
  }

  @Value.Check
  ContactLog normalize() {
    if (!Comparators.isInOrder(visits(), ORDER)) {
      return builder().addAllVisits(visits().stream().sorted(ORDER).collect(Collectors.toList())).build();
    }
    return this;
  }

  /**
   * Returns the number of visits and the dates they span.
   *
   * @return a short description, not null
   */
  @Override
  public String toString() {
    return "ContactLog{visits=" + visits().size()
        + (visits().isEmpty() ? "" : ", " + visits().get(0).date() + "/" + visits().get(visits().size() - 1).date())
        + "}";
  }

  /**
   * A builder of contact logs.
   */
  public static final class Builder extends ImmutableContactLog.Builder {
    Builder() {
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static ContactLog ofJson(
      @JsonProperty("visits") @Nullable List<Visit> visits) {
    ImmutableContactLog.Builder b = ImmutableContactLog.builder();
    if (visits != null) {
      b.visits(visits);
    }
    return b.build();
  }
}
