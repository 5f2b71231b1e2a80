package org.tuopin.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Unit;
import org.tuopin.basics.Units;
import org.tuopin.indicator.Indicator;

/**
 * Matches observations to targets: the actual value of an indicator for a scope at a date,
 * observed there or rolled up from the scopes below, and each target's status.
 */
final class Tracker {

  /** Decimal places of a rate computed from its parts, in per cent. */
  static final int RATE_SCALE = 4;
  /** Decimal places kept when a value must be rounded into a target's unit. */
  private static final int CONVERSION_SCALE = 10;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** An actual value, the date of the latest observation behind it, and whether it was derived. */
  record Actual(Quantity value, LocalDate date, boolean rolledUp) {
  }

  /** Observations by indicator and scope, each list in date order. */
  private final Map<Indicator, Map<Scope, List<Observation>>> index = new HashMap<>();

  Tracker(Collection<Observation> observations) {
    for (Observation o : observations) {
      index.computeIfAbsent(o.indicator(), i -> new HashMap<>())
          .computeIfAbsent(o.scope(), s -> new ArrayList<>()).add(o);
    }
    index.values().forEach(m -> m.values().forEach(l -> l.sort(Comparator.comparing(Observation::date))));
  }

  // ---------------------------------------------------------------------------------- actuals

  /**
   * Returns the actual value of an indicator for a scope at the end of a date: the latest
   * observation there, else the aggregate of the scopes one level below (recursively), else
   * for a rate its numerator over its denominator.
   */
  Optional<Actual> actual(Indicator indicator, Scope scope, LocalDate date) {
    Optional<Actual> direct = direct(indicator, scope, date);
    if (direct.isPresent()) {
      return direct;
    }
    switch (indicator.aggregation()) {
      case NONE:
        return Optional.empty();
      case RATE:
        return rate(indicator, scope, date);
      default:
        return rollUp(indicator, scope, date);
    }
  }

  private Optional<Actual> direct(Indicator indicator, Scope scope, LocalDate date) {
    List<Observation> list = index.getOrDefault(indicator, Map.of()).get(scope);
    if (list == null) {
      return Optional.empty();
    }
    Observation latest = null;
    for (Observation o : list) {
      if (o.date().isAfter(date)) {
        break;
      }
      latest = o;
    }
    return latest == null ? Optional.empty() : Optional.of(new Actual(latest.value(), latest.date(), false));
  }

  private Optional<Actual> rate(Indicator indicator, Scope scope, LocalDate date) {
    Optional<Actual> num = actual(indicator.numerator().orElseThrow(), scope, date);
    Optional<Actual> den = actual(indicator.denominator().orElseThrow(), scope, date);
    if (num.isEmpty() || den.isEmpty() || den.get().value().isZero()) {
      return Optional.empty();
    }
    BigDecimal n = num.get().value().value();
    BigDecimal d = valueIn(den.get().value(), num.get().value().unit());
    Quantity rate = Quantity.of(n.multiply(HUNDRED).divide(d, RATE_SCALE, RoundingMode.HALF_EVEN), Units.PERCENT);
    LocalDate latest = num.get().date().isAfter(den.get().date()) ? num.get().date() : den.get().date();
    return Optional.of(new Actual(rate, latest, true));
  }

  private Optional<Actual> rollUp(Indicator indicator, Scope scope, LocalDate date) {
    Set<Scope> children = new LinkedHashSet<>();
    if (scope.isCluster()) {
      scope.regions().forEach(r -> children.add(Scope.of(r)));
    } else if (scope.level() != PlanLevel.HOUSEHOLD && scope.level() != PlanLevel.ORGANISATION) {
      for (Scope s : index.getOrDefault(indicator, Map.of()).keySet()) {
        if (!s.isCluster() && !s.equals(scope) && scope.contains(s)) {
          children.add(scope.childToward(s));
        }
      }
    }
    List<Actual> parts = new ArrayList<>();
    for (Scope child : children) {
      actual(indicator, child, date).ifPresent(parts::add);
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    List<Quantity> values = parts.stream().map(Actual::value).toList();
    Quantity value;
    switch (indicator.aggregation()) {
      case MAX:
        value = values.stream().max(Comparator.naturalOrder()).orElseThrow();
        break;
      case MIN:
        value = values.stream().min(Comparator.naturalOrder()).orElseThrow();
        break;
      default:
        value = Quantity.sum(values);
        break;
    }
    LocalDate latest = parts.stream().map(Actual::date).max(Comparator.naturalOrder()).orElseThrow();
    return Optional.of(new Actual(value, latest, true));
  }

  // ----------------------------------------------------------------------------------- status

  /** The start value of a target's path: its baseline, else zero for a summed indicator. */
  static Optional<Quantity> startValue(Target t) {
    if (t.baseline().isPresent()) {
      return Optional.of(PlanChecker.inUnitOf(t.baseline().get(), t.quantity().unit()));
    }
    return t.indicator().isAdditive() ? Optional.of(Quantity.of(0, t.quantity().unit())) : Optional.empty();
  }

  ProgressReport report(Plan plan, LocalDate date, int depth) {
    List<TargetProgress> rows = new ArrayList<>();
    collect(plan, date, depth, rows);
    return ProgressReport.builder().plan(plan.name()).scope(plan.scope()).period(plan.period()).date(date)
        .addAllRows(rows).build();
  }

  private void collect(Plan plan, LocalDate date, int depth, List<TargetProgress> rows) {
    for (Target t : plan.targets()) {
      rows.add(progress(plan, t, date));
    }
    if (depth > 0) {
      plan.children().forEach(c -> collect(c, date, depth - 1, rows));
    }
  }

  TargetProgress progress(Plan plan, Target t, LocalDate date) {
    LocalDate deadline = t.deadline();
    LocalDate start = plan.period().start().isAfter(deadline) ? deadline : plan.period().start();
    ImmutableTargetProgress.Builder row = TargetProgress.builder().plan(plan.name()).planScope(plan.scope())
        .target(t).date(date);
    LocalDate asOf = date.isAfter(deadline) ? deadline : date;
    Optional<Actual> actual = actual(t.indicator(), t.scope(), date.isBefore(start) ? date : asOf);
    actual.ifPresent(a -> row.actual(PlanChecker.inUnitOf(a.value(), t.quantity().unit()))
        .actualDate(a.date()).rolledUp(a.rolledUp()));
    if (actual.isEmpty()) {
      row.rolledUp(false);
    }
    if (date.isBefore(start)) {
      return row.status(TargetStatus.NOT_STARTED).build();
    }
    boolean rising = t.isRising();
    Optional<Quantity> expected = !date.isBefore(deadline)
        ? Optional.of(t.quantity())
        : expected(plan, t, start, date, actual, rising);
    expected.ifPresent(row::expected);
    if (actual.isEmpty()) {
      return row.status(TargetStatus.NO_DATA).build();
    }
    Quantity a = actual.get().value();
    expected.ifPresent(e -> row.gap(PlanChecker.inUnitOf(a.minus(e), t.quantity().unit())));
    if (t.isMetBy(a)) {
      return row.status(TargetStatus.ACHIEVED).build();
    }
    if (!date.isBefore(deadline)) {
      return row.status(TargetStatus.MISSED).build();
    }
    if (expected.isEmpty()) {
      return row.status(TargetStatus.ON_TRACK).build();
    }
    int c = a.compareTo(expected.get());
    return row.status(rising ? c >= 0 ? TargetStatus.ON_TRACK : TargetStatus.BEHIND
        : c <= 0 ? TargetStatus.ON_TRACK : TargetStatus.BEHIND).build();
  }

  /**
   * The value expected at a date before the deadline: linear between the points of the path,
   * rounded toward the demanding side at the finer of two decimals and the figures' own.
   */
  private Optional<Quantity> expected(Plan plan, Target t, LocalDate start, LocalDate date,
      Optional<Actual> actual, boolean rising) {
    Unit unit = t.quantity().unit();
    List<LocalDate> dates = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    Optional<Quantity> startValue = startValue(t);
    if (startValue.isPresent()) {
      dates.add(start);
      values.add(valueIn(startValue.get(), unit));
    } else {
      Optional<Actual> first = firstActual(t, start, date);
      if (first.isEmpty()) {
        return Optional.empty();
      }
      dates.add(first.get().date());
      values.add(valueIn(first.get().value(), unit));
    }
    List<Milestone> milestones = plan.milestones().stream()
        .filter(m -> PlanChecker.targetOf(plan, m).filter(t::equals).isPresent()).toList();
    if (!milestones.isEmpty() || t.tasks().isEmpty()) {
      milestones.stream()
          .filter(m -> m.date().isAfter(dates.get(0)) && m.date().isBefore(t.deadline()))
          .sorted(Comparator.comparing(Milestone::date))
          .forEach(m -> {
            dates.add(m.date());
            values.add(valueIn(m.valueFor(t), unit));
          });
    } else {
      // Tasks per year: the running sum is due at each year's end.
      t.cumulativeTasks().forEach((y, q) -> {
        LocalDate end = y.atMonth(12).atEndOfMonth();
        if (end.isAfter(dates.get(0)) && end.isBefore(t.deadline())) {
          dates.add(end);
          values.add(valueIn(q, unit));
        }
      });
    }
    dates.add(t.deadline());
    values.add(t.quantity().value());
    int scale = 2;
    for (BigDecimal v : values) {
      scale = Math.max(scale, v.scale());
    }
    if (actual.isPresent()) {
      scale = Math.max(scale, valueIn(actual.get().value(), unit).scale());
    }
    RoundingMode rounding = rising ? RoundingMode.CEILING : RoundingMode.FLOOR;
    if (!date.isAfter(dates.get(0))) {
      return Optional.of(Quantity.of(values.get(0), unit));
    }
    for (int i = 1; i < dates.size(); i++) {
      if (!date.isAfter(dates.get(i))) {
        long span = ChronoUnit.DAYS.between(dates.get(i - 1), dates.get(i));
        long done = ChronoUnit.DAYS.between(dates.get(i - 1), date);
        BigDecimal v0 = values.get(i - 1);
        BigDecimal v1 = values.get(i);
        BigDecimal v = span == 0 ? v1 : v0.add(v1.subtract(v0).multiply(BigDecimal.valueOf(done))
            .divide(BigDecimal.valueOf(span), scale, rounding));
        return Optional.of(Quantity.of(v, unit));
      }
    }
    return Optional.of(t.quantity());
  }

  /** The first observed value at or below the target's scope in the period, up to the date. */
  private Optional<Actual> firstActual(Target t, LocalDate start, LocalDate date) {
    Optional<LocalDate> first = index.getOrDefault(t.indicator(), Map.of()).entrySet().stream()
        .filter(e -> t.scope().contains(e.getKey()))
        .flatMap(e -> e.getValue().stream().map(Observation::date))
        .filter(d -> !d.isBefore(start) && !d.isAfter(date))
        .min(Comparator.naturalOrder());
    return first.flatMap(d -> actual(t.indicator(), t.scope(), d));
  }

  /** A quantity's value in a unit, exactly when possible, else to ten decimals. */
  static BigDecimal valueIn(Quantity q, Unit unit) {
    Quantity exact = PlanChecker.inUnitOf(q, unit);
    return exact.unit().equals(unit) ? exact.value() : q.to(unit, CONVERSION_SCALE, RoundingMode.HALF_EVEN).value();
  }
}
