package org.tuopin.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;

/**
 * Where one target stands at a date: its status, the value expected at the date, the actual
 * value and the gap between them.
 *
 * <p>The expected value follows the target's path: from the start value at the start of the
 * plan's period (the baseline, else zero for a summed indicator, else the first
 * observation) through the milestones to the target at its deadline, linearly between
 * them. It is rounded to the finer of two decimals and the precision of the figures
 * involved, toward the demanding side, so that the status and the sign of the gap agree.
 * Once the deadline has passed, the actual value is the one at the deadline and the
 * expected value the target itself.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TargetProgress implements WithTargetProgress {

  TargetProgress() {
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  static ImmutableTargetProgress.Builder builder() {
    return ImmutableTargetProgress.builder();
  }

  /**
   * Returns the name of the plan the target belongs to.
   *
   * @return the plan's name, not null
   */
  public abstract Text plan();

  /**
   * Returns the scope of the plan the target belongs to.
   *
   * @return the plan's scope, not null
   */
  public abstract Scope planScope();

  /**
   * Returns the target.
   *
   * @return the target, not null
   */
  public abstract Target target();

  /**
   * Returns the date of the report.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the status.
   *
   * @return the status, not null
   */
  public abstract TargetStatus status();

  /**
   * Returns the value expected at the date, in the target's unit.
   *
   * @return the expected value, if the date is inside the period and the path is known
   */
  public abstract Optional<Quantity> expected();

  /**
   * Returns the actual value: observed at the target's scope, or rolled up from the scopes
   * below.
   *
   * @return the actual value, if any observation applies
   */
  public abstract Optional<Quantity> actual();

  /**
   * Returns the date of the latest observation behind the actual value.
   *
   * @return the date, if there is an actual value
   */
  public abstract Optional<LocalDate> actualDate();

  /**
   * Returns whether the actual value was rolled up from the scopes below rather than observed
   * at the target's scope.
   *
   * @return true if rolled up
   */
  public abstract boolean rolledUp();

  /**
   * Returns the gap: actual − expected, positive when ahead of a rising target.
   *
   * @return the gap, if both are known
   */
  public abstract Optional<Quantity> gap();

  /**
   * Returns the status, the target and the actual value.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return status().key() + " " + target() + actual().map(a -> " actual " + a).orElse("");
  }
}
