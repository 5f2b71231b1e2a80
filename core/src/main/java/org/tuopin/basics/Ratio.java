package org.tuopin.basics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.tuopin.internal.Redaction;

/**
 * An exact rate: a count over a count, such as remaining poor people over rural
 * population (贫困发生率) or wrong exits over sampled exits (错退率).
 *
 * <p>The parts are kept as counted, so rates roll up by summing parts, never by averaging
 * rates, and compare exactly with thresholds: 199 of 10,000 (1.99%) is below 2%, 200 of
 * 10,000 is not. Like {@link BigDecimal}, {@link #equals} compares the parts while
 * {@link #compareTo} compares values: 1/2 and 2/4 compare equal but are not equal.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ratio implements Comparable<Ratio>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern TEXT = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");

  /** The numerator, not negative. */
  private final long numerator;
  /** The denominator, positive. */
  private final long denominator;

  private Ratio(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Obtains a ratio from its parts.
   *
   * @param numerator  the count, not negative
   * @param denominator  the count it is taken of, positive
   * @return the ratio, not null
   * @throws IllegalArgumentException if the numerator is negative or the denominator not positive
   */
  public static Ratio of(long numerator, long denominator) {
    if (numerator < 0 || denominator <= 0) {
      throw new IllegalArgumentException(
          "a ratio needs a numerator of at least 0 and a positive denominator: " + numerator + "/" + denominator);
    }
    return new Ratio(numerator, denominator);
  }

  /**
   * Obtains a ratio from a percentage written in decimal, such as {@code "2"} for 2% or
   * {@code "1.99"}; the result is exact (199/10000).
   *
   * @param percent  the percentage, not negative, not null
   * @return the ratio, not null
   * @throws IllegalArgumentException if the percentage is negative or has too many decimals
   */
  public static Ratio ofPercent(String percent) {
    BigDecimal p = new BigDecimal(percent.trim()).stripTrailingZeros();
    if (p.signum() < 0) {
      throw new IllegalArgumentException("a percentage must not be negative: '" + percent + "'");
    }
    int scale = Math.max(p.scale(), 0);
    if (scale > 12) {
      throw new IllegalArgumentException("a percentage may have at most 12 decimals: '" + percent + "'");
    }
    return of(p.movePointRight(scale).longValueExact(), BigInteger.TEN.pow(scale + 2).longValueExact());
  }

  /**
   * Obtains a ratio by reading {@code numerator/denominator}, such as {@code 1807/10560}.
   *
   * @param text  the text, not null
   * @return the ratio, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  @JsonCreator
  public static Ratio parse(String text) {
    Matcher m = TEXT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("a ratio is written numerator/denominator, such as 1807/10560: " + Redaction.quote(text));
    }
    return of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
  }

  /**
   * Returns the numerator.
   *
   * @return the count, not negative
   */
  public long numerator() {
    return numerator;
  }

  /**
   * Returns the denominator.
   *
   * @return the count, positive
   */
  public long denominator() {
    return denominator;
  }

  /**
   * Returns the value as a decimal fraction rounded half-up, such as {@code 0.1711}.
   *
   * @param scale  the number of decimal places
   * @return the fraction, not null
   */
  public BigDecimal toDecimal(int scale) {
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
  }

  /**
   * Returns the value as a percentage with two decimals, such as {@code 17.11%}.
   *
   * @return the percentage text, not null
   */
  public String toPercentString() {
    return toDecimal(4).movePointRight(2).setScale(2, RoundingMode.UNNECESSARY).toPlainString() + "%";
  }

  /**
   * Returns the value as a {@code double}, for statistics where an approximation is wanted.
   *
   * @return the approximate value
   */
  public double toDouble() {
    return (double) numerator / denominator;
  }

  @Override
  public int compareTo(Ratio other) {
    return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Ratio && ((Ratio) obj).numerator == numerator && ((Ratio) obj).denominator == denominator;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
  }

  /**
   * Returns {@code numerator/denominator}.
   *
   * @return the text that {@link #parse(String)} reads back, not null
   */
  @Override
  @JsonValue
  public String toString() {
    return numerator + "/" + denominator;
  }
}
