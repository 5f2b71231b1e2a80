package org.tuopin.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.Units;

/**
 * Counts of a plan's population by category (分类), such as the households of each of the
 * 五个一批 batches, which together should not exceed the population they divide.
 *
 * <p>The whole is either stated here or, for counts in 户 or 人, taken from the plan's
 * registered households or people. A breakdown whose parts add up to more than the whole
 * counts someone twice: {@link Plan#check()} flags the overlap with the excess.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Breakdown implements WithBreakdown {

  Breakdown() {
  }

  /**
   * Obtains a breakdown of the plan's registered population.
   *
   * @param name  the name, such as 五个一批（户）, not null
   * @param parts  the count of each category, in order, all measured alike, not null
   * @return the breakdown, not null
   * @throws IllegalArgumentException if there are no parts or they are measured differently
   */
  public static Breakdown of(Text name, Map<String, Quantity> parts) {
    return builder().name(name).parts(parts).build();
  }

  /**
   * Obtains a breakdown of a stated whole.
   *
   * @param name  the name, not null
   * @param parts  the count of each category, in order, all measured like the whole, not null
   * @param whole  the whole the parts divide, not null
   * @return the breakdown, not null
   * @throws IllegalArgumentException if there are no parts or they are measured differently
   */
  public static Breakdown of(Text name, Map<String, Quantity> parts, Quantity whole) {
    requireNonNull(whole, "whole");
    return builder().name(name).parts(parts).whole(whole).build();
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
   * Returns the name.
   *
   * @return the name, not null
   */
  public abstract Text name();

  /**
   * Returns the count of each category, in the order given.
   *
   * @return the parts, at least one, not null
   */
  public abstract ImmutableMap<String, Quantity> parts();

  /**
   * Returns the whole the parts divide, if stated here.
   *
   * @return the whole, if stated
   */
  public abstract Optional<Quantity> whole();

  /**
   * Returns the sum of the parts.
   *
   * @return the exact total, not null
   */
  public Quantity total() {
    return Quantity.sum(parts().values());
  }

  /**
   * Returns the whole the parts divide in a plan: the stated whole, else the plan's registered
   * households for parts in 户 or registered people for parts in 人.
   *
   * @param plan  the plan, not null
   * @return the whole, if known
   */
  public Optional<Quantity> wholeIn(Plan plan) {
    requireNonNull(plan, "plan");
    if (whole().isPresent()) {
      return whole();
    }
    Quantity first = parts().values().iterator().next();
    if (first.unit().equals(Units.HOUSEHOLD) && plan.registeredHouseholds().isPresent()) {
      return Optional.of(Quantity.of(plan.registeredHouseholds().getAsLong(), Units.HOUSEHOLD));
    }
    if (first.unit().equals(Units.PERSON) && plan.registeredPeople().isPresent()) {
      return Optional.of(Quantity.of(plan.registeredPeople().getAsLong(), Units.PERSON));
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    if (parts().isEmpty()) {
      throw new IllegalArgumentException("breakdown " + name().zh() + " needs at least one part");
    }
    Quantity first = parts().values().iterator().next();
    for (Map.Entry<String, Quantity> e : parts().entrySet()) {
      if (!e.getValue().isCompatibleWith(first.unit())) {
        throw new IllegalArgumentException("breakdown " + name().zh() + " mixes " + first.unit() + " and "
            + e.getValue().unit() + ": '" + e.getKey() + "'");
      }
    }
    whole().ifPresent(w -> {
      if (!w.isCompatibleWith(first.unit())) {
        throw new IllegalArgumentException("breakdown " + name().zh() + " counts in " + first.unit()
            + " a whole in " + w.unit() + ": '" + w + "'");
      }
    });
  }

  /**
   * A builder of breakdowns.
   */
  public static final class Builder extends ImmutableBreakdown.Builder {
    Builder() {
    }
  }
}
