package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import org.tuopin.basics.Quantity;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Yuan;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A typed value in a {@link Finding}: what a criterion requires or what it observed. The
 * set is closed: an amount of money, a rate, a quantity in a unit, a three-state fact, a run
 * of consecutive years, or, for findings that have no figure, a description.
 *
 * <p>Each value renders itself as text ({@link #text()}); a finding's texts are built from
 * its values, so a report reads the values and never re-parses the text.
 *
 * <p>In JSON a value is an object whose {@code type} names the kind ({@code money}, {@code rate},
 * {@code amount}, {@code fact}, {@code consecutive_years}, {@code described}) beside its
 * component: {@code {"type":"money","amount":"2855.00"}}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = FindingValue.Money.class, name = "money"),
    @JsonSubTypes.Type(value = FindingValue.Rate.class, name = "rate"),
    @JsonSubTypes.Type(value = FindingValue.Amount.class, name = "amount"),
    @JsonSubTypes.Type(value = FindingValue.Fact.class, name = "fact"),
    @JsonSubTypes.Type(value = FindingValue.ConsecutiveYears.class, name = "consecutive_years"),
    @JsonSubTypes.Type(value = FindingValue.Described.class, name = "described")})
public sealed interface FindingValue {

  /**
   * Returns the value as text, in any locale: {@code ¥2,855.00}, {@code 2.00%},
   * {@code 8,700 亩}, {@code 是} / {@code yes}, {@code 连续 2 年} / {@code 2 consecutive years}
   * (units, facts and runs of years from Tuopin's message bundle).
   *
   * @return the text, not null
   */
  Text text();

  /**
   * An amount of money (元), such as an income line or a per-capita income.
   *
   * @param amount  the amount, not null
   */
  record Money(Yuan amount) implements FindingValue {
    /**
     * Creates a value.
     *
     * @param amount  the amount, not null
     */
    public Money {
      requireNonNull(amount, "amount");
    }

    @Override
    public Text text() {
      return Text.of(amount.toString());
    }
  }

  /**
   * A rate, such as poverty incidence (贫困发生率), shown as a percentage.
   *
   * @param ratio  the exact rate, not null
   */
  record Rate(Ratio ratio) implements FindingValue {
    /**
     * Creates a value.
     *
     * @param ratio  the exact rate, not null
     */
    public Rate {
      requireNonNull(ratio, "ratio");
    }

    @Override
    public Text text() {
      return Text.of(ratio.toPercentString());
    }
  }

  /**
   * A quantity in a unit, such as a plan's target of 8,700 亩 or a budget of 120 万元, as a
   * plan's checks compare them.
   *
   * @param quantity  the quantity, with its unit, not null
   */
  record Amount(Quantity quantity) implements FindingValue {
    /**
     * Creates a value.
     *
     * @param quantity  the quantity, with its unit, not null
     */
    public Amount {
      requireNonNull(quantity, "quantity");
    }

    @Override
    public Text text() {
      return quantity.text();
    }
  }

  /**
   * A three-state fact: a condition or facility present (是), absent (否) or not recorded (未知).
   *
   * @param state  the state, not null
   */
  record Fact(Tristate state) implements FindingValue {
    /**
     * Creates a value.
     *
     * @param state  the state, not null
     */
    public Fact {
      requireNonNull(state, "state");
    }

    @Override
    public Text text() {
      return state.label();
    }
  }

  /**
   * A run of consecutive years meeting a standard (连续 N 年), as the observation rule counts
   * them; a run of 0 means the year assessed itself is not met (当年未达标).
   *
   * @param years  the number of years, not negative
   */
  record ConsecutiveYears(int years) implements FindingValue {
    /**
     * Creates a value.
     *
     * @param years  the number of years, not negative
     * @throws IllegalArgumentException if negative
     */
    public ConsecutiveYears {
      if (years < 0) {
        throw new IllegalArgumentException("a run of consecutive years must not be negative: " + years);
      }
    }

    @Override
    public Text text() {
      return years == 0 ? Text.message("value.consecutive_years.none")
          : Text.message(years == 1 ? "value.consecutive_years.one" : "value.consecutive_years", years);
    }
  }

  /**
   * A value that has no figure, only a description, such as "every row accepted" or
   * "insufficient data this year"; also the value of findings made from text alone.
   *
   * @param description  the description, not null
   */
  record Described(Text description) implements FindingValue {
    /**
     * Creates a value.
     *
     * @param description  the description, not null
     */
    public Described {
      requireNonNull(description, "description");
    }

    @Override
    public Text text() {
      return description;
    }
  }
}
