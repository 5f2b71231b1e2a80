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
import org.tuopin.basics.Language;
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
            Text.of("分解到的范围相互重叠，无法相加：" + list, "the parts' scopes overlap, so they cannot be added: " + list))
            .build());
        continue;
      }
      Quantity sum;
      try {
        sum = Quantity.sum(parts.stream().map(Target::quantity).toList());
      } catch (ArithmeticException ex) {
        out.add(check(CheckRule.PARTS_ADD_UP, p, subject, Tristate.UNKNOWN,
            Text.of("分解数量的单位无法精确相加：" + ex.getMessage(), "the parts cannot be added exactly: " + ex.getMessage()))
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
    String zhVerdict;
    String enVerdict;
    if (met) {
      zhVerdict = sign == 0 ? "相符" : "超出 " + diff.format(Language.ZH);
      enVerdict = sign == 0 ? "they match" : "they exceed it by " + diff.format(Language.EN);
    } else if (sign < 0) {
      zhVerdict = "差 " + diff.negated().format(Language.ZH);
      enVerdict = "short by " + diff.negated().format(Language.EN);
    } else if (sign > 0) {
      zhVerdict = "超出 " + diff.format(Language.ZH);
      enVerdict = "over by " + diff.format(Language.EN);
    } else {
      zhVerdict = "分解目标的比较方式不能保证本级目标";
      enVerdict = "the parts' comparisons do not guarantee the target";
    }
    String n = Integer.toString(parts.size());
    return check(CheckRule.PARTS_ADD_UP, p, t.indicator().label(), Tristate.of(met))
        .comparison(t.comparison()).expected(q).actual(sum).difference(diff)
        .message(Text.of(
            "分解到下级的 " + n + " 项合计 " + sum.format(Language.ZH) + "，本级目标" + t.requirement().zh() + "：" + zhVerdict,
            "the " + n + " parts add up to " + sum.format(Language.EN) + "; the target is "
                + t.requirement().en() + ": " + enVerdict))
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
    String n = Integer.toString(parts.size());
    return check(CheckRule.PARTS_ADD_UP, p, t.indicator().label(), Tristate.of(met))
        .comparison(Comparison.AT_MOST).expected(q).actual(sum).difference(diff)
        .message(Text.of(
            "已列出的 " + n + " 项下级分解合计 " + sum.format(Language.ZH) + "，本级目标" + t.requirement().zh()
                + (met ? "：在目标之内，尚未分解 " + diff.negated().format(Language.ZH) + "（部分分解，仅供参考）"
                    : "：超出 " + diff.format(Language.ZH)),
            "the " + n + " parts listed add up to " + sum.format(Language.EN) + "; the target is "
                + t.requirement().en() + (met ? ": they fit, " + diff.negated().format(Language.EN)
                    + " not yet broken down (a partial breakdown, for information)" : ": over by "
                    + diff.format(Language.EN))))
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
        out.add(check(CheckRule.CHILD_PERIOD, p, c.name(), Tristate.NOT_MET, Text.of(
            "期限 " + c.period() + " 超出上级期限 " + p.period(),
            "its period " + c.period() + " runs outside the parent's " + p.period())).build());
      }
    }
    if (all) {
      int n = p.children().size();
      out.add(check(CheckRule.CHILD_PERIOD, p, Text.of("下级计划", "child plans"), Tristate.MET, Text.of(
          n + " 个下级计划的期限都在 " + p.period() + " 之内",
          "the periods of all " + n + " child plans lie inside " + p.period())).build());
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
        out.add(check(CheckRule.TARGET_DEADLINE, p, t.indicator().label(), Tristate.NOT_MET, Text.of(
            "期限 " + t.deadline() + " 不在计划期限 " + p.period() + " 之内",
            "its deadline " + t.deadline() + " lies outside the plan's period " + p.period())).build());
      }
    }
    if (all) {
      int n = p.targets().size();
      out.add(check(CheckRule.TARGET_DEADLINE, p, Text.of("目标", "targets"), Tristate.MET, Text.of(
          n + " 项目标的期限都在 " + p.period() + " 之内",
          "the deadlines of all " + n + " targets lie inside " + p.period())).build());
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
        out.add(check(CheckRule.MILESTONE_DATE, p, subject, Tristate.NOT_MET, Text.of(
            "节点 " + m.date() + " 不在计划期限 " + p.period() + " 之内",
            "the milestone of " + m.date() + " lies outside the plan's period " + p.period())).build());
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
          ? Text.of("节点 " + m.date() + " 晚于该指标所有目标的期限",
              "the milestone of " + m.date() + " falls after the deadline of every target of " + m.indicator())
          : Text.of("节点 " + m.date() + " 在 " + m.scope() + " 没有对应的目标",
              "the milestone of " + m.date() + " has no target of " + m.indicator() + " at " + m.scope())).build());
    }
    if (all) {
      int n = p.milestones().size();
      out.add(check(CheckRule.MILESTONE_DATE, p, Text.of("节点", "milestones"), Tristate.MET, Text.of(
          n + " 个节点都在计划期限内，且不晚于所属目标的期限",
          "all " + n + " milestones lie inside the period and are due by their targets' deadlines")).build());
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
      names.add(Text.of("期初值 " + v.format(Language.ZH), "the start value of " + v.format(Language.EN)));
    });
    for (Milestone m : sorted) {
      Quantity v = inUnitOf(m.valueFor(t), unit);
      values.add(v);
      names.add(Text.of(m.date() + " 的节点 " + v.format(Language.ZH),
          "the milestone of " + v.format(Language.EN) + " due " + m.date()));
    }
    values.add(t.quantity());
    names.add(Text.of(t.deadline() + " 的目标 " + t.quantity().format(Language.ZH),
        "the target of " + t.quantity().format(Language.EN) + " due " + t.deadline()));
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
            .message(Text.of(
                names.get(i - 1).zh() + (rising ? " 高于 " : " 低于 ") + names.get(i).zh() + "，相差 "
                    + gap.format(Language.ZH),
                names.get(i - 1).en() + " is " + (rising ? "above " : "below ") + names.get(i).en() + ", by "
                    + gap.format(Language.EN)))
            .build());
      }
    }
    if (ok) {
      String list = sorted.stream().map(m -> inUnitOf(m.valueFor(t), unit).format(Language.ZH)
          + "（" + m.date() + "）").collect(Collectors.joining("，"));
      String listEn = sorted.stream().map(m -> inUnitOf(m.valueFor(t), unit).format(Language.EN)
          + " by " + m.date()).collect(Collectors.joining(", "));
      out.add(check(CheckRule.MILESTONE_ORDER, p, t.indicator().label(), Tristate.MET, Text.of(
          sorted.size() + " 个节点" + (rising ? "逐步上升" : "逐步下降") + "到目标 " + t.quantity().format(Language.ZH)
              + "：" + list,
          sorted.size() + " milestones " + (rising ? "rise" : "fall") + " toward the target of "
              + t.quantity().format(Language.EN) + ": " + listEn)).build());
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
          out.add(check(CheckRule.PERIOD_TASKS, p, subject, Tristate.NOT_MET, Text.of(
              y + " 年的任务不在计划期限 " + p.period() + " 之内，或晚于目标期限 " + t.deadline(),
              "the task of " + y + " lies outside the plan's period " + p.period() + " or after the deadline "
                  + t.deadline())).build());
        }
      }
      List<Part> rows = new ArrayList<>();
      t.tasks().forEach((y, q) -> rows.add(new Part(y + "年", Optional.of(inUnitOf(q, t.quantity().unit())))));
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
          out.add(check(CheckRule.PROJECT_SCHEDULE, p, pr.name(), Tristate.NOT_MET, Text.of(
              "工期 " + pr.schedule().get() + " 超出计划期限 " + p.period(),
              "its schedule " + pr.schedule().get() + " runs outside the plan's period " + p.period())).build());
        }
      }
    }
    if (schedules > 0 && schedulesOk) {
      out.add(check(CheckRule.PROJECT_SCHEDULE, p, Text.of("项目", "projects"), Tristate.MET, Text.of(
          schedules + " 个项目的工期都在 " + p.period() + " 之内",
          "the schedules of all " + schedules + " scheduled projects lie inside " + p.period())).build());
    }
    List<Quantity> budgets = p.projects().stream().flatMap(pr -> pr.budget().stream()).toList();
    if (p.budget().isPresent() && !budgets.isEmpty()) {
      Quantity total = Quantity.sum(budgets);
      Quantity b = p.budget().get();
      Quantity diff = diff(total, b);
      boolean met = total.compareTo(b) <= 0;
      out.add(check(CheckRule.PROJECT_BUDGETS, p, Text.of("项目投资", "project budgets"), Tristate.of(met))
          .comparison(Comparison.AT_MOST).expected(b).actual(total).difference(diff)
          .message(Text.of(
              budgets.size() + " 个项目投资合计 " + total.format(Language.ZH) + "，计划投资 " + b.format(Language.ZH)
                  + (met ? "：在计划之内" : "：超出 " + diff.format(Language.ZH)),
              "the budgets of " + budgets.size() + " projects add up to " + total.format(Language.EN)
                  + "; the plan's budget is " + b.format(Language.EN)
                  + (met ? ": they fit" : ": over by " + diff.format(Language.EN))))
          .build());
    }
  }

  private static void funding(Plan p, Project pr, List<PlanCheck> out) {
    if (pr.funding().isEmpty() && pr.budget().isEmpty()) {
      return;
    }
    if (pr.funding().isEmpty()) {
      out.add(check(CheckRule.FUNDING, p, pr.name(), Tristate.UNKNOWN, Text.of(
          "投资 " + pr.budget().get().format(Language.ZH) + "，未列明资金来源",
          "budget " + pr.budget().get().format(Language.EN) + ", no funding sources stated")).build());
      return;
    }
    Quantity total = Quantity.sum(pr.funding().stream().map(Funding::amount).toList());
    if (pr.budget().isEmpty()) {
      out.add(check(CheckRule.FUNDING, p, pr.name(), Tristate.UNKNOWN).actual(total).message(Text.of(
          "资金来源合计 " + total.format(Language.ZH) + "，未列明总投资",
          "funding adds up to " + total.format(Language.EN) + ", no budget stated")).build());
      return;
    }
    Quantity b = pr.budget().get();
    Quantity diff = diff(total, b);
    int sign = diff.signum();
    out.add(check(CheckRule.FUNDING, p, pr.name(), Tristate.of(sign == 0)).comparison(Comparison.EXACTLY)
        .expected(b).actual(total)
        .difference(diff)
        .message(Text.of(
            pr.funding().size() + " 项资金来源合计 " + total.format(Language.ZH) + "，总投资 " + b.format(Language.ZH)
                + (sign == 0 ? "：相符" : sign < 0 ? "：缺口 " + diff.negated().format(Language.ZH)
                    : "：超出 " + diff.format(Language.ZH)),
            pr.funding().size() + " funding sources add up to " + total.format(Language.EN) + "; the budget is "
                + b.format(Language.EN) + (sign == 0 ? ": they match" : sign < 0
                    ? ": a gap of " + diff.negated().format(Language.EN) : ": over by " + diff.format(Language.EN))))
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
      out.add(check(CheckRule.SUBSIDY, p, pr.name(), Tristate.UNKNOWN, Text.of(
          "补助无法精确计算：" + ex.getMessage(), "the subsidies cannot be computed exactly: " + ex.getMessage()))
          .build());
      return;
    }
    String how = pr.subsidies().stream().map(s -> s.describe().zh()).collect(Collectors.joining(" + "));
    String howEn = pr.subsidies().stream().map(s -> s.describe().en()).collect(Collectors.joining(" + "));
    if (pr.budget().isEmpty()) {
      out.add(check(CheckRule.SUBSIDY, p, pr.name(), Tristate.UNKNOWN).actual(total).message(Text.of(
          "补助 " + how + " = " + total.format(Language.ZH) + "，未列明总投资",
          "subsidies " + howEn + " = " + total.format(Language.EN) + ", no budget stated")).build());
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
        .message(Text.of(
            "补助 " + how + " = " + totalInBudgetUnit.format(Language.ZH) + "，占总投资 " + b.format(Language.ZH)
                + " 的 " + share + (met ? "：在投资之内，其余 " + diff.negated().format(Language.ZH) + " 另有来源"
                    : "：超出投资 " + diff.format(Language.ZH)),
            "subsidies " + howEn + " = " + totalInBudgetUnit.format(Language.EN) + ", " + share + " of the budget "
                + b.format(Language.EN) + (met ? ": they fit, leaving " + diff.negated().format(Language.EN)
                    + " to other sources" : ": over the budget by " + diff.format(Language.EN))))
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
      b.parts().forEach((k, v) -> rows.add(new Part(k, Optional.of(v))));
      b.blanks().forEach(k -> rows.add(new Part(k, Optional.empty())));
      out.add(decomposition(CheckRule.BREAKDOWN, p, b.name(), rows, b.wholeIn(p), b.relation()));
    }
  }

  /** A named part of a decomposition, blank when its figure is unknown. */
  record Part(String name, Optional<Quantity> value) {
  }

  /**
   * Checks parts against a whole under a relation (exactly, at most, at least): the one check
   * behind breakdowns, fund uses, allocation tables and per-period tasks. A blank part is
   * unknown, not zero: the check reports the gap the blanks leave and names them.
   */
  static PlanCheck decomposition(CheckRule rule, Plan p, Text subject, List<Part> rows, Optional<Quantity> whole,
      Comparison relation) {
    List<Quantity> known = rows.stream().flatMap(r -> r.value().stream()).toList();
    List<String> blanks = rows.stream().filter(r -> r.value().isEmpty()).map(Part::name).toList();
    Quantity total = known.isEmpty() ? Quantity.of(0, whole.orElseThrow().unit()) : Quantity.sum(known);
    String sum = rows.stream().map(r -> r.name() + " " + r.value().map(v -> v.format(Language.ZH)).orElse("（空白）"))
        .collect(Collectors.joining(" + ")) + (rows.size() > 1 ? " = " + total.format(Language.ZH) : "");
    String sumEn = rows.stream().map(r -> r.name() + " " + r.value().map(v -> v.format(Language.EN)).orElse("(blank)"))
        .collect(Collectors.joining(" + ")) + (rows.size() > 1 ? " = " + total.format(Language.EN) : "");
    if (whole.isEmpty()) {
      return check(rule, p, subject, Tristate.UNKNOWN).actual(total).message(Text.of(
          "各类合计 " + sum + "，未列明总数", "the categories add up to " + sumEn + "; no whole is stated")).build();
    }
    Quantity w = whole.get();
    Quantity diff = diff(total, w);
    int sign = diff.signum();
    PlanCheck.Builder c = check(rule, p, subject, Tristate.UNKNOWN).comparison(relation).expected(w).actual(total)
        .difference(diff);
    if (!blanks.isEmpty()) {
      String names = String.join("、", blanks);
      String namesEn = String.join(", ", blanks);
      Quantity gap = diff.negated();
      boolean settled = relation == Comparison.AT_MOST ? sign > 0 : relation == Comparison.AT_LEAST && sign >= 0;
      boolean met = relation == Comparison.AT_LEAST;
      return c.status(settled ? Tristate.of(met) : Tristate.UNKNOWN).message(Text.of(
          "各项合计 " + sum + "，总数 " + w.format(Language.ZH) + "：" + blanks.size() + " 项空白（" + names + "），未知而非零，"
              + "已知各项与总数相差 " + gap.format(Language.ZH),
          "the parts add up to " + sumEn + " of " + w.format(Language.EN) + ": " + blanks.size() + " blank ("
              + namesEn + "), unknown rather than zero, leaving a gap of " + gap.format(Language.EN)
              + " between the known parts and the whole")).build();
    }
    if (relation == Comparison.AT_MOST) {
      boolean met = sign <= 0;
      return c.status(Tristate.of(met)).message(Text.of(
          "各类合计 " + sum + "，总数 " + w.format(Language.ZH)
              + (met ? "：不重叠" + (diff.isZero() ? "，全覆盖" : "，另有 " + diff.negated().format(Language.ZH) + " 未归类")
                  : "：多出 " + diff.format(Language.ZH) + "，有对象被重复计入（重叠）"),
          "the categories add up to " + sumEn + " of " + w.format(Language.EN) + (met ? ": no overlap"
              + (diff.isZero() ? ", all covered" : ", " + diff.negated().format(Language.EN) + " in no category")
              : ": " + diff.format(Language.EN) + " more than there are, so some are counted twice (overlap)")))
          .build();
    }
    boolean met = relation == Comparison.EXACTLY ? sign == 0 : sign >= 0;
    String zh = sign == 0 ? "相符" : sign < 0 ? "差 " + diff.negated().format(Language.ZH)
        : "超出 " + diff.format(Language.ZH);
    String en = sign == 0 ? "they match" : sign < 0 ? "short by " + diff.negated().format(Language.EN)
        : "over by " + diff.format(Language.EN);
    return c.status(Tristate.of(met)).message(Text.of(
        "各项合计 " + sum + "，应" + relation.label().zh() + "总数 " + w.format(Language.ZH) + "：" + zh,
        "the parts add up to " + sumEn + ", which must be " + relation.label().en() + " the whole of "
            + w.format(Language.EN) + ": " + en)).build();
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
    Text subject = Text.of("户脱贫计划", "household plans");
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
          .message(Text.of(
              registry.year() + " 年建档立卡 " + registered.size() + " 户，户计划 " + plans.size() + " 份"
                  + (met ? "：每户都有计划" : "：缺计划 " + missing.size() + " 户" + ids(missing)
                      + "，不在名册 " + extra.size() + " 户" + ids(extra) + "，重复 " + twice.size() + " 户" + ids(twice)),
              registered.size() + " households registered in " + registry.year() + ", " + plans.size()
                  + " household plans" + (met ? ": every household has a plan" : ": " + missing.size()
                      + " without a plan" + ids(missing) + ", " + extra.size() + " not registered" + ids(extra)
                      + ", " + twice.size() + " planned twice" + ids(twice))))
          .build());
      return;
    }
    if (p.registeredHouseholds().isEmpty()) {
      out.add(check(CheckRule.HOUSEHOLD_PLANS, p, subject, Tristate.UNKNOWN).actual(actual).message(Text.of(
          "声称一户一策，户计划 " + plans.size() + " 份，但未给出建档立卡户数或名册",
          "claims a plan for every household and has " + plans.size()
              + " household plans, but neither the registered households nor a registry is given")).build());
      return;
    }
    Quantity expected = Quantity.of(p.registeredHouseholds().getAsLong(), Units.HOUSEHOLD);
    Quantity diff = actual.minus(expected);
    boolean met = diff.isZero() && twice.isEmpty();
    out.add(check(CheckRule.HOUSEHOLD_PLANS, p, subject, Tristate.of(met)).comparison(Comparison.EXACTLY)
        .expected(expected).actual(actual)
        .difference(diff)
        .message(Text.of(
            "建档立卡 " + expected.format(Language.ZH) + "，户计划 " + plans.size() + " 份（" + planned.size() + " 户）"
                + (met ? "：相符" : diff.signum() < 0 ? "：少 " + diff.negated().format(Language.ZH)
                    : diff.signum() > 0 ? "：多 " + diff.format(Language.ZH) : "：重复 " + twice.size() + " 户" + ids(twice)),
            expected.format(Language.EN) + " registered, " + plans.size() + " household plans (" + planned.size()
                + " households)" + (met ? ": they match" : diff.signum() < 0
                    ? ": " + diff.negated().format(Language.EN) + " short" : diff.signum() > 0
                    ? ": " + diff.format(Language.EN) + " too many" : ": " + twice.size() + " planned twice" + ids(twice))))
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
