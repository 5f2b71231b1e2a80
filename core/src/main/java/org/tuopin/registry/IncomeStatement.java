package org.tuopin.registry;

import com.google.common.base.Preconditions;
import java.math.RoundingMode;
import org.immutables.value.Value;
import org.tuopin.basics.Yuan;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;

/**
 * A household's income for one year (收入), in the five components of the registration
 * record.
 *
 * <p>Net income (纯收入) is wage (工资性收入) + business (生产经营性收入) + property
 * (财产性收入, including asset-income dividends) + transfer (转移性收入) − business expense
 * (生产经营性支出). The year is the year the income was earned, which chooses the income line
 * it is compared with: never guessed from the date of assessment.
 *
 * <p>Worked example: 6,000 + 1,180 + 6,000 + 4,205 − 1,000 = 16,385 yuan; over 4 people,
 * ¥4,096.25 each.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class IncomeStatement implements WithIncomeStatement {

  IncomeStatement() {
  }

  /**
   * Obtains an instance from its year and five components.
   *
   * @param year  the year the income was earned
   * @param wage  wage income (工资性收入), not negative
   * @param business  business income (生产经营性收入), not negative
   * @param property  property income (财产性收入), not negative
   * @param transfer  transfer income (转移性收入), not negative
   * @param businessExpense  business expense (生产经营性支出), not negative, subtracted
   * @return the statement, not null
   * @throws IllegalArgumentException if a component is negative or the year is implausible
   */
  public static IncomeStatement of(int year, Yuan wage, Yuan business, Yuan property, Yuan transfer,
      Yuan businessExpense) {
    return builder().year(year).wage(wage).business(business).property(property)
        .transfer(transfer).businessExpense(businessExpense).build();
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
   * Returns the year the income was earned (收入年度).
   *
   * @return the year
   */
  @JsonProperty("year")
  public abstract int year();

  /**
   * Returns wage income (工资性收入).
   *
   * @return the amount, not null
   */
  @JsonProperty("wage")
  public abstract Yuan wage();

  /**
   * Returns business income (生产经营性收入).
   *
   * @return the amount, not null
   */
  @JsonProperty("business")
  public abstract Yuan business();

  /**
   * Returns property income (财产性收入), including asset-income dividends (资产收益分红).
   *
   * @return the amount, not null
   */
  @JsonProperty("property")
  public abstract Yuan property();

  /**
   * Returns transfer income (转移性收入): family-planning, subsistence and destitute-support
   * allowances, pensions, ecological compensation and others.
   *
   * @return the amount, not null
   */
  @JsonProperty("transfer")
  public abstract Yuan transfer();

  /**
   * Returns business expense (生产经营性支出), subtracted from the income.
   *
   * @return the amount, not null
   */
  @JsonProperty("businessExpense")
  public abstract Yuan businessExpense();

  /**
   * Returns gross income: the four income components before expense.
   *
   * @return the sum, not null
   */
  public Yuan gross() {
    return wage().plus(business()).plus(property()).plus(transfer());
  }

  /**
   * Returns net income (纯收入): gross income less business expense. May be negative.
   *
   * @return the net income, not null
   */
  public Yuan net() {
    return gross().minus(businessExpense());
  }

  /**
   * Returns per-capita net income (人均纯收入), net income over the household size, rounded
   * half-up to the fen. Standards compare exactly, without this rounding.
   *
   * @param size  the number of members, positive
   * @return the per-capita income, not null
   * @throws IllegalArgumentException if the size is not positive
   */
  public Yuan perCapitaNet(int size) {
    return perCapita(net(), size);
  }

  /**
   * Returns a per-capita amount as the registration states it (人均): the household's amount
   * over its size, rounded half-up to the fen. The one rule for every reader of per-capita net
   * income, whether it holds an income statement or only the columns of one.
   *
   * @param amount  the household's amount, not null
   * @param size  the number of members, positive
   * @return the per-capita amount, not null
   * @throws IllegalArgumentException if the size is not positive
   */
  public static Yuan perCapita(Yuan amount, int size) {
    Preconditions.checkArgument(size > 0, "household size must be positive: %s", size);
    return amount.dividedBy(size, RoundingMode.HALF_UP);
  }

  @Value.Check
  void check() {
    checkNotNegative("wage", wage());
    checkNotNegative("business", business());
    checkNotNegative("property", property());
    checkNotNegative("transfer", transfer());
    checkNotNegative("business expense", businessExpense());
    if (year() < 1978 || year() > 2100) {
      throw new IllegalArgumentException("income year must be between 1978 and 2100: " + year());
    }
  }

  private static void checkNotNegative(String what, Yuan amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + amount);
    }
  }

  /**
   * A builder of income statements.
   */
  public static final class Builder extends ImmutableIncomeStatement.Builder {
    Builder() {
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static IncomeStatement ofJson(
      @JsonProperty("year") int year,
      @JsonProperty("wage") Yuan wage,
      @JsonProperty("business") Yuan business,
      @JsonProperty("property") Yuan property,
      @JsonProperty("transfer") Yuan transfer,
      @JsonProperty("businessExpense") Yuan businessExpense) {
    ImmutableIncomeStatement.Builder b = ImmutableIncomeStatement.builder();
    b.year(year);
    b.wage(wage);
    b.business(business);
    b.property(property);
    b.transfer(transfer);
    b.businessExpense(businessExpense);
    return b.build();
  }
}
