package org.tuopin.assist.contact;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.YearMonth;
import java.util.Map;
import org.immutables.value.Value;
import org.tuopin.assist.pairing.Pairing;

/**
 * How one pair did against a {@link ContactRequirement} over a period: the status of every
 * calendar month the period touches, and the contacts counted.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PairCompliance implements WithPairCompliance {

  PairCompliance() {
  }

  /**
   * Returns the pair.
   *
   * @return the pair, not null
   */
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
  public abstract int contacts();

  /**
   * Returns the contacts by the pair's helper within the period that the household did not sign.
   *
   * @return the number, not negative
   */
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
}
