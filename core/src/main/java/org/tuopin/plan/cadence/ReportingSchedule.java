package org.tuopin.plan.cadence;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.NotFoundException;
import org.tuopin.basics.Text;
import org.tuopin.internal.Keys;
import org.tuopin.standard.Provenance;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import org.tuopin.internal.Redaction;

/**
 * A reporting schedule (考核调度制度): the recurring reports of a programme, such as seed
 * 001's 一月一调度，半年一督查，一年一考核 — a dispatch every month, an inspection every
 * half-year, an assessment every year.
 *
 * <p>{@link #calendar(DateRange)} lists the reports of a period, each due at the end of its
 * calendar period plus its grace days. The built-in schedules are in
 * {@link ReportingSchedules}; a user builds their own with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class ReportingSchedule implements WithReportingSchedule {

  ReportingSchedule() {
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the key, such as {@code changsha}.
   *
   * @return the key, not null
   */
  @JsonProperty("key")
  public abstract String key();

  /**
   * Returns the name.
   *
   * @return the name in Chinese and English, not null
   */
  @JsonProperty("name")
  public abstract Text name();

  /**
   * Returns the recurring reports.
   *
   * @return the cadences, at least one, not null
   */
  @JsonProperty("cadences")
  public abstract ImmutableList<Cadence> cadences();

  /**
   * Returns where the schedule came from.
   *
   * @return the provenance, if recorded
   */
  public abstract Optional<Provenance> provenance();

  /**
   * Obtains one of the cadences by key.
   *
   * @param key  the key, such as {@code dispatch}, not null
   * @return the cadence, not null
   * @throws NotFoundException naming the key and the schedule's keys if none has it
   */
  public Cadence cadence(String key) {
    requireNonNull(key, "key");
    return cadences().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow(() ->
        new NotFoundException("schedule " + key() + " has no cadence " + Redaction.quote(key) + "; its cadences: "
            + cadences().stream().map(Cadence::key).collect(Collectors.joining(", "))));
  }

  /**
   * Lists the reports whose calendar period meets a range of dates: every month, half-year
   * or year that shares a day with it, whole.
   *
   * @param range  the range, such as the years of a programme, not null
   * @return the calendar, reports in due-date order then the schedule's order, not null
   */
  public ReportingCalendar calendar(DateRange range) {
    requireNonNull(range, "range");
    List<DueReport> reports = new ArrayList<>();
    for (Cadence c : cadences()) {
      YearMonth first = YearMonth.from(range.start());
      first = first.minusMonths((first.getMonthValue() - 1) % c.months());
      for (YearMonth m = first; !m.atDay(1).isAfter(range.end()); m = m.plusMonths(c.months())) {
        LocalDate end = m.plusMonths(c.months() - 1).atEndOfMonth();
        reports.add(ImmutableDueReport.builder().cadence(c).period(DateRange.of(m.atDay(1), end)).build());
      }
    }
    reports.sort(Comparator.comparing(DueReport::dueDate).thenComparing(r -> cadences().indexOf(r.cadence())));
    return ImmutableReportingCalendar.builder().schedule(this).range(range).reports(reports).build();
  }

  @Value.Check
  void check() {
    Keys.check("schedule key", key());
    if (cadences().isEmpty()) {
      throw new IllegalArgumentException("schedule " + key() + " must have at least one cadence");
    }
    Set<String> keys = new HashSet<>();
    for (Cadence c : cadences()) {
      if (!keys.add(c.key())) {
        throw new IllegalArgumentException("schedule " + key() + " lists cadence '" + c.key() + "' twice");
      }
    }
  }

  /**
   * Returns the key and the cadences.
   *
   * @return a short description, not null
   */
  @Override
  public String toString() {
    return key() + cadences();
  }

  /**
   * A builder of schedules.
   */
  public static final class Builder extends ImmutableReportingSchedule.Builder {
    Builder() {
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("provenance")
  private @Nullable Provenance provenanceJson() {
    return provenance().orElse(null);
  }

  @JsonCreator
  private static ReportingSchedule ofJson(
      @JsonProperty("key") String key,
      @JsonProperty("name") Text name,
      @JsonProperty("cadences") @Nullable List<Cadence> cadences,
      @JsonProperty("provenance") @Nullable Provenance provenance) {
    ImmutableReportingSchedule.Builder b = ImmutableReportingSchedule.builder();
    b.key(key);
    b.name(name);
    if (cadences != null) {
      b.cadences(cadences);
    }
    if (provenance != null) {
      b.provenance(provenance);
    }
    return b.build();
  }
}
