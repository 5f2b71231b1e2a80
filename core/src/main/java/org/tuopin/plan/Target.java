package org.tuopin.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.indicator.Indicator;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.LinkedHashMap;

/**
 * A quantified target (目标任务) of a plan: an indicator, the scope it applies to, a
 * comparison, a quantity and a deadline, with an optional baseline: "全乡种植青花椒8700亩"
 * is {@code crop_area[青花椒]} at the township, at least 8,700 亩, by the end of 2016.
 *
 * <p>The quantity may be stated in any unit of the indicator's dimension (2,880 公里 or
 * 2,880,000 米). The baseline, when given, is the indicator's value at the start of the
 * plan's period, from which progress is expected to rise (or fall) toward the target;
 * without one, a summed indicator starts from zero.
 *
 * <p>A target may also be given as {@link #tasks() tasks per year} (分年度任务: 2018 年 30 万人,
 * 2019 年 25 万人, 2020 年 20 万人), which must add up to its quantity exactly;
 * {@link Plan#check()} reports a shortfall or an excess with the exact difference and the
 * years. Progress at a date reads the path through the milestones when the target has any,
 * else through the tasks cumulated year by year, else a straight line over the period.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Target implements WithTarget {

  Target() {
  }

  /**
   * Obtains a target without baseline.
   *
   * @param indicator  the indicator, not null
   * @param scope  the scope the target applies to, not null
   * @param comparison  how the achieved value must compare with the quantity, not null
   * @param quantity  the quantity, in a unit of the indicator's dimension, not null
   * @param deadline  the last day by which the target must be met, not null
   * @return the target, not null
   * @throws IllegalArgumentException if the quantity's unit does not measure the indicator,
   *     naming both units
   */
  public static Target of(Indicator indicator, Scope scope, Comparison comparison, Quantity quantity,
      LocalDate deadline) {
    return builder().indicator(indicator).scope(scope).comparison(comparison).quantity(quantity)
        .deadline(deadline).build();
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
   * Returns the indicator.
   *
   * @return the indicator, not null
   */
  @JsonProperty("indicator")
  public abstract Indicator indicator();

  /**
   * Returns the scope the target applies to.
   *
   * @return the scope, not null
   */
  @JsonProperty("scope")
  public abstract Scope scope();

  /**
   * Returns how the achieved value must compare with the quantity: 达到 (at least), 超过
   * (above), 等于 (exactly), 不超过 (at most) or 低于 (below).
   *
   * @return the comparison, not null
   */
  @JsonProperty("comparison")
  public abstract Comparison comparison();

  /**
   * Returns the quantity.
   *
   * @return the quantity, not null
   */
  @JsonProperty("quantity")
  public abstract Quantity quantity();

  /**
   * Returns the deadline: the last day, included, by which the target must be met.
   *
   * @return the deadline, not null
   */
  public abstract LocalDate deadline();

  /**
   * Returns the baseline: the indicator's value at the start of the plan's period.
   *
   * @return the baseline, if stated
   */
  public abstract Optional<Quantity> baseline();

  /**
   * Returns the tasks per year (分年度任务), each the amount to be done in that year, which
   * together make up the quantity.
   *
   * @return the tasks by year, in year order, possibly empty, not null
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Year, Quantity> tasks();

  /**
   * Returns the cumulative value due at the end of each year of the {@link #tasks() tasks}:
   * the running sum of the tasks.
   *
   * @return the cumulative values by year, in year order, possibly empty, not null
   */
  public ImmutableSortedMap<Year, Quantity> cumulativeTasks() {
    ImmutableSortedMap.Builder<Year, Quantity> out = ImmutableSortedMap.naturalOrder();
    Quantity running = null;
    for (Map.Entry<Year, Quantity> e : tasks().entrySet()) {
      running = running == null ? e.getValue() : running.plus(e.getValue());
      out.put(e.getKey(), running);
    }
    return out.build();
  }

  /**
   * Returns a note on the target, such as where the figure comes from.
   *
   * @return the note, if any
   */
  public abstract Optional<Text> note();

  /**
   * Checks whether a value meets the target.
   *
   * @param value  the value, in a unit of the indicator's dimension, not null
   * @return true if the value compares with the quantity as the target requires
   * @throws IllegalArgumentException if the value's unit does not measure the indicator
   */
  public boolean isMetBy(Quantity value) {
    requireNonNull(value, "value");
    return comparison().test(value.compareTo(quantity()));
  }

  /**
   * Checks whether progress toward the target is a rise: at least and above targets rise,
   * at most and below targets fall, an exact target rises unless its baseline lies above it.
   *
   * @return true if a larger value is progress
   */
  public boolean isRising() {
    switch (comparison()) {
      case AT_LEAST:
      case ABOVE:
        return true;
      case AT_MOST:
      case BELOW:
        return false;
      default:
        return baseline().map(b -> b.compareTo(quantity()) <= 0).orElse(true);
    }
  }

  /**
   * Describes the requirement: 达到 8,700 亩 / at least 8,700 mu.
   *
   * @return the requirement, in any locale, not null
   */
  public Text requirement() {
    return Text.message("comparison.describe", comparison().label(), quantity());
  }

  @Value.Check
  void check() {
    Validation.checkUnit("target", indicator(), quantity());
    baseline().ifPresent(b -> Validation.checkUnit("baseline", indicator(), b));
    tasks().forEach((y, q) -> Validation.checkUnit("task of " + y, indicator(), q));
  }

  /**
   * Returns a short description: indicator, scope, requirement and deadline.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Target{" + indicator() + " @ " + scope() + " " + comparison().symbol() + " " + quantity()
        + " by " + deadline() + "}";
  }

  /**
   * A builder of targets.
   */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {
    }

    /**
     * Adds the task of a year.
     *
     * @param year  the year, such as 2018, not null
     * @param task  the amount to be done in that year, not null
     * @return this builder, not null
     */
    public Builder task(int year, Quantity task) {
      putTasks(Year.of(year), task);
      return this;
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("deadline")
  private String deadlineJson() {
    return deadline().toString();
  }

  @JsonProperty("baseline")
  private @Nullable Quantity baselineJson() {
    return baseline().orElse(null);
  }

  @JsonProperty("tasks")
  private @Nullable Map<String, Quantity> tasksJson() {
    return tasks().entrySet().stream().collect(
        LinkedHashMap::new, (m, e) -> m.put(e.getKey().toString(), e.getValue()), Map::putAll);
  }

  @JsonProperty("note")
  private @Nullable Text noteJson() {
    return note().orElse(null);
  }

  @JsonCreator
  private static Target ofJson(
      @JsonProperty("indicator") Indicator indicator,
      @JsonProperty("scope") Scope scope,
      @JsonProperty("comparison") Comparison comparison,
      @JsonProperty("quantity") Quantity quantity,
      @JsonProperty("deadline") String deadline,
      @JsonProperty("baseline") @Nullable Quantity baseline,
      @JsonProperty("tasks") @Nullable Map<String, Quantity> tasks,
      @JsonProperty("note") @Nullable Text note) {
    ImmutableTarget.Builder b = ImmutableTarget.builder();
    b.indicator(indicator);
    b.scope(scope);
    b.comparison(comparison);
    b.quantity(quantity);
    b.deadline(LocalDate.parse(deadline));
    if (baseline != null) {
      b.baseline(baseline);
    }
    if (tasks != null) {
      tasks.forEach((k, v) -> b.putTasks(Year.parse(k), v));
    }
    if (note != null) {
      b.note(note);
    }
    return b.build();
  }
}
