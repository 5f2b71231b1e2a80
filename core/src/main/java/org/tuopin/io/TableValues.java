package org.tuopin.io;

import java.util.Locale;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;

/**
 * Readers of the value forms the tables of the data contract share: flags, village codes,
 * amounts in yuan and counts. Each throws {@link IllegalArgumentException} naming the value
 * and the rule, which rejects the row.
 */
final class TableValues {

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
        throw new IllegalArgumentException("flag must be 是/否, 1/0, true/false, yes/no or empty: '" + text + "'");
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
          "village code must name an administrative village, not a " + code.level().key() + ": '" + text + "'");
    }
    return code;
  }

  /**
   * Reads a non-negative amount in yuan with up to two decimals.
   *
   * @param key  the column key, for the message, not null
   * @param text  the text, not null
   * @return the amount, not negative, not null
   * @throws IllegalArgumentException if the text is no amount or a negative one
   */
  static Yuan amount(String key, String text) {
    return Yuan.ofFen(amountFen(key, text));
  }

  /**
   * Reads a non-negative amount in yuan with up to two decimals, in fen: the rule of
   * {@link #amount(String, String)}, with plain digits read without a {@code Yuan}.
   *
   * @param key  the column key, for the message, not null
   * @param text  the text, not null
   * @return the amount in fen, not negative
   * @throws IllegalArgumentException if the text is no amount or a negative one
   */
  static long amountFen(String key, String text) {
    long plain = plainFen(text);
    if (plain >= 0) {
      return plain;
    }
    Yuan amount = Yuan.parse(text);
    if (amount.isNegative()) {
      throw new IllegalArgumentException(key + " must not be negative: '" + text + "'");
    }
    return amount.fen();
  }

  /**
   * Returns the fen of plain text {@code d{1,12}(.d{1,2})?}, which {@link Yuan#parse} reads
   * to the same amount, or -1 for any other text (left to {@code Yuan.parse}).
   */
  private static long plainFen(String text) {
    int n = text.length();
    int dot = text.indexOf('.');
    int whole = dot < 0 ? n : dot;
    if (whole == 0 || whole > 12 || (dot >= 0 && (n - dot - 1 < 1 || n - dot - 1 > 2))) {
      return -1;
    }
    long fen = 0;
    for (int i = 0; i < whole; i++) {
      char ch = text.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      fen = fen * 10 + (ch - '0');
    }
    fen *= 100;
    if (dot >= 0) {
      int scale = 10;
      for (int i = dot + 1; i < n; i++) {
        char ch = text.charAt(i);
        if (ch < '0' || ch > '9') {
          return -1;
        }
        fen += (ch - '0') * scale;
        scale /= 10;
      }
    }
    return fen;
  }

  /**
   * Reads a non-negative whole number written as plain digits, such as a count of people.
   *
   * @param key  the column key, for the message, not null
   * @param text  the text, not null
   * @return the number, not negative
   * @throws IllegalArgumentException if the text is not plain digits or is too large
   */
  static long count(String key, String text) {
    String t = text.trim();
    if (t.isEmpty() || !t.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      throw new IllegalArgumentException(key + " must be a non-negative whole number: '" + text + "'");
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException(key + " is too large: '" + text + "'", ex);
    }
  }
}
