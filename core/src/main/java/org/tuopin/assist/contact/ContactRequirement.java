package org.tuopin.assist.contact;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.tuopin.assist.pairing.Pairing;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.registry.HouseholdId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * How often a helper must contact their household: at least so many contacts in every
 * calendar month, counting only those the household signed when a signature is required.
 * {@link #monthly()} is seed 003's rule: 每月至少联系一次, logged on the help card and signed
 * by the household.
 *
 * <p>Months are calendar months: a contact on 31 January counts for January, one on
 * 29 February 2016 for February. Over a period, a month wholly inside it is judged; a month
 * only partly inside (a period starting on 15 March) counts only the contacts on its days
 * inside the period, and is treated as {@link #partialMonths()} says.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class ContactRequirement implements WithContactRequirement {

  private static final ContactRequirement MONTHLY = builder().build();

  ContactRequirement() {
  }

  /**
   * Obtains seed 003's rule: at least one signed contact a month, part months not judged.
   *
   * @return the requirement, not null
   */
  public static ContactRequirement monthly() {
    return MONTHLY;
  }

  /**
   * Returns a builder, with the defaults of {@link #monthly()}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the least number of contacts in a month.
   *
   * @return the number, at least 1; 1 by default
   */
  @Value.Default
  @JsonProperty("perMonth")
  public int perMonth() {
    return 1;
  }

  /**
   * Checks whether only contacts the household signed count.
   *
   * @return true if a signature is required; true by default
   */
  @Value.Default
  @JsonProperty("isSignatureRequired")
  public boolean isSignatureRequired() {
    return true;
  }

  /**
   * Returns how a month only partly inside the period is treated.
   *
   * @return the treatment, {@link PartialMonths#NOT_JUDGED} by default, not null
   */
  @Value.Default
  @JsonProperty("partialMonths")
  public PartialMonths partialMonths() {
    return PartialMonths.NOT_JUDGED;
  }

  /**
   * Checks pairs against the requirement over a period.
   *
   * @param pairs  the pairs, not null
   * @param log  the contacts, not null
   * @param period  the period, both ends included, not null
   * @return the report, one entry per pair in household order, not null
   * @throws IllegalArgumentException if the pairs list a household twice
   */
  public ComplianceReport check(Collection<Pairing> pairs, ContactLog log, DateRange period) {
    requireNonNull(pairs, "pairs");
    requireNonNull(log, "log");
    requireNonNull(period, "period");
    TreeMap<HouseholdId, Pairing> byHousehold = new TreeMap<>();
    for (Pairing p : pairs) {
      if (byHousehold.put(p.household(), p) != null) {
        throw new IllegalArgumentException("pairs list household '" + p.household() + "' twice");
      }
    }
    ContactLog within = log.between(period);
    List<PairCompliance> results = new ArrayList<>(byHousehold.size());
    long counted = 0;
    for (Pairing p : byHousehold.values()) {
      Map<YearMonth, Integer> contacts = new TreeMap<>();
      int qualifying = 0;
      int unsigned = 0;
      for (Visit v : within.visits(p.household())) {
        if (!v.cadre().equals(p.cadre())) {
          continue;
        }
        counted++;
        if (v.isSigned() || !isSignatureRequired()) {
          qualifying++;
          contacts.merge(YearMonth.from(v.date()), 1, Integer::sum);
        }
        if (!v.isSigned()) {
          unsigned++;
        }
      }
      ImmutableSortedMap.Builder<YearMonth, MonthStatus> months = ImmutableSortedMap.naturalOrder();
      for (YearMonth m : period.months()) {
        boolean whole = period.covers(m);
        MonthStatus status = contacts.getOrDefault(m, 0) >= perMonth() ? MonthStatus.MET
            : whole || partialMonths() == PartialMonths.JUDGED ? MonthStatus.MISSED : MonthStatus.PARTIAL;
        months.put(m, status);
      }
      results.add(ImmutablePairCompliance.builder().pairing(p).months(months.build()).contacts(qualifying)
          .unsigned(unsigned).build());
    }
    return ImmutableComplianceReport.builder().period(period).requirement(this).pairs(results)
        .otherVisits(within.visits().size() - counted).build();
  }

  /**
   * Describes the requirement: 每月至少联系 1 次（须签字）.
   *
   * @return the description in Chinese and English, not null
   */
  public Text describe() {
    return Text.message(perMonth() == 1 ? "contact.requirement.one" : "contact.requirement", perMonth(),
        isSignatureRequired() ? Text.message("contact.requirement.signed") : Text.of(""));
  }

  @Value.Check
  void check() {
    if (perMonth() < 1) {
      throw new IllegalArgumentException("contacts per month must be at least 1: " + perMonth());
    }
  }

  /**
   * Returns the description in English.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return describe().in(Language.EN) + ", part months " + partialMonths().name().toLowerCase(Locale.ROOT);
  }

  /**
   * A builder of contact requirements.
   */
  public static final class Builder extends ImmutableContactRequirement.Builder {
    Builder() {
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static ContactRequirement ofJson(
      @JsonProperty("perMonth") @Nullable Integer perMonth,
      @JsonProperty("isSignatureRequired") @Nullable Boolean isSignatureRequired,
      @JsonProperty("partialMonths") @Nullable PartialMonths partialMonths) {
    ImmutableContactRequirement.Builder b = ImmutableContactRequirement.builder();
    if (perMonth != null) {
      b.perMonth(perMonth);
    }
    if (isSignatureRequired != null) {
      b.isSignatureRequired(isSignatureRequired);
    }
    if (partialMonths != null) {
      b.partialMonths(partialMonths);
    }
    return b.build();
  }
}
