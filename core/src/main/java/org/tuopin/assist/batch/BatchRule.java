package org.tuopin.assist.batch;

import static java.util.Objects.requireNonNull;

import org.tuopin.basics.Tristate;
import org.tuopin.registry.Household;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;

/**
 * A default rule of a strategy taxonomy: when a {@link HouseholdPredicate} is met, the household
 * is suggested for a {@link Strategy strategy batch}, such as 因学 → 发展教育脱贫一批.
 *
 * <p>Rules only suggest; a decision for a household overrides them
 * ({@link StrategyTaxonomy#classify(java.util.Collection, HouseholdFacts, java.util.Map)}).
 * Two rules are equal when their predicates have the same key and they suggest the same strategy.
 *
 * <p>JSON: {@code {"predicate": key, "strategy": key}}, the predicate a built-in one of
 * {@link HouseholdPredicates}, looked up by its key on read; a rule of a predicate of one's
 * own (code, not data) cannot be written, and the writer fails naming it.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
public final class BatchRule {

  private final HouseholdPredicate predicate;
  private final Strategy strategy;

  private BatchRule(HouseholdPredicate predicate, Strategy strategy) {
    this.predicate = predicate;
    this.strategy = strategy;
  }

  /**
   * Obtains a rule.
   *
   * @param predicate  the predicate, not null
   * @param strategy  the strategy suggested when the predicate is met, not null
   * @return the rule, not null
   */
  public static BatchRule of(HouseholdPredicate predicate, Strategy strategy) {
    return new BatchRule(requireNonNull(predicate, "predicate"), requireNonNull(strategy, "strategy"));
  }

  /**
   * Returns the predicate.
   *
   * @return the predicate, not null
   */
  public HouseholdPredicate predicate() {
    return predicate;
  }

  /**
   * Returns the strategy suggested when the predicate is met.
   *
   * @return the strategy, not null
   */
  public Strategy strategy() {
    return strategy;
  }

  /**
   * Applies the rule's predicate to a household.
   *
   * @param household  the household, not null
   * @param facts  the facts kept beside the registry, not null
   * @return met when the rule suggests its strategy, not met, or unknown, not null
   */
  public Tristate appliesTo(Household household, HouseholdFacts facts) {
    return predicate.test(requireNonNull(household, "household"), requireNonNull(facts, "facts"));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof BatchRule && ((BatchRule) obj).predicate.key().equals(predicate.key())
        && ((BatchRule) obj).strategy.equals(strategy);
  }

  @Override
  public int hashCode() {
    return predicate.key().hashCode() * 31 + strategy.hashCode();
  }

  /**
   * Returns the predicate's key and the strategy's key: {@code cause_schooling→education}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return predicate.key() + "→" + strategy.key();
  }

  // JSON binding (see JsonBinding).

  @JsonCreator
  private static BatchRule ofJson(@JsonProperty("predicate") String predicate,
      @JsonProperty("strategy") Strategy strategy) {
    return of(HouseholdPredicates.of(predicate), strategy);
  }

  @JsonProperty("predicate")
  private String predicateJson() {
    if (HouseholdPredicates.find(predicate.key()).isEmpty()) {
      throw new IllegalStateException("batch rule " + this + " cannot be written as JSON: its predicate '"
          + predicate.key() + "' is code of its own, not one of HouseholdPredicates");
    }
    return predicate.key();
  }

  @JsonProperty("strategy")
  private Strategy strategyJson() {
    return strategy;
  }
}
