package org.tuopin.plan;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.Comparison;
import java.util.Locale;
import org.tuopin.basics.Language;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.standard.Finding;
import org.tuopin.standard.FindingValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;

/**
 * One finding of a plan review, with its numbers: which rule, in which plan, about what,
 * whether it holds (met, not met, or unknown for want of data), the expected and actual
 * quantities and their difference (actual − expected), and an explanation.
 *
 * <p>"青花椒: the villages' targets add up to 8,700 亩, the township's is 8,700 亩" is a met
 * finding of {@link CheckRule#PARTS_ADD_UP} with expected 8,700 亩, actual 8,700 亩,
 * difference 0 亩.
 *
 * <p>A plan check is built around the same {@link Finding} a standard's criterion gives
 * ({@link #finding()}): the rule's {@link CheckRule#criterion() id} and label, the comparison
 * where the rule compares quantities, the expected quantity as the threshold and the actual
 * one as the observed value ({@link FindingValue.Amount}), and the status. A check with no
 * figure to compare requires the rule's {@link CheckRule#requirement() requirement} and
 * observes its message; one with only an actual quantity observes that. What is particular
 * to plans sits beside the finding: the plan, its scope, the subject, the difference and
 * the message. {@link #status()}, {@link #expected()} and {@link #actual()} read the finding.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@JsonBinding
public abstract class PlanCheck implements WithPlanCheck {

  PlanCheck() {
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
   * Returns the rule.
   *
   * @return the rule, not null
   */
  @Value.Parameter
  @JsonProperty("rule")
  public abstract CheckRule rule();

  /**
   * Returns the name of the plan the finding is about.
   *
   * @return the plan's name, not null
   */
  @Value.Parameter
  @JsonProperty("plan")
  public abstract Text plan();

  /**
   * Returns the scope of the plan the finding is about.
   *
   * @return the plan's scope, not null
   */
  @Value.Parameter
  @JsonProperty("scope")
  public abstract Scope scope();

  /**
   * Returns what the finding is about: an indicator, a child plan, a project, a breakdown.
   *
   * @return the subject, not null
   */
  @Value.Parameter
  @JsonProperty("subject")
  public abstract Text subject();

  /**
   * Returns the finding, as a criterion of a standard reports it: the rule's id and label,
   * the comparison, the expected quantity as threshold, the actual one as observed value, and
   * the status.
   *
   * @return the finding, not null
   */
  @Value.Parameter
  @JsonProperty("finding")
  public abstract Finding finding();

  /**
   * Returns the difference, actual − expected, exactly.
   *
   * @return the difference, if the rule compares quantities
   */
  @Value.Parameter
  public abstract Optional<Quantity> difference();

  /**
   * Returns the explanation, with the numbers.
   *
   * @return the message, not null
   */
  @Value.Parameter
  @JsonProperty("message")
  public abstract Text message();

  /**
   * Returns whether the rule holds: met, not met, or unknown for want of data; the status of
   * the {@link #finding() finding}.
   *
   * @return the status, not null
   */
  public Tristate status() {
    return finding().status();
  }

  /**
   * Returns the quantity the rule expects, such as the parent's target: the threshold of the
   * {@link #finding() finding}.
   *
   * @return the expected quantity, if the rule compares quantities
   */
  public Optional<Quantity> expected() {
    return quantity(Optional.of(finding().threshold()));
  }

  /**
   * Returns the quantity found, such as the sum of the children's targets: the observed value
   * of the {@link #finding() finding}.
   *
   * @return the actual quantity, if the rule compares quantities
   */
  public Optional<Quantity> actual() {
    return quantity(finding().observedValue());
  }

  private static Optional<Quantity> quantity(Optional<FindingValue> value) {
    return value.flatMap(v -> v instanceof FindingValue.Amount a ? Optional.of(a.quantity()) : Optional.empty());
  }

  /**
   * Checks whether the rule holds.
   *
   * @return true if met
   */
  public boolean isMet() {
    return status() == Tristate.MET;
  }

  /**
   * Explains the finding in one line: a mark (✓ met, ✗ not met, ? unknown), the rule, the
   * plan, the subject and the message.
   *
   * @param language  the language, not null
   * @return the line, not null
   */
  public String explain(Language language) {
    return explain(language.locale());
  }

  /**
   * Explains the finding in one line in a locale, with the frame {@code plan.check.line} of
   * Tuopin's message bundle: a third language is a file (English where it has none).
   *
   * @param locale  the locale, not null
   * @return the line, not null
   */
  public String explain(Locale locale) {
    return Text.message("plan.check.line", finding().mark(), rule().label(), plan(), subject(), message()).in(locale);
  }

  @Value.Check
  void check() {
    if (!finding().criterion().equals(rule().criterion())) {
      throw new IllegalArgumentException("a check of rule " + rule().key() + " must report its finding as "
          + rule().criterion() + ", not " + finding().criterion());
    }
  }

  /**
   * Returns the rule, the status, the scope and the English message.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return rule().key() + "=" + status() + " @ " + scope() + " (" + message().en() + ")";
  }

  /**
   * A builder of plan checks: the rule, the plan, its scope, the subject and the message, and
   * the status, comparison and quantities the {@link PlanCheck#finding() finding} is made of.
   */
  public static final class Builder {

    private @Nullable CheckRule rule;
    private @Nullable Text plan;
    private @Nullable Scope scope;
    private @Nullable Text subject;
    private @Nullable Tristate status;
    private @Nullable Text message;
    private Optional<Comparison> comparison = Optional.empty();
    private Optional<Quantity> expected = Optional.empty();
    private Optional<Quantity> actual = Optional.empty();
    private Optional<Quantity> difference = Optional.empty();

    Builder() {
    }

    /**
     * Sets the rule.
     *
     * @param rule  the rule, not null
     * @return this builder, not null
     */
    public Builder rule(CheckRule rule) {
      this.rule = requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Sets the name of the plan.
     *
     * @param plan  the plan's name, not null
     * @return this builder, not null
     */
    public Builder plan(Text plan) {
      this.plan = requireNonNull(plan, "plan");
      return this;
    }

    /**
     * Sets the scope of the plan.
     *
     * @param scope  the plan's scope, not null
     * @return this builder, not null
     */
    public Builder scope(Scope scope) {
      this.scope = requireNonNull(scope, "scope");
      return this;
    }

    /**
     * Sets what the finding is about.
     *
     * @param subject  the subject, not null
     * @return this builder, not null
     */
    public Builder subject(Text subject) {
      this.subject = requireNonNull(subject, "subject");
      return this;
    }

    /**
     * Sets whether the rule holds.
     *
     * @param status  met, not met or unknown, not null
     * @return this builder, not null
     */
    public Builder status(Tristate status) {
      this.status = requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets how the actual quantity is compared with the expected one, such as
     * {@link Comparison#AT_MOST} for subsidies that must fit inside a budget.
     *
     * @param comparison  the comparison, not null
     * @return this builder, not null
     */
    public Builder comparison(Comparison comparison) {
      this.comparison = Optional.of(requireNonNull(comparison, "comparison"));
      return this;
    }

    /**
     * Sets the quantity the rule expects.
     *
     * @param expected  the expected quantity, not null
     * @return this builder, not null
     */
    public Builder expected(Quantity expected) {
      this.expected = Optional.of(requireNonNull(expected, "expected"));
      return this;
    }

    /**
     * Sets the quantity found.
     *
     * @param actual  the actual quantity, not null
     * @return this builder, not null
     */
    public Builder actual(Quantity actual) {
      this.actual = Optional.of(requireNonNull(actual, "actual"));
      return this;
    }

    /**
     * Sets the difference, actual − expected.
     *
     * @param difference  the difference, not null
     * @return this builder, not null
     */
    public Builder difference(Quantity difference) {
      this.difference = Optional.of(requireNonNull(difference, "difference"));
      return this;
    }

    /**
     * Sets the explanation.
     *
     * @param message  the message, not null
     * @return this builder, not null
     */
    public Builder message(Text message) {
      this.message = requireNonNull(message, "message");
      return this;
    }

    /**
     * Builds the check around its finding.
     *
     * @return the check, not null
     * @throws IllegalStateException if the rule, the plan, its scope, the subject, the status
     *     or the message is missing
     */
    public PlanCheck build() {
      if (rule == null || plan == null || scope == null || subject == null || status == null || message == null) {
        throw new IllegalStateException("a plan check needs its rule, plan, scope, subject, status and message");
      }
      Text described = message;
      FindingValue threshold = expected.<FindingValue>map(FindingValue.Amount::new)
          .orElseGet(() -> new FindingValue.Described(rule.requirement()));
      Optional<FindingValue> observed = actual.<FindingValue>map(FindingValue.Amount::new)
          .or(() -> expected.isPresent() ? Optional.empty() : Optional.of(new FindingValue.Described(described)));
      Finding finding = Finding.builder().criterion(rule.criterion()).label(rule.label()).comparison(comparison)
          .threshold(threshold).observedValue(observed).status(status).build();
      return ImmutablePlanCheck.of(rule, plan, scope, subject, finding, difference, message);
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("difference")
  private @Nullable Quantity differenceJson() {
    return difference().orElse(null);
  }

  @JsonCreator
  private static PlanCheck ofJson(
      @JsonProperty("rule") CheckRule rule,
      @JsonProperty("plan") Text plan,
      @JsonProperty("scope") Scope scope,
      @JsonProperty("subject") Text subject,
      @JsonProperty("finding") Finding finding,
      @JsonProperty("difference") @Nullable Quantity difference,
      @JsonProperty("message") Text message) {
    return ImmutablePlanCheck.of(rule, plan, scope, subject, finding, Optional.ofNullable(difference), message);
  }
}
