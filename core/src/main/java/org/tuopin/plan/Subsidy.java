package org.tuopin.plan;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.Unit;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * A per-unit subsidy (补助标准) and the quantity it is paid on: "每公里40万元的补助资金" on
 * 2,880 公里 of group roads (seed 002) is 40 万元 per 公里 × 2,880 公里 = 115,200 万元.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Subsidy implements WithSubsidy {

  Subsidy() {
  }

  /**
   * Obtains an instance.
   *
   * @param rate  the money paid per unit, such as 40 万元, not null
   * @param per  the unit it is paid per, such as 公里, not null
   * @param quantity  the quantity it is paid on, in a unit of the same dimension as {@code per}, not null
   * @return the subsidy, not null
   * @throws IllegalArgumentException if the rate is not money or the quantity is not measured
   *     like {@code per}, naming the units
   */
  public static Subsidy of(Quantity rate, Unit per, Quantity quantity) {
    return builder().rate(rate).per(per).quantity(quantity).build();
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
   * Returns the money paid per unit.
   *
   * @return the rate, money, not null
   */
  @JsonProperty("rate")
  public abstract Quantity rate();

  /**
   * Returns the unit the rate is paid per.
   *
   * @return the unit, not null
   */
  @JsonProperty("per")
  public abstract Unit per();

  /**
   * Returns the quantity the subsidy is paid on.
   *
   * @return the quantity, not null
   */
  @JsonProperty("quantity")
  public abstract Quantity quantity();

  /**
   * Returns what the subsidy is for, such as 通组公路建设直接工程费.
   *
   * @return the description, if any
   */
  public abstract Optional<Text> purpose();

  /**
   * Returns the total: the rate times the quantity in the rate's unit, exactly.
   *
   * @return the total, in the rate's unit of money, not null
   * @throws ArithmeticException if the quantity is not an exact decimal in the rate's unit
   */
  public Quantity total() {
    return rate().multipliedBy(quantity().to(per()).value());
  }

  /**
   * Describes the subsidy: 40 万元/公里 × 2,880 公里.
   *
   * @return the description, in any locale, not null
   */
  public Text describe() {
    return Text.message("plan.subsidy", rate(), per().symbol(), quantity());
  }

  @Value.Check
  void check() {
    Validation.checkMoney("a subsidy rate", rate());
    requireNonNull(per(), "per");
    if (!quantity().isCompatibleWith(per())) {
      throw new IllegalArgumentException("a subsidy paid per " + per() + " needs a quantity measured like it, not "
          + quantity().unit() + ": '" + quantity() + "'");
    }
  }

  /**
   * A builder of subsidies.
   */
  public static final class Builder extends ImmutableSubsidy.Builder {
    Builder() {
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("purpose")
  private @Nullable Text purposeJson() {
    return purpose().orElse(null);
  }

  @JsonCreator
  private static Subsidy ofJson(
      @JsonProperty("rate") Quantity rate,
      @JsonProperty("per") Unit per,
      @JsonProperty("quantity") Quantity quantity,
      @JsonProperty("purpose") @Nullable Text purpose) {
    ImmutableSubsidy.Builder b = ImmutableSubsidy.builder();
    b.rate(rate);
    b.per(per);
    b.quantity(quantity);
    if (purpose != null) {
      b.purpose(purpose);
    }
    return b.build();
  }
}
