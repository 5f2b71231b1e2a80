package org.tuopin.basics;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.tuopin.internal.Redaction;

/**
 * An inclusive range of calendar years, such as the effective years of a standard
 * ({@code 2010-2020}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YearRange implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:\\s*[-–~]\\s*(\\d{4}))?");

  /** The first year, included. */
  private final int first;
  /** The last year, included. */
  private final int last;

  private YearRange(int first, int last) {
    this.first = first;
    this.last = last;
  }

  /**
   * Obtains a range from its first and last years, both included.
   *
   * @param first  the first year
   * @param last  the last year, not before the first
   * @return the range, not null
   * @throws IllegalArgumentException if a year has not four digits or the last is before the first
   */
  public static YearRange of(int first, int last) {
    if (first < 1000 || last > 9999) {
      throw new IllegalArgumentException("years must have four digits: " + first + "-" + last);
    }
    if (last < first) {
      throw new IllegalArgumentException("year range must not end before it starts: " + first + "-" + last);
    }
    return new YearRange(first, last);
  }

  /**
   * Obtains a range of one year.
   *
   * @param year  the year, four digits
   * @return the range, not null
   * @throws IllegalArgumentException if the year has not four digits
   */
  public static YearRange ofYear(int year) {
    return of(year, year);
  }

  /**
   * Obtains a range by reading {@code 2010-2020} or a single year {@code 2017}.
   *
   * @param text  the text, not null
   * @return the range, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  @JsonCreator
  public static YearRange parse(String text) {
    Matcher m = TEXT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("year range must be YYYY or YYYY-YYYY: " + Redaction.quote(text));
    }
    int a = Integer.parseInt(m.group(1));
    return m.group(2) == null ? ofYear(a) : of(a, Integer.parseInt(m.group(2)));
  }

  /**
   * Returns the first year.
   *
   * @return the first year, included
   */
  public int first() {
    return first;
  }

  /**
   * Returns the last year.
   *
   * @return the last year, included
   */
  public int last() {
    return last;
  }

  /**
   * Checks whether a year lies in the range.
   *
   * @param year  the year
   * @return true if the year is from the first to the last, both included
   */
  public boolean contains(int year) {
    return year >= first && year <= last;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof YearRange && ((YearRange) obj).first == first && ((YearRange) obj).last == last;
  }

  @Override
  public int hashCode() {
    return first * 31 + last;
  }

  /**
   * Returns {@code 2010-2020}, or {@code 2017} for one year.
   *
   * @return the text that {@link #parse(String)} reads back, not null
   */
  @Override
  @JsonValue
  public String toString() {
    return first == last ? Integer.toString(first) : first + "-" + last;
  }
}
