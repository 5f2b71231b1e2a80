package org.tuopin.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

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
@JsonBinding
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
  @JsonProperty("plan")
  public abstract Text plan();

  /**
   * Returns the scope of the plan the target belongs to.
   *
   * @return the plan's scope, not null
   */
  @JsonProperty("planScope")
  public abstract Scope planScope();

  /**
   * Returns the target.
   *
   * @return the target, not null
   */
  @JsonProperty("target")
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
  @JsonProperty("status")
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
  @JsonProperty("rolledUp")
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

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("date")
  private String dateJson() {
    return date().toString();
  }

  @JsonProperty("expected")
  private @Nullable Quantity expectedJson() {
    return expected().orElse(null);
  }

  @JsonProperty("actual")
  private @Nullable Quantity actualJson() {
    return actual().orElse(null);
  }

  @JsonProperty("actualDate")
  private @Nullable String actualDateJson() {
    return actualDate().map(Object::toString).orElse(null);
  }

  @JsonProperty("gap")
  private @Nullable Quantity gapJson() {
    return gap().orElse(null);
  }

  @JsonCreator
  private static TargetProgress ofJson(
      @JsonProperty("plan") Text plan,
      @JsonProperty("planScope") Scope planScope,
      @JsonProperty("target") Target target,
      @JsonProperty("date") String date,
      @JsonProperty("status") TargetStatus status,
      @JsonProperty("expected") @Nullable Quantity expected,
      @JsonProperty("actual") @Nullable Quantity actual,
      @JsonProperty("actualDate") @Nullable String actualDate,
      @JsonProperty("rolledUp") boolean rolledUp,
      @JsonProperty("gap") @Nullable Quantity gap) {
    ImmutableTargetProgress.Builder b = ImmutableTargetProgress.builder();
    b.plan(plan);
    b.planScope(planScope);
    b.target(target);
    b.date(LocalDate.parse(date));
    b.status(status);
    if (expected != null) {
      b.expected(expected);
    }
    if (actual != null) {
      b.actual(actual);
    }
    if (actualDate != null) {
      b.actualDate(LocalDate.parse(actualDate));
    }
    b.rolledUp(rolledUp);
    if (gap != null) {
      b.gap(gap);
    }
    return b.build();
  }
}
