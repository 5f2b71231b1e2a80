package org.tuopin.assist.contact;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.YearMonth;
import java.util.Map;
import org.immutables.value.Value;
import org.tuopin.assist.pairing.Pairing;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.LinkedHashMap;

/**
 * How one pair did against a {@link ContactRequirement} over a period: the status of every
 * calendar month the period touches, and the contacts counted.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class PairCompliance implements WithPairCompliance {

  PairCompliance() {
  }

  /**
   * Returns the pair.
   *
   * @return the pair, not null
   */
  @JsonProperty("pairing")
  public abstract Pairing pairing();

  /**
   * Returns the status of every calendar month the period touches.
   *
   * @return the statuses, in month order, not null
   */
  public abstract ImmutableSortedMap<YearMonth, MonthStatus> months();

  /**
   * Returns the contacts by the pair's helper within the period that count (signed, when a
   * signature is required).
   *
   * @return the number, not negative
   */
  @JsonProperty("contacts")
  public abstract int contacts();

  /**
   * Returns the contacts by the pair's helper within the period that the household did not sign.
   *
   * @return the number, not negative
   */
  @JsonProperty("unsigned")
  public abstract int unsigned();

  /**
   * Checks whether no judged month was missed.
   *
   * @return true if compliant
   */
  public boolean isCompliant() {
    return !months().containsValue(MonthStatus.MISSED);
  }

  /**
   * Returns the months missed.
   *
   * @return the months, in order, not null
   */
  public ImmutableList<YearMonth> missed() {
    return months().entrySet().stream().filter(e -> e.getValue() == MonthStatus.MISSED).map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of months judged: met or missed.
   *
   * @return the number, not negative
   */
  public int monthsJudged() {
    return (int) months().values().stream().filter(s -> s != MonthStatus.PARTIAL).count();
  }

  /**
   * Returns the number of months met.
   *
   * @return the number, not negative
   */
  public int monthsMet() {
    return (int) months().values().stream().filter(s -> s == MonthStatus.MET).count();
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("months")
  private @Nullable Map<String, MonthStatus> monthsJson() {
    return months().entrySet().stream().collect(
        LinkedHashMap::new, (m, e) -> m.put(e.getKey().toString(), e.getValue()), Map::putAll);
  }

  @JsonCreator
  private static PairCompliance ofJson(
      @JsonProperty("pairing") Pairing pairing,
      @JsonProperty("months") @Nullable Map<String, MonthStatus> months,
      @JsonProperty("contacts") int contacts,
      @JsonProperty("unsigned") int unsigned) {
    ImmutablePairCompliance.Builder b = ImmutablePairCompliance.builder();
    b.pairing(pairing);
    if (months != null) {
      ImmutableSortedMap.Builder<YearMonth, MonthStatus> parsed = ImmutableSortedMap.naturalOrder();
      months.forEach((k, v) -> parsed.put(YearMonth.parse(k), v));
      b.months(parsed.build());
    }
    b.contacts(contacts);
    b.unsigned(unsigned);
    return b.build();
  }
}
