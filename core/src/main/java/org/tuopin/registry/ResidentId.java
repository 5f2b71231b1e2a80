package org.tuopin.registry;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.tuopin.internal.Redaction;
import org.tuopin.region.RegionCode;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A resident identity card number (居民身份证号码, GB 11643-1999): personal data.
 *
 * <p>The 18-character form is a six-digit county code, an eight-digit birth date, a
 * three-digit sequence (odd for men, even for women) and a check character computed by
 * ISO 7064 MOD 11-2 (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; the weighted sum mod 11,
 * remainders 0-10 mapping to 1 0 X 9 8 7 6 5 4 3 2). The legacy 15-digit form has a
 * six-digit birth date in the 1900s and no check character. {@link #parse(String)}
 * verifies the check character, the date and the province.
 *
 * <p>The number never appears whole in {@link #toString()}, logs or exception texts:
 * {@code toString()} gives {@code 110105********002X}. Use {@link #toUnredactedString()}
 * only where the whole number is needed, such as writing it back to its registry.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResidentId implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  /** The whole number: personal data. */
  private final String value;

  private ResidentId(String value) {
    this.value = value;
  }

  /**
   * Obtains an instance by reading an 18-character number (with check character, {@code x}
   * read as {@code X}) or a legacy 15-digit one.
   *
   * @param text  the number, not null
   * @return the identity number, not null
   * @throws IllegalArgumentException if the length, digits, date, province or check character
   *     is wrong; the message shows the number redacted
   */
  @JsonCreator
  public static ResidentId parse(String text) {
    requireNonNull(text, "text");
    String t = text.trim().toUpperCase(java.util.Locale.ROOT);
    if (t.length() == 18) {
      if (!digits(t, 0, 17) || !(Character.isDigit(t.charAt(17)) || t.charAt(17) == 'X')) {
        throw new IllegalArgumentException(
            "resident ID must be 17 digits and a digit or X: " + Redaction.quoteIdNumber(t));
      }
      char expected = checkCharacter(t.substring(0, 17));
      if (t.charAt(17) != expected) {
        throw new IllegalArgumentException(
            "resident ID check character fails ISO 7064 MOD 11-2: " + Redaction.quoteIdNumber(t));
      }
    } else if (t.length() == 15) {
      if (!digits(t, 0, 15)) {
        throw new IllegalArgumentException("legacy resident ID must be 15 digits: " + Redaction.quoteIdNumber(t));
      }
    } else {
      throw new IllegalArgumentException(
          "resident ID must have 18 characters (or 15 digits), not " + t.length() + ": " + Redaction.quoteIdNumber(t));
    }
    ResidentId id = new ResidentId(t);
    try {
      id.birthDate();
    } catch (DateTimeException ex) {
      throw new IllegalArgumentException("resident ID holds no valid birth date: " + Redaction.quoteIdNumber(t), ex);
    }
    try {
      id.countyCode();
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("resident ID holds no valid county code: " + Redaction.quoteIdNumber(t), ex);
    }
    return id;
  }

  /**
   * Computes the check character of the first 17 digits of an 18-character number.
   *
   * @param first17  the first 17 digits, not null
   * @return the check character, {@code 0}-{@code 9} or {@code X}
   * @throws IllegalArgumentException if the text is not 17 digits
   */
  public static char checkCharacter(String first17) {
    if (first17.length() != 17 || !digits(first17, 0, 17)) {
      throw new IllegalArgumentException("check character needs 17 digits: " + Redaction.quoteIdNumber(first17));
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  private static boolean digits(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks whether this is the legacy 15-digit form.
   *
   * @return true for a 15-digit number
   */
  public boolean isLegacy() {
    return value.length() == 15;
  }

  /**
   * Returns the birth date encoded in the number.
   *
   * @return the date, not null
   */
  public LocalDate birthDate() {
    if (isLegacy()) {
      return LocalDate.of(1900 + Integer.parseInt(value.substring(6, 8)),
          Integer.parseInt(value.substring(8, 10)), Integer.parseInt(value.substring(10, 12)));
    }
    return LocalDate.of(Integer.parseInt(value.substring(6, 10)),
        Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
  }

  /**
   * Returns the sex encoded by the sequence number: odd for men, even for women.
   *
   * @return the sex, not null
   */
  public Sex sex() {
    int digit = value.charAt(isLegacy() ? 14 : 16) - '0';
    return digit % 2 == 1 ? Sex.MALE : Sex.FEMALE;
  }

  /**
   * Returns the county of first registration (the first six digits).
   *
   * @return the county-level region code, not null
   */
  public RegionCode countyCode() {
    return RegionCode.parse(value.substring(0, 6));
  }

  /**
   * Returns the whole number. Personal data: do not log it.
   *
   * @return the 18 or 15 characters, not null
   */
  @JsonValue
  public String toUnredactedString() {
    return value;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ResidentId && ((ResidentId) obj).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the number redacted, keeping the county code and the last four characters:
   * {@code 110105********002X}.
   *
   * @return the redacted number, not null
   */
  @Override
  public String toString() {
    return Redaction.idNumber(value);
  }
}
