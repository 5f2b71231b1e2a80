package org.tuopin.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import java.util.Locale;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * The findings of reviewing a plan tree ({@link Plan#check()}), in tree order: for each
 * plan, its parts adding up, dates, milestones, money, breakdowns and household plans.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class PlanReview implements WithPlanReview {

  PlanReview() {
  }

  /**
   * Obtains a review from its findings.
   *
   * @param checks  the findings, in order, not null
   * @return the review, not null
   */
  public static PlanReview of(Collection<PlanCheck> checks) {
    requireNonNull(checks, "checks");
    return ImmutablePlanReview.builder().addAllChecks(checks).build();
  }

  /**
   * Returns the findings.
   *
   * @return the findings, in tree order, not null
   */
  @JsonProperty("checks")
  public abstract ImmutableList<PlanCheck> checks();

  /**
   * Returns the findings that are not met.
   *
   * @return the problems, in order, not null
   */
  public ImmutableList<PlanCheck> problems() {
    return withStatus(Tristate.NOT_MET);
  }

  /**
   * Returns the findings that could not be decided for want of data.
   *
   * @return the unknown findings, in order, not null
   */
  public ImmutableList<PlanCheck> unknowns() {
    return withStatus(Tristate.UNKNOWN);
  }

  /**
   * Returns the findings of a rule.
   *
   * @param rule  the rule, not null
   * @return the findings of that rule, in order, not null
   */
  public ImmutableList<PlanCheck> of(CheckRule rule) {
    requireNonNull(rule, "rule");
    return checks().stream().filter(c -> c.rule() == rule).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the findings that satisfy a condition, as a review of their own; for a large
   * tree, {@code review.where(c -> !c.isMet() || c.scope().level().compareTo(PlanLevel.VILLAGE) < 0)}
   * keeps every problem and the met findings above the villages.
   *
   * @param condition  the condition, not null
   * @return the review of the findings that satisfy it, not null
   */
  public PlanReview where(Predicate<PlanCheck> condition) {
    requireNonNull(condition, "condition");
    return of(checks().stream().filter(condition).toList());
  }

  /**
   * Counts the findings of each rule: met, not met and unknown, one line per rule that has
   * findings, in the order of {@link CheckRule}.
   *
   * @param language  the language, not null
   * @return the lines, not null
   */
  public String summary(Language language) {
    return summary(language.locale());
  }

  /**
   * Counts the findings of each rule in a locale, as {@link #summary(Language)} does, with the
   * frame {@code plan.review.rule} of Tuopin's message bundle.
   *
   * @param locale  the locale, not null
   * @return the lines, not null
   */
  public String summary(Locale locale) {
    requireNonNull(locale, "locale");
    StringBuilder b = new StringBuilder();
    for (CheckRule rule : CheckRule.values()) {
      List<PlanCheck> of = of(rule);
      if (of.isEmpty()) {
        continue;
      }
      long met = of.stream().filter(PlanCheck::isMet).count();
      long notMet = of.stream().filter(c -> c.status() == Tristate.NOT_MET).count();
      long unknown = of.size() - met - notMet;
      b.append(Text.message("plan.review.rule", rule.label(), met, notMet, unknown).in(locale)).append('\n');
    }
    return b.toString();
  }

  private ImmutableList<PlanCheck> withStatus(Tristate status) {
    return checks().stream().filter(c -> c.status() == status).collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks whether no finding is "not met".
   *
   * @return true if the review found no problem
   */
  public boolean isClean() {
    return problems().isEmpty();
  }

  /**
   * Explains every finding, one per line, then a count of met, not met and unknown.
   *
   * @param language  the language, not null
   * @return the text, not null
   */
  public String explain(Language language) {
    return explain(language.locale());
  }

  /**
   * Explains every finding in a locale, one per line, then a count of met, not met and
   * unknown, with the frames of Tuopin's message bundle.
   *
   * @param locale  the locale, not null
   * @return the text, not null
   */
  public String explain(Locale locale) {
    requireNonNull(locale, "locale");
    String lines = checks().stream().map(c -> c.explain(locale)).collect(Collectors.joining("\n"));
    long met = checks().size() - problems().size() - unknowns().size();
    String summary = Text.message("plan.review.total", checks().size(), met, problems().size(), unknowns().size())
        .in(locale);
    return lines.isEmpty() ? summary : lines + "\n" + summary;
  }

  /**
   * Returns the counts of met, not met and unknown findings.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "PlanReview{" + checks().size() + " findings, " + problems().size() + " not met, "
        + unknowns().size() + " unknown}";
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static PlanReview ofJson(
      @JsonProperty("checks") @Nullable List<PlanCheck> checks) {
    ImmutablePlanReview.Builder b = ImmutablePlanReview.builder();
    if (checks != null) {
      b.checks(checks);
    }
    return b.build();
  }
}
