package org.tuopin.region;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.tuopin.internal.Redaction;

/**
 * A 12-digit statistical division code (统计用区划代码) naming a province, prefecture,
 * county, township or administrative village.
 *
 * <p>The digits are province (2), prefecture (2), county (2; these six are GB/T 2260),
 * township (3: 000-099 街道, 100-199 镇, 200-399 乡) and village (3). A region's level is
 * given by its trailing zeros, and its parent is its code with the lowest non-zero part
 * set to zeros: the parent of village {@code 510921105201} is township
 * {@code 510921105000}. The six-digit county form ({@code 510921}) is accepted and padded.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegionCode implements Comparable<RegionCode>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final long[] DIVISOR = {
      10_000_000_000L, 100_000_000L, 1_000_000L, 1_000L, 1L};
  private static final RegionLevel[] LEVELS = RegionLevel.values();

  /** The 12-digit code as a number. */
  private final long value;
  /** The level, derived from the code. */
  private final RegionLevel level;

  private RegionCode(long value, RegionLevel level) {
    this.value = value;
    this.level = level;
  }

  /**
   * Obtains an instance by reading a 12-digit code, or a 6-digit county code.
   *
   * @param text  the code, not null
   * @return the region code, not null
   * @throws IllegalArgumentException if the text is not 12 (or 6) digits, names no GB/T 2260
   *     province, or has a non-zero part below a zero part
   */
  @JsonCreator
  public static RegionCode parse(String text) {
    requireNonNull(text, "text");
    String t = text.trim();
    if (t.length() == 6 && isDigits(t)) {
      t = t + "000000";
    }
    if (t.length() != 12 || !isDigits(t)) {
      throw new IllegalArgumentException("region code must have 12 digits (or 6 for a county): " + Redaction.quote(text));
    }
    return of(Long.parseLong(t), text);
  }

  /**
   * Obtains an instance from the code as a number, such as {@code 510921105201L}.
   *
   * @param code  the 12-digit code as a number
   * @return the region code, not null
   * @throws IllegalArgumentException if the number is not a valid 12-digit code
   */
  public static RegionCode of(long code) {
    if (code < 100_000_000_000L || code > 999_999_999_999L) {
      throw new IllegalArgumentException("region code must have 12 digits: '" + code + "'");
    }
    return of(code, Long.toString(code));
  }

  private static RegionCode of(long value, String original) {
    int province = (int) (value / DIVISOR[0]);
    if (!isProvince(province)) {
      throw new IllegalArgumentException(
          "region code must start with a GB/T 2260 province code, not " + province + ": '" + original + "'");
    }
    RegionLevel level = RegionLevel.PROVINCE;
    boolean zeroSeen = false;
    for (int i = 1; i < LEVELS.length; i++) {
      long part = value / DIVISOR[i] % (DIVISOR[i - 1] / DIVISOR[i]);
      if (part == 0) {
        zeroSeen = true;
      } else if (zeroSeen) {
        throw new IllegalArgumentException("region code has a non-zero "
            + LEVELS[i].key() + " part under a zero part above it: '" + original + "'");
      } else {
        level = LEVELS[i];
      }
    }
    return new RegionCode(value, level);
  }

  private static boolean isDigits(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !t.isEmpty();
  }

  private static boolean isProvince(int p) {
    return (p >= 11 && p <= 15) || (p >= 21 && p <= 23) || (p >= 31 && p <= 37)
        || (p >= 41 && p <= 46) || (p >= 50 && p <= 54) || (p >= 61 && p <= 65)
        || p == 71 || p == 81 || p == 82;
  }

  /**
   * Returns the level of the region this code names.
   *
   * @return the level, not null
   */
  public RegionLevel level() {
    return level;
  }

  /**
   * Returns the code of the region directly above, or empty for a province.
   *
   * @return the parent's code
   */
  public Optional<RegionCode> parent() {
    if (level == RegionLevel.PROVINCE) {
      return Optional.empty();
    }
    return Optional.of(at(LEVELS[level.ordinal() - 1]));
  }

  /**
   * Returns the code of this region's ancestor (or itself) at a level.
   *
   * @param ancestorLevel  the level, at or above this code's level, not null
   * @return the code at that level, not null
   * @throws IllegalArgumentException if the level is below this code's level
   */
  public RegionCode at(RegionLevel ancestorLevel) {
    requireNonNull(ancestorLevel, "ancestorLevel");
    if (ancestorLevel.compareTo(level) > 0) {
      throw new IllegalArgumentException(
          "a " + level.key() + " code has no " + ancestorLevel.key() + " part: '" + this + "'");
    }
    long d = DIVISOR[ancestorLevel.ordinal()];
    return ancestorLevel == level ? this : new RegionCode(value / d * d, ancestorLevel);
  }

  /**
   * Returns this code and its ancestors, from the province down to this region.
   *
   * @return the chain, province first, not null
   */
  public ImmutableList<RegionCode> chain() {
    ImmutableList.Builder<RegionCode> chain = ImmutableList.builder();
    for (RegionLevel l : LEVELS) {
      if (l.compareTo(level) > 0) {
        break;
      }
      chain.add(at(l));
    }
    return chain.build();
  }

  /**
   * Checks whether this region contains another (or is it).
   *
   * @param other  the other code, not null
   * @return true if the other region is this one or lies below it
   */
  public boolean contains(RegionCode other) {
    return other.level.compareTo(level) >= 0 && other.at(level).equals(this);
  }

  /**
   * Returns the two-digit province code.
   *
   * @return the province code, 11 to 82
   */
  public int provinceCode() {
    return (int) (value / DIVISOR[0]);
  }

  /**
   * Returns the zone of the province (东部 / 中部 / 西部).
   *
   * @return the zone, not null
   */
  public Zone zone() {
    return Zone.ofProvince(provinceCode());
  }

  /**
   * Returns the six-digit county code of GB/T 2260 ({@code 510921}).
   *
   * @return the first six digits, not null
   */
  public String toCountyCode() {
    return toString().substring(0, 6);
  }

  /**
   * Returns the code as a number.
   *
   * @return the 12-digit number
   */
  public long toLong() {
    return value;
  }

  @Override
  public int compareTo(RegionCode other) {
    return Long.compare(value, other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RegionCode && ((RegionCode) obj).value == value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  /**
   * Returns the 12-digit code.
   *
   * @return the code that {@link #parse(String)} reads back, not null
   */
  @Override
  @JsonValue
  public String toString() {
    return Long.toString(value);
  }
}
