package org.tuopin.plan;

import static java.util.Objects.requireNonNull;

import org.immutables.value.Value;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;

/**
 * A source of a project's money (资金来源) and its amount: 中央财政专项扶贫资金 800 万元,
 * 整合涉农资金, 信贷资金, 群众自筹.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Funding implements WithFunding {

  Funding() {
  }

  /**
   * Obtains an instance.
   *
   * @param source  the source, not null
   * @param amount  the amount, in 元, 万元 or 亿元, not null
   * @return the funding, not null
   * @throws IllegalArgumentException if the amount is not money
   */
  public static Funding of(Text source, Quantity amount) {
    return ImmutableFunding.builder().source(source).amount(amount).build();
  }

  /**
   * Obtains an instance whose source is named in one language.
   *
   * @param source  the source, such as 中央财政专项扶贫资金, not null
   * @param amount  the amount, in 元, 万元 or 亿元, not null
   * @return the funding, not null
   * @throws IllegalArgumentException if the amount is not money
   */
  public static Funding of(String source, Quantity amount) {
    requireNonNull(source, "source");
    return of(Text.of(source), amount);
  }

  /**
   * Returns the source.
   *
   * @return the source, not null
   */
  public abstract Text source();

  /**
   * Returns the amount.
   *
   * @return the amount of money, not null
   */
  public abstract Quantity amount();

  @Value.Check
  void check() {
    Validation.checkMoney("funding from " + source().zh(), amount());
  }
}
