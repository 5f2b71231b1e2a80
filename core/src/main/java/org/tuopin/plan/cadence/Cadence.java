package org.tuopin.plan.cadence;

import org.immutables.value.Value;
import org.tuopin.basics.Text;
import org.tuopin.internal.Keys;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;

/**
 * One recurring report of a reporting schedule, such as 一月一调度 (a dispatch every month) or
 * 半年一督查 (an inspection every half-year): its kind, the length of the calendar period each
 * report covers, and the days allowed after the period ends.
 *
 * <p>Periods are aligned on the calendar year: a 6-month cadence covers January-June and
 * July-December. A report is due from the last day of its period to that day plus the grace
 * days.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Cadence implements WithCadence {

  Cadence() {
  }

  /**
   * Obtains a cadence.
   *
   * @param key  the key, such as {@code dispatch}: lower-case letters, digits and underscores
   * @param label  the label, such as 调度, not null
   * @param months  the months each report covers: 1, 2, 3, 4, 6 or 12
   * @param graceDays  the days allowed after the period ends, not negative
   * @return the cadence, not null
   * @throws IllegalArgumentException if the key is malformed, the months do not divide a year,
   *     or the grace days are negative
   */
  public static Cadence of(String key, Text label, int months, int graceDays) {
    return ImmutableCadence.builder().key(key).label(label).months(months).graceDays(graceDays).build();
  }

  /**
   * Returns the key, such as {@code dispatch}.
   *
   * @return the key, not null
   */
  @JsonProperty("key")
  public abstract String key();

  /**
   * Returns the label, such as 调度 (dispatch).
   *
   * @return the label in Chinese and English, not null
   */
  @JsonProperty("label")
  public abstract Text label();

  /**
   * Returns the number of months each report covers.
   *
   * @return 1, 2, 3, 4, 6 or 12
   */
  @JsonProperty("months")
  public abstract int months();

  /**
   * Returns the days allowed after a period ends before its report is overdue.
   *
   * @return the days, not negative
   */
  @JsonProperty("graceDays")
  public abstract int graceDays();

  @Value.Check
  void check() {
    Keys.check("cadence key", key());
    if (months() < 1 || 12 % months() != 0) {
      throw new IllegalArgumentException(
          "cadence " + key() + " must cover 1, 2, 3, 4, 6 or 12 months, not " + months());
    }
    if (graceDays() < 0) {
      throw new IllegalArgumentException("cadence " + key() + " grace days must not be negative: " + graceDays());
    }
  }

  /**
   * Returns the key, the months and the grace days.
   *
   * @return a short description, not null
   */
  @Override
  public String toString() {
    return key() + "/" + months() + "m+" + graceDays() + "d";
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static Cadence ofJson(
      @JsonProperty("key") String key,
      @JsonProperty("label") Text label,
      @JsonProperty("months") int months,
      @JsonProperty("graceDays") int graceDays) {
    ImmutableCadence.Builder b = ImmutableCadence.builder();
    b.key(key);
    b.label(label);
    b.months(months);
    b.graceDays(graceDays);
    return b.build();
  }
}
