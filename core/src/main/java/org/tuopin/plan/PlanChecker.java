package org.tuopin.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Unit;
import org.tuopin.basics.Units;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.Registry;

/** Applies the {@link CheckRule rules} to each plan of a tree. */
final class PlanChecker {

  private static final int LISTED_IDS = 5;
  private static final Text PLUS = Text.of(" + ");

  private final @Nullable Registry registry;

  PlanChecker(@Nullable Registry registry) {
    this.registry = registry;
  }

  List<PlanCheck> check(Plan root) {
    List<PlanCheck> out = new ArrayList<>();
    root.tree().forEach(p -> {
      partsAddUp(p, out);
      childPeriods(p, out);
      targetDeadlines(p, out);
      milestones(p, out);
      periodTasks(p, out);
      projects(p, out);
      breakdowns(p, out);
      householdPlans(p, out);
    });
    return out;
  }

  // ---------------------------------------------------------------------------- parts add up

  private static void partsAddUp(Plan p, List<PlanCheck> out) {
    for (Target t : p.targets()) {
      if (!t.scope().equals(p.scope()) || !t.indicator().isAdditive()) {
        continue;
      }
      List<Target> parts = parts(p, t);
      if (parts.isEmpty()) {
        continue;
      }
      Text subject = t.indicator().label();
      List<String> overlaps = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        for (int j = i + 1; j < parts.size(); j++) {
          if (parts.get(i).scope().overlaps(parts.get(j).scope())) {
            overlaps.add(parts.get(i).scope() + " & " + parts.get(j).scope());
          }
        }
      }
      if (!overlaps.isEmpty()) {
        String list = String.join(", ", overlaps);
        out.add(check(CheckRule.PARTS_ADD_UP, p, subject, Tristate.NOT_MET,
            Text.message("plan.check.overlap", list))
            .build());
        continue;
      }
      Quantity sum;
      try {
        sum = Quantity.sum(parts.stream().map(Target::quantity).toList());
      } catch (ArithmeticException ex) {
        out.add(check(CheckRule.PARTS_ADD_UP, p, subject, Tristate.UNKNOWN,
            Text.message("plan.check.parts_inexact", String.valueOf(ex.getMessage())))
            .build());
        continue;
      }
      out.add(sumFinding(p, t, parts, sum));
    }
  }

  /** The parts of a target: targets allocated inside the plan, and each child's own target. */
  private static List<Target> parts(Plan p, Target t) {
    List<Target> parts = new ArrayList<>();
    Map<Scope, List<Target>> inner = new LinkedHashMap<>();
    for (Target o : p.targets()) {
      if (o.indicator().equals(t.indicator()) && !o.scope().equals(p.scope())) {
        inner.computeIfAbsent(o.scope(), s -> new ArrayList<>()).add(o);
      }
    }
    inner.values().forEach(list -> parts.add(pick(list, t.deadline())));
    for (Plan c : p.children()) {
      List<Target> own = c.targets().stream()
          .filter(o -> o.indicator().equals(t.indicator()) && o.scope().equals(c.scope())).toList();
      if (!own.isEmpty()) {
        parts.add(pick(own, t.deadline()));
      }
    }
    return parts;
  }

  /** The candidate due last on or before the deadline, else the first due after it. */
  private static Target pick(List<Target> candidates, LocalDate deadline) {
    return candidates.stream().filter(c -> !c.deadline().isAfter(deadline)).max(Comparator.comparing(Target::deadline))
        .orElseGet(() -> candidates.stream().min(Comparator.comparing(Target::deadline)).orElseThrow());
  }

  private static PlanCheck sumFinding(Plan p, Target t, List<Target> parts, Quantity sum) {
    if (p.partialBreakdown()) {
      return partialFinding(p, t, parts, sum);
    }
    Quantity lower = sumOf(parts, true);
    boolean lowerOpen = parts.stream().anyMatch(x -> x.comparison() == Comparison.ABOVE);
    boolean upperFinite = parts.stream().allMatch(x -> x.comparison() == Comparison.EXACTLY
        || x.comparison() == Comparison.AT_MOST || x.comparison() == Comparison.BELOW);
    boolean upperOpen = parts.stream().anyMatch(x -> x.comparison() == Comparison.BELOW);
    Quantity upper = sumOf(parts, false);
    Quantity q = t.quantity();
    boolean met;
    switch (t.comparison()) {
      case AT_LEAST:
        met = lower.compareTo(q) >= 0;
        break;
      case ABOVE:
        met = lower.compareTo(q) > 0 || lower.compareTo(q) == 0 && lowerOpen;
        break;
      case EXACTLY:
        met = upperFinite && !lowerOpen && !upperOpen && lower.compareTo(q) == 0 && upper.compareTo(q) == 0;
        break;
      case AT_MOST:
        met = upperFinite && upper.compareTo(q) <= 0;
        break;
      default:
        met = upperFinite && (upper.compareTo(q) < 0 || upper.compareTo(q) == 0 && upperOpen);
        break;
    }
    Quantity diff = diff(sum, q);
    int sign = diff.signum();
    Text verdict;
    if (met) {
      verdict = sign == 0 ? Text.message("plan.check.match") : Text.message("plan.check.exceed_by", diff);
    } else if (sign < 0) {
      verdict = Text.message("plan.check.short_by", diff.negated());
    } else if (sign > 0) {
      verdict = Text.message("plan.check.over_by", diff);
    } else {
      verdict = Text.message("plan.check.parts_not_guaranteed");
    }
    return check(CheckRule.PARTS_ADD_UP, p, t.indicator().label(), Tristate.of(met))
        .comparison(t.comparison()).expected(q).actual(sum).difference(diff)
        .message(Text.message("plan.check.parts_add_up", parts.size(), sum, t.requirement(), verdict))
        .build();
  }

  /**
   * A partial breakdown: the listed parts must fit within the target; the rest is not yet
   * broken down, which is information, not a shortfall.
   */
  private static PlanCheck partialFinding(Plan p, Target t, List<Target> parts, Quantity sum) {
    Quantity q = t.quantity();
    Quantity diff = diff(sum, q);
    boolean met = diff.signum() <= 0;
    return check(CheckRule.PARTS_ADD_UP, p, t.indicator().label(), Tristate.of(met))
        .comparison(Comparison.AT_MOST).expected(q).actual(sum).difference(diff)
        .message(Text.message("plan.check.partial", parts.size(), sum, t.requirement(),
            met ? Text.message("plan.check.partial.fit", diff.negated()) : Text.message("plan.check.tail.over", diff)))
        .build();
  }

  /** The sum of the parts' lower bounds (lower) or stated quantities (upper). */
  private static Quantity sumOf(List<Target> parts, boolean lower) {
    List<Quantity> qs = new ArrayList<>();
    for (Target x : parts) {
      boolean bounded = x.comparison() == Comparison.AT_LEAST || x.comparison() == Comparison.ABOVE
          || x.comparison() == Comparison.EXACTLY;
      qs.add(!lower || bounded ? x.quantity() : Quantity.of(0, x.quantity().unit()));
    }
    return Quantity.sum(qs);
  }

  /**
   * The exact difference a − b in b's unit when it holds it exactly; with units whose sizes
   * do not divide exactly, a rounded to ten decimals in b's unit, minus b.
   */
  static Quantity diff(Quantity a, Quantity b) {
    try {
      return inUnitOf(a.minus(b), b.unit());
    } catch (ArithmeticException ex) {
      return a.to(b.unit(), 10, RoundingMode.HALF_EVEN).minus(b);
    }
  }

  /** The quantity in a unit if it converts exactly, else as it is. */
  static Quantity inUnitOf(Quantity q, Unit unit) {
    if (q.isCompatibleWith(unit)) {
      try {
        return q.to(unit);
      } catch (ArithmeticException ex) {
        return q;
      }
    }
    return q;
  }

  // --------------------------------------------------------------------------------- periods

  private static void childPeriods(Plan p, List<PlanCheck> out) {
    if (p.children().isEmpty()) {
      return;
    }
    boolean all = true;
    for (Plan c : p.children()) {
      if (!p.period().encloses(c.period())) {
        all = false;
        out.add(check(CheckRule.CHILD_PERIOD, p, c.name(), Tristate.NOT_MET, Text.message(
            "plan.check.child_period.outside", c.period(), p.period())).build());
      }
    }
    if (all) {
      int n = p.children().size();
      out.add(check(CheckRule.CHILD_PERIOD, p, Text.message("plan.subject.child_plans"), Tristate.MET,
          Text.message("plan.check.child_period.all", n, p.period())).build());
    }
  }

  private static void targetDeadlines(Plan p, List<PlanCheck> out) {
    if (p.targets().isEmpty()) {
      return;
    }
    boolean all = true;
    for (Target t : p.targets()) {
      if (!p.period().contains(t.deadline())) {
        all = false;
        out.add(check(CheckRule.TARGET_DEADLINE, p, t.indicator().label(), Tristate.NOT_MET, Text.message(
            "plan.check.deadline.outside", t.deadline(), p.period())).build());
      }
    }
    if (all) {
      int n = p.targets().size();
      out.add(check(CheckRule.TARGET_DEADLINE, p, Text.message("plan.subject.targets"), Tristate.MET,
          Text.message("plan.check.deadline.all", n, p.period())).build());
    }
  }

  // ------------------------------------------------------------------------------ milestones

  /** The target a milestone leads to: same indicator and scope, first due on or after it. */
  static Optional<Target> targetOf(Plan p, Milestone m) {
    return p.targets().stream()
        .filter(t -> t.indicator().equals(m.indicator()) && t.scope().equals(m.scope()))
        .filter(t -> !t.deadline().isBefore(m.date()))
        .min(Comparator.comparing(Target::deadline));
  }

  private static void milestones(Plan p, List<PlanCheck> out) {
    if (p.milestones().isEmpty()) {
      return;
    }
    boolean all = true;
    Map<Target, List<Milestone>> byTarget = new LinkedHashMap<>();
    for (Milestone m : p.milestones()) {
      Text subject = m.indicator().label();
      if (!p.period().contains(m.date())) {
        all = false;
        out.add(check(CheckRule.MILESTONE_DATE, p, subject, Tristate.NOT_MET, Text.message(
            "plan.check.milestone.outside", m.date(), p.period())).build());
      }
      Optional<Target> target = targetOf(p, m);
      if (target.isPresent()) {
        byTarget.computeIfAbsent(target.get(), t -> new ArrayList<>()).add(m);
        continue;
      }
      all = false;
      boolean any = p.targets().stream()
          .anyMatch(t -> t.indicator().equals(m.indicator()) && t.scope().equals(m.scope()));
      out.add(check(CheckRule.MILESTONE_DATE, p, subject, Tristate.NOT_MET, any
          ? Text.message("plan.check.milestone.late", m.date(), m.indicator())
          : Text.message("plan.check.milestone.no_target", m.date(), m.indicator(), m.scope())).build());
    }
    if (all) {
      int n = p.milestones().size();
      out.add(check(CheckRule.MILESTONE_DATE, p, Text.message("plan.subject.milestones"), Tristate.MET,
          Text.message("plan.check.milestone.all", n)).build());
    }
    byTarget.forEach((t, ms) -> milestoneOrder(p, t, ms, out));
  }

  private static void milestoneOrder(Plan p, Target t, List<Milestone> ms, List<PlanCheck> out) {
    List<Milestone> sorted = ms.stream().sorted(Comparator.comparing(Milestone::date)).toList();
    boolean rising = t.isRising();
    Unit unit = t.quantity().unit();
    // The path: the start value (if known), each milestone in date order, then the target.
    List<Quantity> values = new ArrayList<>();
    List<Text> names = new ArrayList<>();
    Tracker.startValue(t).ifPresent(v -> {
      values.add(v);
      names.add(Text.message("plan.order.start", v));
    });
    for (Milestone m : sorted) {
      Quantity v = inUnitOf(m.valueFor(t), unit);
      values.add(v);
      names.add(Text.message("plan.order.milestone", m.date(), v));
    }
    values.add(t.quantity());
    names.add(Text.message("plan.order.target", t.deadline(), t.quantity()));
    boolean ok = true;
    for (int i = 1; i < values.size(); i++) {
      Quantity before = values.get(i - 1);
      Quantity after = values.get(i);
      int c = after.compareTo(before);
      if (rising ? c < 0 : c > 0) {
        ok = false;
        Quantity diff = inUnitOf(diff(before, after), unit);
        Quantity gap = diff.signum() < 0 ? diff.negated() : diff;
        out.add(check(CheckRule.MILESTONE_ORDER, p, t.indicator().label(), Tristate.NOT_MET)
            .comparison(rising ? Comparison.AT_MOST : Comparison.AT_LEAST)
            .expected(after).actual(before).difference(diff)
            .message(Text.message(rising ? "plan.check.order.above" : "plan.check.order.below",
                names.get(i - 1), names.get(i), gap))
            .build());
      }
    }
    if (ok) {
      Text list = Text.join(Text.message("plan.list.comma"), sorted.stream()
          .map(m -> Text.message("plan.order.item", inUnitOf(m.valueFor(t), unit), m.date())).toList());
      out.add(check(CheckRule.MILESTONE_ORDER, p, t.indicator().label(), Tristate.MET,
          Text.message(rising ? "plan.check.order.rise" : "plan.check.order.fall", sorted.size(), t.quantity(), list))
          .build());
    }
  }

  // ---------------------------------------------------------------------------- yearly tasks

  private static void periodTasks(Plan p, List<PlanCheck> out) {
    for (Target t : p.targets()) {
      if (t.tasks().isEmpty()) {
        continue;
      }
      Text subject = t.indicator().label();
      for (Year y : t.tasks().keySet()) {
        LocalDate first = y.atDay(1);
        LocalDate last = y.atMonth(12).atEndOfMonth();
        if (last.isBefore(p.period().start()) || first.isAfter(p.period().end()) || first.isAfter(t.deadline())) {
          out.add(check(CheckRule.PERIOD_TASKS, p, subject, Tristate.NOT_MET, Text.message(
              "plan.check.task.outside", y, p.period(), t.deadline())).build());
        }
      }
      List<Part> rows = new ArrayList<>();
      t.tasks().forEach((y, q) -> rows.add(new Part(Text.message("plan.task.year", y), Optional.of(inUnitOf(q, t.quantity().unit())))));
      out.add(decomposition(CheckRule.PERIOD_TASKS, p, subject, rows, Optional.of(t.quantity()), Comparison.EXACTLY));
    }
  }

  // -------------------------------------------------------------------------------- projects

  private static void projects(Plan p, List<PlanCheck> out) {
    boolean schedulesOk = true;
    int schedules = 0;
    for (Project pr : p.projects()) {
      funding(p, pr, out);
      subsidies(p, pr, out);
      if (pr.schedule().isPresent()) {
        schedules++;
        if (!p.period().encloses(pr.schedule().get())) {
          schedulesOk = false;
          out.add(check(CheckRule.PROJECT_SCHEDULE, p, pr.name(), Tristate.NOT_MET, Text.message(
              "plan.check.schedule.outside", pr.schedule().get(), p.period())).build());
        }
      }
    }
    if (schedules > 0 && schedulesOk) {
      out.add(check(CheckRule.PROJECT_SCHEDULE, p, Text.message("plan.subject.projects"), Tristate.MET,
          Text.message("plan.check.schedule.all", schedules, p.period())).build());
    }
    List<Quantity> budgets = p.projects().stream().flatMap(pr -> pr.budget().stream()).toList();
    if (p.budget().isPresent() && !budgets.isEmpty()) {
      Quantity total = Quantity.sum(budgets);
      Quantity b = p.budget().get();
      Quantity diff = diff(total, b);
      boolean met = total.compareTo(b) <= 0;
      out.add(check(CheckRule.PROJECT_BUDGETS, p, Text.message("plan.subject.project_budgets"), Tristate.of(met))
          .comparison(Comparison.AT_MOST).expected(b).actual(total).difference(diff)
          .message(Text.message("plan.check.budgets", budgets.size(), total, b,
              met ? Text.message("plan.check.budgets.fit") : Text.message("plan.check.tail.over", diff)))
          .build());
    }
  }

  private static void funding(Plan p, Project pr, List<PlanCheck> out) {
    if (pr.funding().isEmpty() && pr.budget().isEmpty()) {
      return;
    }
    if (pr.funding().isEmpty()) {
      out.add(check(CheckRule.FUNDING, p, pr.name(), Tristate.UNKNOWN, Text.message(
          "plan.check.funding.no_sources", pr.budget().get())).build());
      return;
    }
    Quantity total = Quantity.sum(pr.funding().stream().map(Funding::amount).toList());
    if (pr.budget().isEmpty()) {
      out.add(check(CheckRule.FUNDING, p, pr.name(), Tristate.UNKNOWN).actual(total).message(Text.message(
          "plan.check.funding.no_budget", total)).build());
      return;
    }
    Quantity b = pr.budget().get();
    Quantity diff = diff(total, b);
    int sign = diff.signum();
    out.add(check(CheckRule.FUNDING, p, pr.name(), Tristate.of(sign == 0)).comparison(Comparison.EXACTLY)
        .expected(b).actual(total)
        .difference(diff)
        .message(Text.message("plan.check.funding", pr.funding().size(), total, b,
            sign == 0 ? Text.message("plan.check.tail.match") : sign < 0
                ? Text.message("plan.check.tail.gap", diff.negated()) : Text.message("plan.check.tail.over", diff)))
        .build());
  }

  private static void subsidies(Plan p, Project pr, List<PlanCheck> out) {
    if (pr.subsidies().isEmpty()) {
      return;
    }
    Quantity total;
    try {
      total = Quantity.sum(pr.subsidies().stream().map(Subsidy::total).toList());
    } catch (ArithmeticException ex) {
      out.add(check(CheckRule.SUBSIDY, p, pr.name(), Tristate.UNKNOWN, Text.message(
          "plan.check.subsidy.inexact", String.valueOf(ex.getMessage())))
          .build());
      return;
    }
    Text how = Text.join(PLUS, pr.subsidies().stream().map(Subsidy::describe).toList());
    if (pr.budget().isEmpty()) {
      out.add(check(CheckRule.SUBSIDY, p, pr.name(), Tristate.UNKNOWN).actual(total).message(Text.message(
          "plan.check.subsidy.no_budget", how, total)).build());
      return;
    }
    Quantity b = pr.budget().get();
    Quantity totalInBudgetUnit = inUnitOf(total, b.unit());
    Quantity diff = diff(total, b);
    boolean met = total.compareTo(b) <= 0;
    String share = share(total, b);
    out.add(check(CheckRule.SUBSIDY, p, pr.name(), Tristate.of(met)).comparison(Comparison.AT_MOST)
        .expected(b).actual(totalInBudgetUnit)
        .difference(diff)
        .message(Text.message("plan.check.subsidy", how, totalInBudgetUnit, share, b,
            met ? Text.message("plan.check.subsidy.fit", diff.negated()) : Text.message("plan.check.subsidy.over", diff)))
        .build());
  }

  /** A part's share of a whole, in per cent with two decimals, rounded half up. */
  static String share(Quantity part, Quantity whole) {
    Quantity w = inUnitOf(whole, part.unit());
    if (!w.unit().equals(part.unit()) || w.isZero()) {
      return "?";
    }
    return part.value().multiply(BigDecimal.valueOf(100)).divide(w.value(), 2, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  // ------------------------------------------------------------------------------ breakdowns

  private static void breakdowns(Plan p, List<PlanCheck> out) {
    for (Breakdown b : p.breakdowns()) {
      List<Part> rows = new ArrayList<>();
      b.parts().forEach((k, v) -> rows.add(new Part(Text.of(k), Optional.of(v))));
      b.blanks().forEach(k -> rows.add(new Part(Text.of(k), Optional.empty())));
      out.add(decomposition(CheckRule.BREAKDOWN, p, b.name(), rows, b.wholeIn(p), b.relation()));
    }
  }

  /** A named part of a decomposition, blank when its figure is unknown. */
  record Part(Text name, Optional<Quantity> value) {
  }

  /**
   * Checks parts against a whole under a relation (exactly, at most, at least): the one check
   * behind breakdowns, fund uses, allocation tables and per-period tasks. A blank part is
   * unknown, not zero: the check reports the gap the blanks leave and names them.
   */
  static PlanCheck decomposition(CheckRule rule, Plan p, Text subject, List<Part> rows, Optional<Quantity> whole,
      Comparison relation) {
    List<Quantity> known = rows.stream().flatMap(r -> r.value().stream()).toList();
    List<Text> blanks = rows.stream().filter(r -> r.value().isEmpty()).map(Part::name).toList();
    Quantity total = known.isEmpty() ? Quantity.of(0, whole.orElseThrow().unit()) : Quantity.sum(known);
    Text parts = Text.join(PLUS, rows.stream().map(r -> Text.message("plan.part", r.name(),
        r.value().<Text>map(Quantity::text).orElse(Text.message("plan.part.blank")))).toList());
    Text sum = rows.size() > 1 ? Text.message("plan.parts.total", parts, total) : parts;
    if (whole.isEmpty()) {
      return check(rule, p, subject, Tristate.UNKNOWN).actual(total)
          .message(Text.message("plan.check.parts.no_whole", sum)).build();
    }
    Quantity w = whole.get();
    Quantity diff = diff(total, w);
    int sign = diff.signum();
    PlanCheck.Builder c = check(rule, p, subject, Tristate.UNKNOWN).comparison(relation).expected(w).actual(total)
        .difference(diff);
    if (!blanks.isEmpty()) {
      Text names = Text.join(Text.message("plan.list.names"), blanks);
      Quantity gap = diff.negated();
      boolean settled = relation == Comparison.AT_MOST ? sign > 0 : relation == Comparison.AT_LEAST && sign >= 0;
      boolean met = relation == Comparison.AT_LEAST;
      return c.status(settled ? Tristate.of(met) : Tristate.UNKNOWN).message(
          Text.message("plan.check.parts.blanks", sum, w, blanks.size(), names, gap)).build();
    }
    if (relation == Comparison.AT_MOST) {
      boolean met = sign <= 0;
      Text tail = met ? Text.message("plan.check.categories.no_overlap", diff.isZero()
          ? Text.message("plan.check.categories.all_covered")
          : Text.message("plan.check.categories.uncategorized", diff.negated()))
          : Text.message("plan.check.categories.overlap", diff);
      return c.status(Tristate.of(met)).message(Text.message("plan.check.categories", sum, w, tail)).build();
    }
    boolean met = relation == Comparison.EXACTLY ? sign == 0 : sign >= 0;
    Text verdict = sign == 0 ? Text.message("plan.check.match") : sign < 0
        ? Text.message("plan.check.short_by", diff.negated()) : Text.message("plan.check.over_by", diff);
    return c.status(Tristate.of(met))
        .message(Text.message("plan.check.parts.relation", sum, relation.label(), w, verdict)).build();
  }

  // ------------------------------------------------------------------------- household plans

  private void householdPlans(Plan p, List<PlanCheck> out) {
    if (!p.oneHouseholdOnePlan()) {
      return;
    }
    List<Plan> plans = p.tree().filter(x -> x.level() == PlanLevel.HOUSEHOLD).toList();
    Set<HouseholdId> planned = new TreeSet<>();
    Set<HouseholdId> twice = new TreeSet<>();
    for (Plan x : plans) {
      HouseholdId id = x.scope().household().orElseThrow();
      if (!planned.add(id)) {
        twice.add(id);
      }
    }
    Text subject = Text.message("plan.subject.household_plans");
    Quantity actual = Quantity.of(planned.size(), Units.HOUSEHOLD);
    if (registry != null) {
      Set<HouseholdId> registered = new LinkedHashSet<>();
      for (Household h : registry.households()) {
        if (p.scope().contains(scopeOf(h))) {
          registered.add(h.id());
        }
      }
      Set<HouseholdId> missing = new TreeSet<>(registered);
      missing.removeAll(planned);
      Set<HouseholdId> extra = new TreeSet<>(planned);
      extra.removeAll(registered);
      Quantity expected = Quantity.of(registered.size(), Units.HOUSEHOLD);
      boolean met = missing.isEmpty() && extra.isEmpty() && twice.isEmpty();
      out.add(check(CheckRule.HOUSEHOLD_PLANS, p, subject, Tristate.of(met)).comparison(Comparison.EXACTLY)
          .expected(expected).actual(actual)
          .difference(actual.minus(expected))
          .message(Text.message("plan.check.households.registry", registry.year(), registered.size(), plans.size(),
              met ? Text.message("plan.check.households.all") : Text.message("plan.check.households.gaps",
                  missing.size(), ids(missing), extra.size(), ids(extra), twice.size(), ids(twice))))
          .build());
      return;
    }
    if (p.registeredHouseholds().isEmpty()) {
      out.add(check(CheckRule.HOUSEHOLD_PLANS, p, subject, Tristate.UNKNOWN).actual(actual).message(
          Text.message("plan.check.households.unknown", plans.size())).build());
      return;
    }
    Quantity expected = Quantity.of(p.registeredHouseholds().getAsLong(), Units.HOUSEHOLD);
    Quantity diff = actual.minus(expected);
    boolean met = diff.isZero() && twice.isEmpty();
    out.add(check(CheckRule.HOUSEHOLD_PLANS, p, subject, Tristate.of(met)).comparison(Comparison.EXACTLY)
        .expected(expected).actual(actual)
        .difference(diff)
        .message(Text.message("plan.check.households.count", expected, plans.size(), planned.size(),
            met ? Text.message("plan.check.tail.match") : diff.signum() < 0
                ? Text.message("plan.check.households.short", diff.negated()) : diff.signum() > 0
                ? Text.message("plan.check.households.too_many", diff)
                : Text.message("plan.check.households.twice", twice.size(), ids(twice))))
        .build());
  }

  private static Scope scopeOf(Household h) {
    if (h.group().isPresent()) {
      try {
        return Scope.ofHousehold(h.village(), h.group().get(), h.id());
      } catch (IllegalArgumentException ex) {
        return Scope.ofHousehold(h.village(), h.id());
      }
    }
    return Scope.ofHousehold(h.village(), h.id());
  }

  private static String ids(Set<HouseholdId> ids) {
    if (ids.isEmpty()) {
      return "";
    }
    String shown = ids.stream().limit(LISTED_IDS).map(HouseholdId::toString).collect(Collectors.joining(", "));
    return " (" + shown + (ids.size() > LISTED_IDS ? ", …" : "") + ")";
  }

  // --------------------------------------------------------------------------------- helpers

  private static PlanCheck.Builder check(CheckRule rule, Plan p, Text subject, Tristate status) {
    PlanCheck.Builder b = PlanCheck.builder();
    b.rule(rule).plan(p.name()).scope(p.scope()).subject(subject).status(status);
    return b;
  }

  private static PlanCheck.Builder check(CheckRule rule, Plan p, Text subject, Tristate status, Text message) {
    PlanCheck.Builder b = check(rule, p, subject, status);
    b.message(message);
    return b;
  }
}
