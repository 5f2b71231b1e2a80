package org.tuopin.assist.pairing;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.tuopin.internal.Redaction;

/**
 * How much one cadre of a rank carries (帮扶任务): households to pair with (结对帮扶户数) and
 * weak villages to link with (挂钩联系经济薄弱村), written as the texts write it: {@code 5户},
 * or {@code 1村5户} for a county leader who links one weak village and pairs with five
 * households.
 *
 * <p>A quota is a ceiling: a plan never gives a cadre more. A quota may run per period
 * ({@link #periodYears()}): {@code 5户/年} is five new households a year, {@code 5户/2年} five
 * every two years. Then only the pairs made within the current period count against it:
 * re-planning year by year keeps the yearly cap while earlier years' pairs stay.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Quota implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern TEXT = Pattern.compile("(?:(\\d+)\\s*村)?\\s*(\\d+)\\s*户|(\\d+)\\s*户\\s*(\\d+)\\s*村");
  private static final Pattern PERIOD = Pattern.compile("(.*?)\\s*/\\s*(\\d*)\\s*年");

  /** The number of households. */
  private final int households;
  /** The number of weak villages. */
  private final int villages;
  /** The length of the quota's period in years, or 0 for a quota without a period. */
  private final int periodYears;

  private Quota(int households, int villages, int periodYears) {
    this.households = households;
    this.villages = villages;
    this.periodYears = periodYears;
  }

  /**
   * Obtains a quota of households only.
   *
   * @param households  the number of households, not negative
   * @return the quota, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public static Quota of(int households) {
    return of(households, 0);
  }

  /**
   * Obtains a quota of households and weak villages.
   *
   * @param households  the number of households, not negative
   * @param villages  the number of weak villages, not negative
   * @return the quota, not null
   * @throws IllegalArgumentException if a number is negative
   */
  public static Quota of(int households, int villages) {
    if (households < 0 || villages < 0) {
      throw new IllegalArgumentException(
          "a quota must not be negative: " + households + " households, " + villages + " villages");
    }
    return new Quota(households, villages, 0);
  }

  /**
   * Obtains a quota per period: so many new households (and weak villages) every so many years.
   *
   * @param households  the number of households per period, not negative
   * @param villages  the number of weak villages per period, not negative
   * @param years  the length of the period in years, at least 1
   * @return the quota, not null
   * @throws IllegalArgumentException if a number is negative or the period is shorter than a year
   */
  public static Quota perYears(int households, int villages, int years) {
    if (years < 1) {
      throw new IllegalArgumentException("a quota's period must be at least one year: " + years);
    }
    Quota q = of(households, villages);
    return new Quota(q.households, q.villages, years);
  }

  /**
   * Obtains a quota by reading {@code 5户}, {@code 1村5户} or {@code 5户1村}, each optionally
   * with a period: {@code 5户/年}, {@code 5户/2年}.
   *
   * @param text  the text, not null
   * @return the quota, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  @JsonCreator
  public static Quota parse(String text) {
    requireNonNull(text, "text");
    Matcher period = PERIOD.matcher(text.trim());
    if (period.matches()) {
      Quota q = parse(period.group(1));
      try {
        return perYears(q.households, q.villages, period.group(2).isEmpty() ? 1 : Integer.parseInt(period.group(2)));
      } catch (NumberFormatException ex) {
        throw new IllegalArgumentException("a quota's period is too long: " + Redaction.quote(text), ex);
      }
    }
    Matcher m = TEXT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("a quota is written N户 or M村N户, such as 5户 or 1村5户: " + Redaction.quote(text));
    }
    try {
      if (m.group(2) != null) {
        return of(Integer.parseInt(m.group(2)), m.group(1) == null ? 0 : Integer.parseInt(m.group(1)));
      }
      return of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException("a quota's numbers are too large: " + Redaction.quote(text), ex);
    }
  }

  /**
   * Returns the number of households a cadre pairs with at most.
   *
   * @return the households, not negative
   */
  public int households() {
    return households;
  }

  /**
   * Returns the number of weak villages a cadre links with at most.
   *
   * @return the villages, not negative
   */
  public int villages() {
    return villages;
  }

  /**
   * Returns the length of the period the quota runs over, in years.
   *
   * @return the years, if the quota has a period
   */
  public OptionalInt periodYears() {
    return periodYears == 0 ? OptionalInt.empty() : OptionalInt.of(periodYears);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Quota && ((Quota) obj).households == households && ((Quota) obj).villages == villages
        && ((Quota) obj).periodYears == periodYears;
  }

  @Override
  public int hashCode() {
    return (households * 31 + villages) * 31 + periodYears;
  }

  /**
   * Returns {@code 5户}, or {@code 1村5户} when the quota has villages, followed by
   * {@code /年} or {@code /2年} when it has a period.
   *
   * @return the text that {@link #parse(String)} reads back, not null
   */
  @Override
  @JsonValue
  public String toString() {
    return (villages == 0 ? "" : villages + "村") + households + "户"
        + (periodYears == 0 ? "" : periodYears == 1 ? "/年" : "/" + periodYears + "年");
  }
}
