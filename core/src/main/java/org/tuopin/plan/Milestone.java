package org.tuopin.plan;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.Units;
import org.tuopin.indicator.Indicator;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * A dated interim value (时间节点) on the way to a target: "2016年4月上旬—7月底 … 完成村、村共
 * 5.2公里水泥路硬化" is {@code roads_hardened} at the township, at least 5.2 公里 by
 * 2016-07-31, on the way to 10.2 公里 by the end of the year.
 *
 * <p>A milestone belongs to the target of the same indicator and scope whose deadline is
 * the first on or after the milestone's date. Its quantity is either a value of the
 * indicator ("≥ 5.2 公里") or, in %, a share of that target's quantity ("≥ 30% of the
 * works"). Tracking reads the expected value at a date through the milestones.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Milestone implements WithMilestone {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Milestone() {
  }

  /**
   * Obtains a milestone.
   *
   * @param indicator  the indicator, not null
   * @param scope  the scope, that of the target it leads to, not null
   * @param date  the day by which the value is due, not null
   * @param comparison  how the value reached must compare with the quantity, not null
   * @param quantity  a value of the indicator, or a share of the target in %, not null
   * @return the milestone, not null
   * @throws IllegalArgumentException if the quantity neither measures the indicator nor is
   *     in %, naming both units
   */
  public static Milestone of(Indicator indicator, Scope scope, LocalDate date, Comparison comparison,
      Quantity quantity) {
    return builder().indicator(indicator).scope(scope).date(date).comparison(comparison).quantity(quantity).build();
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
   * Returns the scope.
   *
   * @return the scope, not null
   */
  @JsonProperty("scope")
  public abstract Scope scope();

  /**
   * Returns the day by which the value is due.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns how the value reached must compare with the quantity.
   *
   * @return the comparison, not null
   */
  @JsonProperty("comparison")
  public abstract Comparison comparison();

  /**
   * Returns the quantity: a value of the indicator, or a share of the target in %.
   *
   * @return the quantity, not null
   */
  @JsonProperty("quantity")
  public abstract Quantity quantity();

  /**
   * Returns a note, such as the wording of the source (近10000亩, "nearly 10,000 mu").
   *
   * @return the note, if any
   */
  public abstract Optional<Text> note();

  /**
   * Checks whether the quantity is a share of the target (in %) rather than a value of the
   * indicator.
   *
   * @return true if the quantity is a share
   */
  public boolean isShare() {
    return !quantity().isCompatibleWith(indicator().unit());
  }

  /**
   * Returns the value due, for a target: the quantity itself, or the share of the target's
   * quantity (30% of 14 个 is 4.2 个).
   *
   * @param target  the target the milestone leads to, not null
   * @return the value due, in the target's unit for a share, not null
   */
  public Quantity valueFor(Target target) {
    requireNonNull(target, "target");
    if (!isShare()) {
      return quantity();
    }
    return target.quantity().multipliedBy(quantity().value().divide(HUNDRED));
  }

  /**
   * Describes the requirement: 达到 5.2 公里 / at least 5.2 km, or 达到 30%.
   *
   * @return the requirement, in any locale, not null
   */
  public Text requirement() {
    return Text.message("comparison.describe", comparison().label(), quantity());
  }

  @Value.Check
  void check() {
    if (!quantity().isCompatibleWith(indicator().unit()) && !quantity().unit().equals(Units.PERCENT)) {
      throw new IllegalArgumentException("milestone of " + indicator() + " must be in a unit like "
          + indicator().unit() + " or a share in %, not " + quantity().unit() + ": '" + quantity() + "'");
    }
  }

  /**
   * Returns a short description: indicator, scope, requirement and date.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Milestone{" + indicator() + " @ " + scope() + " " + comparison().symbol() + " " + quantity()
        + " by " + date() + "}";
  }

  /**
   * A builder of milestones.
   */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("date")
  private String dateJson() {
    return date().toString();
  }

  @JsonProperty("note")
  private @Nullable Text noteJson() {
    return note().orElse(null);
  }

  @JsonCreator
  private static Milestone ofJson(
      @JsonProperty("indicator") Indicator indicator,
      @JsonProperty("scope") Scope scope,
      @JsonProperty("date") String date,
      @JsonProperty("comparison") Comparison comparison,
      @JsonProperty("quantity") Quantity quantity,
      @JsonProperty("note") @Nullable Text note) {
    ImmutableMilestone.Builder b = ImmutableMilestone.builder();
    b.indicator(indicator);
    b.scope(scope);
    b.date(LocalDate.parse(date));
    b.comparison(comparison);
    b.quantity(quantity);
    if (note != null) {
      b.note(note);
    }
    return b.build();
  }
}
