package org.tuopin.plan.cadence;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * The reports a {@link ReportingSchedule} calls for over a range of dates, and where each
 * stands at a date given the submissions made.
 *
 * <p>Made by {@link ReportingSchedule#calendar(DateRange)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class ReportingCalendar implements WithReportingCalendar {

  ReportingCalendar() {
  }

  /**
   * Returns the schedule.
   *
   * @return the schedule, not null
   */
  @JsonProperty("schedule")
  public abstract ReportingSchedule schedule();

  /**
   * Returns the range of dates the calendar was made for.
   *
   * @return the range, not null
   */
  @JsonProperty("range")
  public abstract DateRange range();

  /**
   * Returns the reports.
   *
   * @return the reports, in due-date order then the schedule's order, not null
   */
  @JsonProperty("reports")
  public abstract ImmutableList<DueReport> reports();

  /**
   * Returns the reports of one cadence.
   *
   * @param cadence  the cadence, not null
   * @return the reports, in order, not null
   */
  public ImmutableList<DueReport> reports(Cadence cadence) {
    requireNonNull(cadence, "cadence");
    return reports().stream().filter(r -> r.cadence().equals(cadence)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Finds the report of a cadence whose period holds a date.
   *
   * @param cadence  the cadence, not null
   * @param date  the date, not null
   * @return the report, or empty if the calendar has none for that date
   */
  public Optional<DueReport> report(Cadence cadence, LocalDate date) {
    requireNonNull(date, "date");
    return reports(cadence).stream().filter(r -> r.period().contains(date)).findFirst();
  }

  /**
   * Tells where every report stands at a date.
   *
   * @param date  the date, not null
   * @param submitted  the date each submitted report was submitted, not null
   * @return the status of every report, in calendar order, not null
   */
  public ImmutableMap<DueReport, ReportStatus> status(LocalDate date, Map<DueReport, LocalDate> submitted) {
    requireNonNull(date, "date");
    requireNonNull(submitted, "submitted");
    Map<DueReport, ReportStatus> status = new LinkedHashMap<>();
    for (DueReport r : reports()) {
      status.put(r, r.status(date, Optional.ofNullable(submitted.get(r))));
    }
    return ImmutableMap.copyOf(status);
  }

  /**
   * Returns the reports due at a date: their period has ended, their due date has not passed,
   * and they are not submitted.
   *
   * @param date  the date, not null
   * @param submitted  the date each submitted report was submitted, not null
   * @return the reports, in calendar order, not null
   */
  public ImmutableList<DueReport> due(LocalDate date, Map<DueReport, LocalDate> submitted) {
    return having(date, submitted, ReportStatus.DUE);
  }

  /**
   * Returns the reports overdue at a date: past their due date and not submitted.
   *
   * @param date  the date, not null
   * @param submitted  the date each submitted report was submitted, not null
   * @return the reports, in calendar order, not null
   */
  public ImmutableList<DueReport> overdue(LocalDate date, Map<DueReport, LocalDate> submitted) {
    return having(date, submitted, ReportStatus.OVERDUE);
  }

  private ImmutableList<DueReport> having(LocalDate date, Map<DueReport, LocalDate> submitted, ReportStatus wanted) {
    return status(date, submitted).entrySet().stream().filter(e -> e.getValue() == wanted).map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Explains where the reports stand at a date: one line per report that is due, overdue or
   * submitted late, then the counts by status.
   *
   * @param date  the date, not null
   * @param submitted  the date each submitted report was submitted, not null
   * @param language  the language, not null
   * @return the lines, not null
   */
  public String explain(LocalDate date, Map<DueReport, LocalDate> submitted, Language language) {
    return explain(date, submitted, language.locale());
  }

  /**
   * Explains where the reports stand at a date in a locale, as
   * {@link #explain(LocalDate, Map, Language)} does, with the frames of Tuopin's message
   * bundle ({@code calendar.*}); a third language may name a built-in schedule
   * ({@code schedule.<key>}) and cadence ({@code cadence.<key>}).
   *
   * @param date  the date, not null
   * @param submitted  the date each submitted report was submitted, not null
   * @param locale  the locale, not null
   * @return the lines, not null
   */
  public String explain(LocalDate date, Map<DueReport, LocalDate> submitted, Locale locale) {
    requireNonNull(locale, "locale");
    StringBuilder b = new StringBuilder(Text.message("calendar.heading",
        schedule().name().keyed("schedule." + schedule().key()), range(), date).in(locale)).append('\n');
    Map<ReportStatus, Integer> counts = new LinkedHashMap<>();
    for (ReportStatus s : ReportStatus.values()) {
      counts.put(s, 0);
    }
    status(date, submitted).forEach((r, s) -> {
      counts.merge(s, 1, Integer::sum);
      if (s == ReportStatus.DUE || s == ReportStatus.OVERDUE || s == ReportStatus.SUBMITTED_LATE) {
        Text cadence = r.cadence().label().keyed("cadence." + r.cadence().key());
        b.append(Text.message("calendar.report", cadence, r.period(), r.dueDate(), s.label()).in(locale)).append('\n');
      }
    });
    counts.forEach((s, n) -> b.append(Text.message("calendar.count", s.label(), n).in(locale)));
    return b.toString();
  }

  @Override
  public String toString() {
    return "ReportingCalendar{schedule=" + schedule().key() + ", range=" + range() + ", reports=" + reports().size() + "}";
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static ReportingCalendar ofJson(
      @JsonProperty("schedule") ReportingSchedule schedule,
      @JsonProperty("range") DateRange range,
      @JsonProperty("reports") @Nullable List<DueReport> reports) {
    ImmutableReportingCalendar.Builder b = ImmutableReportingCalendar.builder();
    b.schedule(schedule);
    b.range(range);
    if (reports != null) {
      b.reports(reports);
    }
    return b.build();
  }
}
