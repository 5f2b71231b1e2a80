package org.tuopin.examples.plans;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Language;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.indicator.Indicator;
import org.tuopin.plan.Observation;
import org.tuopin.plan.Plan;
import org.tuopin.plan.PlanLevel;
import org.tuopin.plan.PlanReview;
import org.tuopin.plan.ProgressReport;
import org.tuopin.plan.Scope;
import org.tuopin.plan.Target;
import org.tuopin.plan.TargetStatus;

/** Helpers shared by the seed examples: short factories and the common printout. */
final class Examples {

  private Examples() {
  }

  static Quantity q(String text) {
    return Quantity.parse(text);
  }

  static Target atLeast(Indicator indicator, Scope scope, String quantity, LocalDate deadline) {
    return Target.of(indicator, scope, Comparison.AT_LEAST, q(quantity), deadline);
  }

  static Observation observed(Indicator indicator, Scope scope, String date, String value) {
    return Observation.of(indicator, scope, LocalDate.parse(date), q(value));
  }

  /** The number of plans at each level of a tree: 乡镇 1, 村 5, 组 46, 户 444. */
  static Map<PlanLevel, Long> plansByLevel(Plan plan) {
    Map<PlanLevel, Long> counts = new EnumMap<>(PlanLevel.class);
    plan.tree().forEach(p -> counts.merge(p.level(), 1L, Long::sum));
    return counts;
  }

  /** The language of the printout: {@code en} among the arguments means English. */
  static Language language(String[] args) {
    return Arrays.asList(args).contains("en") ? Language.EN : Language.ZH;
  }

  /**
   * Prints a seed's plan: its name and tree, the review, and the progress report as a table
   * (or only the progress report as JSON when {@code --json} is among the arguments).
   */
  static void print(PrintStream out, String[] args, Plan plan, PlanReview review, ProgressReport report,
      Text observationsNote) {
    print(out, args, plan, review, report, observationsNote, PlanLevel.HOUSEHOLD);
  }

  /**
   * Checks a seed's plan, tracks it one level down with illustrative observations (not the
   * seed's own data) at a date, and prints both to standard output.
   */
  static void printIllustrated(String[] args, Plan plan, List<Observation> observations, LocalDate date) {
    print(System.out, args, plan, plan.check(), plan.progress(observations, date, 1),
        Text.of("示例观测值，非种子文件数据", "illustrative observations, not from the seed"));
  }

  /**
   * Prints as {@link #print(PrintStream, String[], Plan, PlanReview, ProgressReport, Text)}, listing
   * the met findings only of plans down to a level (every problem is listed).
   */
  static void print(PrintStream out, String[] args, Plan plan, PlanReview review, ProgressReport report,
      Text observationsNote, PlanLevel detail) {
    if (Arrays.asList(args).contains("--json")) {
      // --json prints only JSON, so that the output parses as it stands
      out.println(ProgressReportJson.toJson(report));
      return;
    }
    Language lang = language(args);
    boolean zh = lang == Language.ZH;
    out.println("== " + plan.name().in(lang) + " (" + plan.scope() + ", " + plan.period() + ")");
    String levels = plansByLevel(plan).entrySet().stream()
        .map(e -> e.getKey().label().in(lang) + " " + e.getValue()).collect(Collectors.joining(zh ? "，" : ", "));
    out.println((zh ? "计划树：" : "plan tree: ") + levels);
    out.println();
    out.println(zh ? "== 计划检查" : "== plan checks");
    PlanReview shown = review.where(c -> !c.isMet() || c.scope().level().compareTo(detail) <= 0);
    out.println(shown.explain(lang));
    if (shown.checks().size() < review.checks().size()) {
      int hidden = review.checks().size() - shown.checks().size();
      out.println(zh ? "（" + detail.label().zh() + "以下计划的 " + hidden + " 项符合的检查未逐条列出）"
          : "(" + hidden + " met findings of plans below the " + detail.label().en() + " level are not listed)");
    }
    out.print(review.summary(lang));
    out.println();
    out.println(zh ? "== 进度（" + observationsNote.zh() + "）" : "== progress (" + observationsNote.en() + ")");
    int noData = report.rows(TargetStatus.NO_DATA).size();
    out.print(report.excluding(TargetStatus.NO_DATA).toTable(lang));
    if (noData > 0) {
      out.println(zh ? "另有 " + noData + " 项目标尚无观测值（无数据），未列出"
          : noData + " more targets have no observation yet (no data) and are not listed");
    }
  }

  /** The rows of a list as a comma-separated string, for short notes. */
  static String join(List<?> items) {
    return items.stream().map(Object::toString).collect(Collectors.joining(", "));
  }
}
