package org.tuopin.io;

import java.util.Locale;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Yuan;
import org.tuopin.internal.Redaction;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;

/**
 * Readers of the value forms the tables of the data contract share: flags, village codes,
 * amounts in yuan, counts and years, all numbers by one rule ({@link #digits(String, String, int)}).
 * Each throws {@link IllegalArgumentException} naming the value
 * and the rule, which rejects the row.
 */
final class TableValues {

  /** The plausible cap of an amount, 100,000,000 yuan (一亿元): a larger amount is a rejected value. */
  static final Yuan MAX_AMOUNT = Yuan.of(100_000_000);
  /** The most characters of a number's text; a longer one is rejected before it is parsed. */
  static final int MAX_NUMBER_LENGTH = 18;
  /** What {@link #digits(String, String, int)} returns for a number with a minus sign. */
  static final long NEGATIVE = -2;

  private TableValues() {
  }

  /**
   * Reads a flag of the data contract: 是/否, 1/0, true/false, yes/no in any case.
   *
   * @param text  the non-empty text, not null
   * @return met or not met, not null
   * @throws IllegalArgumentException if the text is no flag
   */
  static Tristate flag(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "是": case "1": case "true": case "yes":
        return Tristate.MET;
      case "否": case "0": case "false": case "no":
        return Tristate.NOT_MET;
      default:
        throw new IllegalArgumentException("flag must be 是/否, 1/0, true/false, yes/no or empty: "
            + Redaction.quote(text));
    }
  }

  /**
   * Reads the 12-digit code of an administrative village.
   *
   * @param text  the text, not null
   * @return the code, of village level, not null
   * @throws IllegalArgumentException if the text is no region code or names no village
   */
  static RegionCode villageCode(String text) {
    RegionCode code = RegionCode.parse(text);
    if (code.level() != RegionLevel.VILLAGE) {
      throw new IllegalArgumentException(
          "village code must name an administrative village, not a " + code.level().key() + ": "
          + Redaction.quote(text));
    }
    return code;
  }

  /**
   * Reads a non-negative amount in yuan with up to two decimals, by the one number rule of
   * {@link #digits(String, String, int)}, at most the {@link #MAX_AMOUNT plausible cap}.
   *
   * @param key  the column key, for the message, not null
   * @param text  the text, not null
   * @return the amount, not negative, not null
   * @throws IllegalArgumentException if the text is no amount, a negative one or one above the cap
   */
  static Yuan amount(String key, String text) {
    return Yuan.ofFen(amountFen(key, text));
  }

  /**
   * Reads a non-negative amount in yuan with up to two decimals, in fen: the rule of
   * {@link #amount(String, String)} without building a {@code Yuan}, for the columnar reader.
   *
   * @param key  the column key, for the message, not null
   * @param text  the text, not null
   * @return the amount in fen, not negative, at most the cap
   * @throws IllegalArgumentException if the text is no amount, a negative one or one above the cap
   */
  static long amountFen(String key, String text) {
    long fen = digits(key, text, 2);
    if (fen == NEGATIVE) {
      throw new IllegalArgumentException(key + " must not be negative: " + Redaction.quote(text));
    }
    if (fen < 0) {
      throw new IllegalArgumentException(
          "an amount in yuan is digits with at most two decimals, such as 4096.25: " + Redaction.quote(text));
    }
    if (fen > MAX_AMOUNT.fen()) {
      throw new IllegalArgumentException(key + " must be at most " + MAX_AMOUNT.toPlainString()
          + " yuan, the plausible cap: " + Redaction.quote(text));
    }
    return fen;
  }

  /**
   * Reads a non-negative whole number written as plain digits, such as a count of people, by
   * the one number rule of {@link #digits(String, String, int)}.
   *
   * @param key  the column key, for the message, not null
   * @param text  the text, not null
   * @return the number, not negative
   * @throws IllegalArgumentException if the text is not plain digits or is too large
   */
  static long count(String key, String text) {
    long n = digits(key, text, 0);
    if (n < 0) {
      throw new IllegalArgumentException(key + " must be a non-negative whole number: " + Redaction.quote(text));
    }
    return n;
  }

  /**
   * Reads a year of four digits, 1978 to 2100, by the one number rule of
   * {@link #digits(String, String, int)}.
   *
   * @param key  the column key, for the message, not null
   * @param text  the text, not null
   * @return the year
   * @throws IllegalArgumentException if the text is no four-digit year or is out of range
   */
  static int year(String key, String text) {
    String t = text.trim();
    long year = t.length() == 4 ? digits(key, t, 0) : -1;
    if (year < 0) {
      throw new IllegalArgumentException(key + " must be a four-digit year: " + Redaction.quote(text));
    }
    if (year < 1978 || year > 2100) {
      throw new IllegalArgumentException(key + " must be between 1978 and 2100: " + Redaction.quote(text));
    }
    return (int) year;
  }

  /**
   * The one number rule of every numeric column: ASCII digits, then optionally a point and
   * one to {@code decimals} digits; no sign, no separators, no exponent, no full-width
   * digits. The text is rejected by its length, before anything is parsed, if it is longer
   * than {@value #MAX_NUMBER_LENGTH} characters.
   *
   * @param key  the column key, for the message, not null
   * @param text  the text, not null
   * @param decimals  the most decimals allowed, 0 to 2
   * @return the number in units of 10<sup>-decimals</sup> ({@code Long.MAX_VALUE} if it is
   *     larger than a long holds); {@link #NEGATIVE} if the text is a number but for its minus
   *     sign; -1 if it breaks the rule otherwise than by its length
   * @throws IllegalArgumentException if the text is too long
   */
  static long digits(String key, String text, int decimals) {
    String t = text.trim();
    if (t.length() > MAX_NUMBER_LENGTH) {
      throw new IllegalArgumentException(key + " is too long for a number (at most " + MAX_NUMBER_LENGTH
          + " characters): " + Redaction.quote(text));
    }
    boolean negative = t.startsWith("-");
    int i = negative ? 1 : 0;
    long value = 0;
    int whole = 0;
    for (; i < t.length() && isDigit(t.charAt(i)); i++, whole++) {
      value = value * 10 + (t.charAt(i) - '0');
    }
    int fraction = 0;
    if (whole > 0 && i < t.length() && t.charAt(i) == '.' && decimals > 0) {
      for (i++; i < t.length() && isDigit(t.charAt(i)); i++, fraction++) {
        value = value * 10 + (t.charAt(i) - '0');
      }
      if (fraction == 0) {
        return -1;
      }
    }
    if (whole == 0 || i < t.length() || fraction > decimals) {
      return -1;
    }
    if (negative) {
      return NEGATIVE;
    }
    for (; fraction < decimals; fraction++) {
      // eighteen digits fit in a long, but not once scaled: a number that large is saturated,
      // above every cap, never wrapped round to a small one
      value = value > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : value * 10;
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
