package org.tuopin.basics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.tuopin.internal.Redaction;

/**
 * An inclusive range of calendar dates, such as the period a compliance check covers
 * ({@code 2016-03-15/2016-06-30}) or the half-year a supervision report covers.
 *
 * <p>Both ends are included, as the policy texts count them: "2016年1月1日至6月30日" is
 * {@code 2016-01-01/2016-06-30}. The text form is the ISO 8601 interval of two dates.
 * Months are calendar months ({@link YearMonth}): a range touches a month when it shares
 * at least one day with it and covers it when it holds every day of it, 28 to 31.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateRange implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The first date, included. */
  private final LocalDate start;
  /** The last date, included. */
  private final LocalDate end;

  private DateRange(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Obtains a range from its first and last dates, both included.
   *
   * @param start  the first date, not null
   * @param end  the last date, not before the first, not null
   * @return the range, not null
   * @throws IllegalArgumentException if the end is before the start
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("date range must not end before it starts: " + start + "/" + end);
    }
    return new DateRange(start, end);
  }

  /**
   * Obtains the range of one calendar month, from its first to its last day.
   *
   * @param month  the month, not null
   * @return the range, not null
   */
  public static DateRange ofMonth(YearMonth month) {
    requireNonNull(month, "month");
    return new DateRange(month.atDay(1), month.atEndOfMonth());
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
   * Obtains the range of one calendar year, 1 January to 31 December.
   *
   * @param year  the year
   * @return the range, not null
   */
  public static DateRange ofYear(int year) {
    return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /**
   * Obtains a range by reading two ISO dates separated by a slash,
   * {@code 2016-03-15/2016-06-30}, a single date for a range of one day, or a year
   * ({@code 2016}) for 1 January to 31 December.
   *
   * @param text  the text, not null
   * @return the range, not null
   * @throws IllegalArgumentException if the text is not of that form or the end is before the start
   */
  @JsonCreator
  public static DateRange parse(String text) {
    requireNonNull(text, "text");
    String t = text.trim();
    int slash = t.indexOf('/');
    try {
      if (t.matches("[0-9]{4}")) {
        return ofYears(Integer.parseInt(t), Integer.parseInt(t));
      }
      if (slash < 0) {
        LocalDate day = LocalDate.parse(t);
        return new DateRange(day, day);
      }
      return of(LocalDate.parse(t.substring(0, slash).trim()), LocalDate.parse(t.substring(slash + 1).trim()));
    } catch (DateTimeParseException ex) {
      throw new IllegalArgumentException(
          "date range must be two ISO dates separated by '/', such as 2016-03-15/2016-06-30: " + Redaction.quoteKeepingDates(text), ex);
    }
  }

  /**
   * Returns the first date.
   *
   * @return the first date, included, not null
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last date.
   *
   * @return the last date, included, not null
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Returns the number of days, both ends included.
   *
   * @return the number of days, at least 1
   */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * Checks whether a date lies in the range.
   *
   * @param date  the date, not null
   * @return true if the date is from the start to the end, both included
   */
  public boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * Checks whether this range holds every day of another.
   *
   * @param other  the other range, not null
   * @return true if the other range lies wholly inside this one
   */
  public boolean encloses(DateRange other) {
    requireNonNull(other, "other");
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * Checks whether this range holds every day of a calendar month.
   *
   * @param month  the month, not null
   * @return true if the month lies wholly inside this range
   */
  public boolean covers(YearMonth month) {
    return encloses(ofMonth(month));
  }

  /**
   * Returns the days this range shares with another.
   *
   * @param other  the other range, not null
   * @return the shared days, or empty if the ranges do not meet
   */
  public Optional<DateRange> intersection(DateRange other) {
    requireNonNull(other, "other");
    LocalDate s = start.isAfter(other.start) ? start : other.start;
    LocalDate e = end.isBefore(other.end) ? end : other.end;
    return e.isBefore(s) ? Optional.empty() : Optional.of(new DateRange(s, e));
  }

  /**
   * Returns the calendar months the range touches, from the month of the start to the month
   * of the end; the first and last may be covered only in part.
   *
   * @return the months, in order, at least one, not null
   */
  public ImmutableList<YearMonth> months() {
    ImmutableList.Builder<YearMonth> months = ImmutableList.builder();
    YearMonth last = YearMonth.from(end);
    for (YearMonth m = YearMonth.from(start); !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months.build();
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
   * Returns the ISO 8601 interval {@code 2016-03-15/2016-06-30}.
   *
   * @return the text that {@link #parse(String)} reads back, not null
   */
  @Override
  @JsonValue
  public String toString() {
    return start + "/" + end;
  }
}
