package org.tuopin.measure;

import java.util.Locale;

/**
 * A measure's estimate with its uncertainty: the value on the data, its standard error and
 * a confidence interval.
 *
 * <p>Unlike {@link org.tuopin.basics.ConfidenceInterval}, whose bounds are proportions, the
 * bounds here may exceed 1 (Watts, Theil).
 *
 * @param value  the measure on the data
 * @param standardError  the standard error (bootstrap or linearised)
 * @param lower  the lower bound of the interval
 * @param upper  the upper bound of the interval, at least the lower
 * @param level  the confidence level, such as 0.95
 */
public record Estimate(double value, double standardError, double lower, double upper, double level) {

  /**
   * Creates an estimate.
   *
   * @param value  the measure on the data
   * @param standardError  the standard error, not negative
   * @param lower  the lower bound
   * @param upper  the upper bound, at least the lower
   * @param level  the confidence level, in (0, 1)
   * @throws IllegalArgumentException if the bounds are out of order or the level outside (0, 1)
   */
  public Estimate {
    if (!(lower <= upper) || !(level > 0 && level < 1) || !(standardError >= 0)) {
      throw new IllegalArgumentException("an estimate needs lower <= upper, a standard error >= 0 and a level in (0, 1): "
          + lower + ", " + upper + ", " + standardError + ", " + level);
    }
  }

  /**
   * Returns the estimate as {@code value (se s) [lower, upper] at level}, six decimals.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.6f (se %.6f) [%.6f, %.6f] at %.0f%%", value, standardError, lower, upper,
        level * 100);
  }
}
