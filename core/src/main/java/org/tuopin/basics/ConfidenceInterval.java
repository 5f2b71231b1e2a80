package org.tuopin.basics;

import java.util.Locale;

/**
 * A confidence interval for a proportion, such as the Wilson 95% interval reported beside
 * a county's sampled 错退率.
 *
 * <p>Bounds are approximate by nature and so held as {@code double}; the point estimate
 * that a standard compares with its threshold stays an exact {@link Ratio}.
 *
 * @param lower  the lower bound, from 0 to 1
 * @param upper  the upper bound, from the lower bound to 1
 * @param level  the confidence level, such as 0.95
 */
public record ConfidenceInterval(double lower, double upper, double level) {

  /** The normal quantile for a two-sided 95% interval. */
  private static final double Z95 = 1.959963984540054;

  /**
   * Creates an interval.
   *
   * @param lower  the lower bound, from 0 to 1
   * @param upper  the upper bound, from the lower bound to 1
   * @param level  the confidence level, such as 0.95
   * @throws IllegalArgumentException if the bounds are out of order or outside 0 to 1
   */
  public ConfidenceInterval {
    if (!(lower >= 0 && lower <= upper && upper <= 1) || !(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence interval needs 0 <= lower <= upper <= 1 and a level in (0, 1): "
          + lower + ", " + upper + ", " + level);
    }
  }

  /**
   * Computes the Wilson score 95% interval of a sampled proportion: {@code x} of {@code n}.
   *
   * @param proportion  the sampled count over the sample size, not null
   * @return the interval, not null
   */
  public static ConfidenceInterval wilson95(Ratio proportion) {
    double n = proportion.denominator();
    double p = proportion.toDouble();
    double z2 = Z95 * Z95;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    return new ConfidenceInterval(Math.max(0, centre - half), Math.min(1, centre + half), 0.95);
  }

  /**
   * Returns the interval as percentages with two decimals, such as {@code 0.91%–2.46%}.
   *
   * @return the text, not null
   */
  public String toPercentString() {
    return String.format(Locale.ROOT, "%.2f%%–%.2f%%", lower * 100, upper * 100);
  }
}
