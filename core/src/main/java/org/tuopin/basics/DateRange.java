package org.tuopin.basics;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A period of whole days, both ends included, such as the period of a plan
 * ({@code 2018-02-28/2018-06-30}, the Spring Wind action of seed 002).
 *
 * <p>The text form is the ISO 8601 interval of two dates, which {@link #parse(String)} reads
 * back; a single year ({@code 2016}) is also read, as 1 January to 31 December.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateRange implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The first day, included. */
  private final LocalDate start;
  /** The last day, included. */
  private final LocalDate end;

  private DateRange(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Obtains a period from its first and last days, both included.
   *
   * @param start  the first day, not null
   * @param end  the last day, not before the first, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the end is before the start
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("a period must not end before it starts: " + start + "/" + end);
    }
    return new DateRange(start, end);
  }

  /**
   * Obtains the period of calendar years, from 1 January of the first to 31 December of
   * the last.
   *
   * @param first  the first year
   * @param last  the last year, not before the first
   * @return the period, not null
   * @throws IllegalArgumentException if the last year is before the first
   */
  public static DateRange ofYears(int first, int last) {
    return of(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
  }

  /**
   * Obtains the period of one calendar year.
   *
   * @param year  the year
   * @return 1 January to 31 December of the year, not null
   */
  public static DateRange ofYear(int year) {
    return ofYears(year, year);
  }

  /**
   * Obtains a period by reading {@code 2018-02-28/2018-06-30} or a year {@code 2016}.
   *
   * @param text  the text, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the text is not of that form or ends before it starts
   */
  public static DateRange parse(String text) {
    requireNonNull(text, "text");
    String t = text.strip();
    try {
      if (t.matches("[0-9]{4}")) {
        return ofYear(Integer.parseInt(t));
      }
      int slash = t.indexOf('/');
      if (slash > 0) {
        return of(LocalDate.parse(t.substring(0, slash).strip()), LocalDate.parse(t.substring(slash + 1).strip()));
      }
    } catch (DateTimeParseException ex) {
      throw new IllegalArgumentException("a period is two ISO dates, such as 2018-02-28/2018-06-30: '" + text + "'", ex);
    }
    throw new IllegalArgumentException("a period is two ISO dates, such as 2018-02-28/2018-06-30: '" + text + "'");
  }

  /**
   * Returns the first day.
   *
   * @return the first day, included, not null
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day.
   *
   * @return the last day, included, not null
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Returns the number of days in the period, both ends counted.
   *
   * @return the number of days, at least 1
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * Checks whether a day lies in the period.
   *
   * @param date  the day, not null
   * @return true if the day is from the start to the end, both included
   */
  public boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * Checks whether another period lies wholly inside this one.
   *
   * @param other  the other period, not null
   * @return true if the other starts and ends inside this period
   */
  public boolean encloses(DateRange other) {
    requireNonNull(other, "other");
    return contains(other.start) && contains(other.end);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DateRange && ((DateRange) obj).start.equals(start) && ((DateRange) obj).end.equals(end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /**
   * Returns the ISO 8601 interval {@code 2018-02-28/2018-06-30}.
   *
   * @return the text that {@link #parse(String)} reads back, not null
   */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
