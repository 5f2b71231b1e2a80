package org.tuopin.basics;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.tuopin.internal.Redaction;

/**
 * An exact amount of money in yuan (元), held as a whole number of fen (分, 0.01 yuan).
 *
 * <p>Amounts are never held in a {@code double}: sums, differences and multiples are exact
 * and overflow throws {@link ArithmeticException}. Division, which is the only operation
 * that can leave a remainder, always takes a stated {@link RoundingMode}.
 *
 * <p>{@link #toString()} gives the canonical form {@code ¥1,234.50} (negative
 * {@code -¥1,234.50}), which {@link #parse(String)} reads back; {@link #toPlainString()}
 * gives {@code 1234.50} for files.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Yuan implements Comparable<Yuan>, Serializable {

  /** No money: ¥0.00. */
  public static final Yuan ZERO = new Yuan(0);

  private static final long serialVersionUID = 1L;
  private static final Pattern TEXT = Pattern.compile(
      "([+-]?)[¥￥]?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.([0-9]{1,2}))?");

  /** The amount in fen. */
  private final long fen;

  private Yuan(long fen) {
    this.fen = fen;
  }

  /**
   * Obtains an instance from a number of fen (0.01 yuan).
   *
   * @param fen  the amount in fen, may be negative
   * @return the amount, not null
   */
  public static Yuan ofFen(long fen) {
    return fen == 0 ? ZERO : new Yuan(fen);
  }

  /**
   * Obtains an instance from a whole number of yuan.
   *
   * @param yuan  the amount in yuan
   * @return the amount, not null
   * @throws ArithmeticException if the amount in fen overflows a long
   */
  public static Yuan of(long yuan) {
    return ofFen(Math.multiplyExact(yuan, 100L));
  }

  /**
   * Obtains an instance from a decimal amount with at most two decimal places.
   *
   * @param yuan  the amount in yuan, not null
   * @return the amount, not null
   * @throws IllegalArgumentException if the amount has more than two decimal places
   */
  public static Yuan of(BigDecimal yuan) {
    requireNonNull(yuan, "yuan");
    BigDecimal stripped = yuan.stripTrailingZeros();
    if (stripped.scale() > 2) {
      throw new IllegalArgumentException(
          "an amount in yuan has at most two decimal places (fen): '" + yuan.toPlainString() + "'");
    }
    try {
      return ofFen(stripped.movePointRight(2).longValueExact());
    } catch (ArithmeticException ex) {
      throw new IllegalArgumentException("amount is too large: '" + yuan.toPlainString() + "'", ex);
    }
  }

  /**
   * Obtains an instance from a decimal amount written as a {@code double} literal, for
   * convenience in JShell ({@code Yuan.of(4096.25)}).
   *
   * <p>The value is read through its shortest decimal representation
   * ({@link BigDecimal#valueOf(double)}), so {@code 0.1} means ten fen exactly.
   *
   * @param yuan  the amount in yuan, with at most two decimal places
   * @return the amount, not null
   * @throws IllegalArgumentException if the value is not finite or has more than two decimals
   */
  public static Yuan of(double yuan) {
    if (!Double.isFinite(yuan)) {
      throw new IllegalArgumentException("an amount in yuan must be finite: " + yuan);
    }
    return of(BigDecimal.valueOf(yuan));
  }

  /**
   * Obtains an instance by reading text: an optional sign, an optional {@code ¥}, digits
   * with or without thousands separators, and up to two decimals ({@code 4096.25},
   * {@code ¥1,234.50}, {@code -12}).
   *
   * @param text  the text, not null
   * @return the amount, not null
   * @throws IllegalArgumentException if the text is not an amount of that form
   */
  @JsonCreator
  public static Yuan parse(String text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "an amount in yuan is digits with at most two decimals, such as 4096.25: " + Redaction.quote(text));
    }
    String decimals = m.group(3) == null ? "" : m.group(3);
    return of(new BigDecimal(("-".equals(m.group(1)) ? "-" : "") + m.group(2).replace(",", "")
        + (decimals.isEmpty() ? "" : "." + decimals)));
  }

  /**
   * Returns the amount in fen.
   *
   * @return the number of fen, negative for a negative amount
   */
  public long fen() {
    return fen;
  }

  /**
   * Returns the amount as a decimal number of yuan with two decimal places.
   *
   * @return the amount, not null
   */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(fen, 2);
  }

  /**
   * Returns this amount plus another.
   *
   * @param other  the amount to add, not null
   * @return the sum, not null
   * @throws ArithmeticException on overflow
   */
  public Yuan plus(Yuan other) {
    return ofFen(Math.addExact(fen, other.fen));
  }

  /**
   * Returns this amount minus another.
   *
   * @param other  the amount to subtract, not null
   * @return the difference, not null
   * @throws ArithmeticException on overflow
   */
  public Yuan minus(Yuan other) {
    return ofFen(Math.subtractExact(fen, other.fen));
  }

  /**
   * Returns this amount multiplied by a whole number.
   *
   * @param multiplicand  the multiplier
   * @return the product, not null
   * @throws ArithmeticException on overflow
   */
  public Yuan multipliedBy(long multiplicand) {
    return ofFen(Math.multiplyExact(fen, multiplicand));
  }

  /**
   * Returns this amount divided by a whole number, rounded to the fen as stated.
   *
   * <p>Per-capita income is {@code net.dividedBy(size, RoundingMode.HALF_UP)}: 16,385 yuan
   * over 4 people is exactly ¥4,096.25; 10,000 over 3 is ¥3,333.33.
   *
   * @param divisor  the divisor, not zero
   * @param rounding  how to round to the fen, not null
   * @return the quotient, not null
   * @throws ArithmeticException if the divisor is zero, or if rounding is
   *     {@link RoundingMode#UNNECESSARY} and the division leaves a remainder
   */
  public Yuan dividedBy(long divisor, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    if (divisor == 0) {
      throw new ArithmeticException("cannot divide " + this + " by zero");
    }
    return ofFen(BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(divisor), 0, rounding).longValueExact());
  }

  /**
   * Returns the amount with its sign reversed.
   *
   * @return the negated amount, not null
   */
  public Yuan negated() {
    return ofFen(Math.negateExact(fen));
  }

  /**
   * Checks whether the amount is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return fen == 0;
  }

  /**
   * Checks whether the amount is less than zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return fen < 0;
  }

  /**
   * Checks whether the amount is greater than zero.
   *
   * @return true if positive
   */
  public boolean isPositive() {
    return fen > 0;
  }

  @Override
  public int compareTo(Yuan other) {
    return Long.compare(fen, other.fen);
  }

  /**
   * Returns the amount as a plain decimal with two places and no symbol or separators,
   * such as {@code 4096.25} or {@code -12.00}, the form used in CSV files.
   *
   * @return the plain text, not null
   */
  @JsonValue
  public String toPlainString() {
    return toBigDecimal().toPlainString();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Yuan && ((Yuan) obj).fen == fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /**
   * Returns the canonical text: {@code ¥1,234.50}, or {@code -¥1,234.50} when negative.
   *
   * @return the text that {@link #parse(String)} reads back, not null
   */
  @Override
  public String toString() {
    String digits = String.format(Locale.ROOT, "%,.2f", toBigDecimal().abs());
    return (fen < 0 ? "-¥" : "¥") + digits;
  }
}
