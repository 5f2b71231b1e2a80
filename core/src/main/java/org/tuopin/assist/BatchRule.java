package org.tuopin.assist;

import static java.util.Objects.requireNonNull;

import org.tuopin.basics.Tristate;
import org.tuopin.registry.Household;

/**
 * A default rule of a strategy taxonomy: when a {@link HouseholdTest} is met, the household
 * is suggested for a {@link Strategy strategy batch}, such as 因学 → 发展教育脱贫一批.
 *
 * <p>Rules only suggest; a decision for a household overrides them
 * ({@link StrategyTaxonomy#classify(java.util.Collection, HouseholdFacts, java.util.Map)}).
 * Two rules are equal when their tests have the same key and they suggest the same strategy.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BatchRule {

  private final HouseholdTest test;
  private final Strategy strategy;

  private BatchRule(HouseholdTest test, Strategy strategy) {
    this.test = test;
    this.strategy = strategy;
  }

  /**
   * Obtains a rule.
   *
   * @param test  the test, not null
   * @param strategy  the strategy suggested when the test is met, not null
   * @return the rule, not null
   */
  public static BatchRule of(HouseholdTest test, Strategy strategy) {
    return new BatchRule(requireNonNull(test, "test"), requireNonNull(strategy, "strategy"));
  }

  /**
   * Returns the test.
   *
   * @return the test, not null
   */
  public HouseholdTest test() {
    return test;
  }

  /**
   * Returns the strategy suggested when the test is met.
   *
   * @return the strategy, not null
   */
  public Strategy strategy() {
    return strategy;
  }

  /**
   * Applies the rule's test to a household.
   *
   * @param household  the household, not null
   * @param facts  the facts kept beside the registry, not null
   * @return met when the rule suggests its strategy, not met, or unknown, not null
   */
  public Tristate appliesTo(Household household, HouseholdFacts facts) {
    return test.test(requireNonNull(household, "household"), requireNonNull(facts, "facts"));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof BatchRule && ((BatchRule) obj).test.key().equals(test.key())
        && ((BatchRule) obj).strategy.equals(strategy);
  }

  @Override
  public int hashCode() {
    return test.key().hashCode() * 31 + strategy.hashCode();
  }

  /**
   * Returns the test's key and the strategy's key: {@code cause_schooling→education}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return test.key() + "→" + strategy.key();
  }
}
