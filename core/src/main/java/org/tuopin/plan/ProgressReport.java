package org.tuopin.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.tuopin.basics.DateRange;
import java.util.Locale;
import org.tuopin.basics.Language;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.TextTable;
import org.tuopin.indicator.Indicator;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * A plan's progress at a date (进度报告): one {@link TargetProgress row} per target, for the
 * plan and, to a chosen depth, the plans below it. It prints as a text table in Chinese or
 * English ({@link #toTable(Language)}); its rows carry typed values, for a JSON or CSV writer
 * outside core to render.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class ProgressReport implements WithProgressReport {

  ProgressReport() {
  }

  static ImmutableProgressReport.Builder builder() {
    return ImmutableProgressReport.builder();
  }

  /**
   * Returns the name of the plan reported on.
   *
   * @return the name, not null
   */
  @JsonProperty("plan")
  public abstract Text plan();

  /**
   * Returns the scope of the plan reported on.
   *
   * @return the scope, not null
   */
  @JsonProperty("scope")
  public abstract Scope scope();

  /**
   * Returns the period of the plan reported on.
   *
   * @return the period, not null
   */
  @JsonProperty("period")
  public abstract DateRange period();

  /**
   * Returns the date of the report.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the rows, the plan's targets first, then those of the plans below in tree order.
   *
   * @return the rows, possibly empty, not null
   */
  @JsonProperty("rows")
  public abstract ImmutableList<TargetProgress> rows();

  /**
   * Returns the rows with a status.
   *
   * @param status  the status, not null
   * @return the rows, in order, not null
   */
  public ImmutableList<TargetProgress> rows(TargetStatus status) {
    requireNonNull(status, "status");
    return rows().stream().filter(r -> r.status() == status).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns a copy of this report without the rows of some statuses, such as the targets
   * with no data yet.
   *
   * @param statuses  the statuses to leave out, not null
   * @return the report with the other rows, not null
   */
  public ProgressReport excluding(TargetStatus... statuses) {
    Set<TargetStatus> out = EnumSet.noneOf(TargetStatus.class);
    out.addAll(Arrays.asList(statuses));
    return builder().from(this)
        .rows(rows().stream().filter(r -> !out.contains(r.status())).collect(ImmutableList.toImmutableList())).build();
  }

  /**
   * Finds the first row of the reported plan itself (not of a plan below it) for an indicator.
   *
   * @param indicator  the indicator, not null
   * @return the first such row, or empty
   */
  public Optional<TargetProgress> row(Indicator indicator) {
    requireNonNull(indicator, "indicator");
    return rows().stream().filter(r -> r.target().indicator().equals(indicator) && r.planScope().equals(scope()))
        .findFirst();
  }

  /**
   * Returns the report as a text table: a title line, one line per target with the plan,
   * indicator (and, in brackets, the target's scope when it is not the plan's), requirement,
   * deadline, expected value, actual value (Σ when rolled up), its date, gap and status, then
   * the counts per status.
   *
   * @param language  the language of headers and cells, not null
   * @return the text, not null
   */
  public String toTable(Language language) {
    return toTable(language.locale());
  }

  /**
   * Returns the report as a text table in a locale, as {@link #toTable(Language)} does, with
   * the headers, frames and labels of Tuopin's message bundle: a third language is a file
   * (English where it has none).
   *
   * @param locale  the locale of headers and cells, not null
   * @return the text, not null
   */
  public String toTable(Locale locale) {
    requireNonNull(locale, "locale");
    List<String> headers = Stream.of("plan", "indicator", "target", "deadline", "expected", "actual", "as_of", "gap",
        "status").map(h -> Text.message("progress.header." + h).in(locale)).toList();
    TextTable table = new TextTable(headers, false, false, false, false, true, true, false, true, false);
    String none = Text.message("progress.none").in(locale);
    for (TargetProgress r : rows()) {
      Text indicator = r.target().scope().equals(r.planScope()) ? r.target().indicator().label()
          : Text.message("progress.indicator.scoped", r.target().indicator().label(), r.target().scope());
      table.add(List.of(
          r.plan().in(locale),
          indicator.in(locale),
          r.target().requirement().in(locale),
          r.target().deadline().toString(),
          r.expected().map(q -> q.text().in(locale)).orElse(none),
          r.actual().map(q -> (r.rolledUp() ? Text.message("progress.rolled_up", q) : q.text()).in(locale))
              .orElse(none),
          r.actualDate().map(LocalDate::toString).orElse(none),
          r.gap().map(q -> (q.signum() > 0 ? Text.message("progress.gap.positive", q) : q.text()).in(locale))
              .orElse(none),
          r.status().label().in(locale)));
    }
    String title = Text.message("progress.title", plan(), scope(), period(), date()).in(locale);
    String counts = Text.join(Text.message("plan.list.comma"), Stream.of(TargetStatus.values())
        .filter(s -> !rows(s).isEmpty()).map(s -> Text.message("progress.count", s.label(), rows(s).size())).toList())
        .in(locale);
    String note = rows().stream().anyMatch(TargetProgress::rolledUp)
        ? "\n" + Text.message("progress.note.rolled_up").in(locale) : "";
    return title + "\n" + table + (counts.isEmpty() ? Text.message("progress.no_targets").in(locale) : counts)
        + note + "\n";
  }

  /**
   * Returns the plan, the date and the counts per status.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "ProgressReport{" + plan().zh() + ", " + date() + ", " + rows().size() + " targets}";
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("date")
  private String dateJson() {
    return date().toString();
  }

  @JsonCreator
  private static ProgressReport ofJson(
      @JsonProperty("plan") Text plan,
      @JsonProperty("scope") Scope scope,
      @JsonProperty("period") DateRange period,
      @JsonProperty("date") String date,
      @JsonProperty("rows") @Nullable List<TargetProgress> rows) {
    ImmutableProgressReport.Builder b = ImmutableProgressReport.builder();
    b.plan(plan);
    b.scope(scope);
    b.period(period);
    b.date(LocalDate.parse(date));
    if (rows != null) {
      b.rows(rows);
    }
    return b.build();
  }
}
