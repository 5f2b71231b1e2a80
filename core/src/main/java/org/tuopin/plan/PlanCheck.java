package org.tuopin.plan;

import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.Language;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;

/**
 * One finding of a plan review, with its numbers: which rule, in which plan, about what,
 * whether it holds (met, not met, or unknown for want of data), the expected and actual
 * quantities and their difference (actual − expected), and an explanation.
 *
 * <p>"青花椒: the villages' targets add up to 8,700 亩, the township's is 8,700 亩" is a met
 * finding of {@link CheckRule#PARTS_ADD_UP} with expected 8,700 亩, actual 8,700 亩,
 * difference 0 亩.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanCheck {

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
  public abstract CheckRule rule();

  /**
   * Returns the name of the plan the finding is about.
   *
   * @return the plan's name, not null
   */
  public abstract Text plan();

  /**
   * Returns the scope of the plan the finding is about.
   *
   * @return the plan's scope, not null
   */
  public abstract Scope scope();

  /**
   * Returns what the finding is about: an indicator, a child plan, a project, a breakdown.
   *
   * @return the subject, not null
   */
  public abstract Text subject();

  /**
   * Returns whether the rule holds: met, not met, or unknown for want of data.
   *
   * @return the status, not null
   */
  public abstract Tristate status();

  /**
   * Returns the quantity the rule expects, such as the parent's target.
   *
   * @return the expected quantity, if the rule compares quantities
   */
  public abstract Optional<Quantity> expected();

  /**
   * Returns the quantity found, such as the sum of the children's targets.
   *
   * @return the actual quantity, if the rule compares quantities
   */
  public abstract Optional<Quantity> actual();

  /**
   * Returns the difference, actual − expected, exactly.
   *
   * @return the difference, if the rule compares quantities
   */
  public abstract Optional<Quantity> difference();

  /**
   * Returns the explanation, with the numbers.
   *
   * @return the message, not null
   */
  public abstract Text message();

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
    String mark = status() == Tristate.MET ? "✓" : status() == Tristate.NOT_MET ? "✗" : "?";
    return language == Language.ZH
        ? mark + " [" + rule().label().zh() + "] " + plan().zh() + " · " + subject().zh() + "：" + message().zh()
        : mark + " [" + rule().label().en() + "] " + plan().en() + " · " + subject().en() + ": " + message().en();
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
   * A builder of findings.
   */
  public static final class Builder extends ImmutablePlanCheck.Builder {
    Builder() {
    }
  }
}
