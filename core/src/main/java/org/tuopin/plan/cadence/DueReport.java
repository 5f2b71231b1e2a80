package org.tuopin.plan.cadence;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.DateRange;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;

/**
 * One report of a reporting calendar: its cadence, the calendar period it covers, and the
 * date it is due by.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class DueReport implements WithDueReport {

  DueReport() {
  }

  /**
   * Returns the cadence.
   *
   * @return the cadence, not null
   */
  @JsonProperty("cadence")
  public abstract Cadence cadence();

  /**
   * Returns the calendar period the report covers.
   *
   * @return the period, not null
   */
  @JsonProperty("period")
  public abstract DateRange period();

  /**
   * Returns the last date the report may be submitted on time: the end of the period plus
   * the cadence's grace days.
   *
   * @return the due date, not null
   */
  @Value.Derived
  public LocalDate dueDate() {
    return period().end().plusDays(cadence().graceDays());
  }

  /**
   * Tells where the report stands at a date.
   *
   * @param date  the date, not null
   * @param submitted  the date it was submitted, if it was; a submission after {@code date}
   *     is not yet known at {@code date}, not null
   * @return the status, not null
   */
  public ReportStatus status(LocalDate date, Optional<LocalDate> submitted) {
    requireNonNull(date, "date");
    requireNonNull(submitted, "submitted");
    if (submitted.isPresent() && !submitted.get().isAfter(date)) {
      return submitted.get().isAfter(dueDate()) ? ReportStatus.SUBMITTED_LATE : ReportStatus.SUBMITTED;
    }
    if (date.isBefore(period().end())) {
      return ReportStatus.UPCOMING;
    }
    return date.isAfter(dueDate()) ? ReportStatus.OVERDUE : ReportStatus.DUE;
  }

  /**
   * Returns the cadence's key, the period and the due date.
   *
   * @return a short description, not null
   */
  @Override
  public String toString() {
    return cadence().key() + " " + period() + " due " + dueDate();
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static DueReport ofJson(
      @JsonProperty("cadence") Cadence cadence,
      @JsonProperty("period") DateRange period) {
    ImmutableDueReport.Builder b = ImmutableDueReport.builder();
    b.cadence(cadence);
    b.period(period);
    return b.build();
  }
}
