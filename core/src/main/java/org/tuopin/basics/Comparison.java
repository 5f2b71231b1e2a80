package org.tuopin.basics;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.tuopin.internal.Redaction;

/**
 * How an observed value is compared with a threshold, as the policy texts word it.
 *
 * <p>The words matter: 超过 ("above") and 低于 ("below") are strict, 达到 ("reaches") and
 * 不超过 ("not above") include the threshold. A household whose per-capita income is
 * exactly 2,855 yuan is not 超过 2,855 but does 达到 it. Every threshold a standard sets
 * states its comparison.
 */
public enum Comparison {
  /** Strictly greater (超过, &gt;). */
  ABOVE(">"),
  /** Greater or equal (达到 / 不低于, ≥). */
  AT_LEAST("≥"),
  /** Equal (等于, =). */
  EXACTLY("="),
  /** Less or equal (不超过, ≤). */
  AT_MOST("≤"),
  /** Strictly less (低于, &lt;). */
  BELOW("<");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /**
   * Tests the result of comparing an observed value with the threshold.
   *
   * @param observedMinusThreshold  the sign of observed compared with threshold, as given by
   *     {@link Comparable#compareTo}
   * @return true if the comparison holds
   */
  public boolean test(int observedMinusThreshold) {
    switch (this) {
      case ABOVE:
        return observedMinusThreshold > 0;
      case AT_LEAST:
        return observedMinusThreshold >= 0;
      case EXACTLY:
        return observedMinusThreshold == 0;
      case AT_MOST:
        return observedMinusThreshold <= 0;
      default:
        return observedMinusThreshold < 0;
    }
  }

  /**
   * Tests an observed value against a threshold.
   *
   * @param <T>  the type compared
   * @param observed  the observed value, not null
   * @param threshold  the threshold, not null
   * @return true if the comparison holds
   */
  public <T extends Comparable<? super T>> boolean test(T observed, T threshold) {
    requireNonNull(observed, "observed");
    requireNonNull(threshold, "threshold");
    return test(observed.compareTo(threshold));
  }

  /**
   * Returns the mathematical symbol: &gt;, ≥, =, ≤ or &lt;.
   *
   * @return the symbol, not null
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns the word of the policy texts: 超过, 达到, 等于, 不超过, 低于 or the English.
   *
   * @return the label, not null
   */
  public Text label() {
    return Text.message("comparison." + name());
  }

  /**
   * Describes a requirement, such as "超过 ¥2,855.00" / "above ¥2,855.00".
   *
   * @param threshold  the threshold as text, not null
   * @return the requirement, not null
   */
  public Text describe(String threshold) {
    return Text.message("comparison.describe", label(), threshold);
  }

  /**
   * Obtains a comparison from its English name ({@code above}, {@code at_least},
   * {@code at-least}), its symbol ({@code >}, {@code >=}, {@code ≥}) or its Chinese word
   * (超过, 达到, 不低于, 等于, 不超过, 低于).
   *
   * @param text  the text, not null
   * @return the comparison, not null
   * @throws IllegalArgumentException if the text names no comparison
   */
  public static Comparison parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    switch (t) {
      case "above": case ">": case "超过": case "高于": case "大于":
        return ABOVE;
      case "at_least": case ">=": case "≥": case "达到": case "不低于": case "不少于":
        return AT_LEAST;
      case "exactly": case "=": case "==": case "等于":
        return EXACTLY;
      case "at_most": case "<=": case "≤": case "不超过": case "不高于": case "不多于":
        return AT_MOST;
      case "below": case "<": case "低于": case "小于":
        return BELOW;
      default:
        throw new IllegalArgumentException(
            "comparison must be one of above, at_least, exactly, at_most, below: " + Redaction.quote(text));
    }
  }
}
