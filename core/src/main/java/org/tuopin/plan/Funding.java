package org.tuopin.plan;

import static java.util.Objects.requireNonNull;

import org.immutables.value.Value;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;

/**
 * A source of a project's money (资金来源) and its amount: 中央财政专项扶贫资金 800 万元,
 * 整合涉农资金, 信贷资金, 群众自筹.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
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
  @JsonProperty("source")
  public abstract Text source();

  /**
   * Returns the amount.
   *
   * @return the amount of money, not null
   */
  @JsonProperty("amount")
  public abstract Quantity amount();

  @Value.Check
  void check() {
    Validation.checkMoney("funding from " + source().zh(), amount());
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static Funding ofJson(
      @JsonProperty("source") Text source,
      @JsonProperty("amount") Quantity amount) {
    ImmutableFunding.Builder b = ImmutableFunding.builder();
    b.source(source);
    b.amount(amount);
    return b.build();
  }
}
