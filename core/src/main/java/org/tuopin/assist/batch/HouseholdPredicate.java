package org.tuopin.assist.batch;

import static java.util.Objects.requireNonNull;

import java.util.function.BiFunction;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.internal.Keys;
import org.tuopin.registry.Household;

/**
 * A three-state predicate on a household: a yes / no / unknown question asked of its
 * registration record and of the {@link HouseholdFacts} kept beside it, such as "no
 * able-bodied member and on 低保 or 特困供养". A {@link BatchRule} joins a predicate to the
 * strategy batch it suggests.
 *
 * <p>A predicate never guesses: when a fact it needs is not recorded, it answers
 * {@link Tristate#UNKNOWN}. The built-in predicates are in {@link HouseholdPredicates}.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface HouseholdPredicate {

  /**
   * Returns the key, as used in the taxonomy files and reports ({@code cause_schooling}).
   *
   * @return the key, not null
   */
  String key();

  /**
   * Returns the label.
   *
   * @return the label in Chinese and English, not null
   */
  Text label();

  /**
   * Asks the question of a household.
   *
   * @param household  the household, not null
   * @param facts  the facts kept beside the registry, not null
   * @return met, not met, or unknown when a needed fact is not recorded, not null
   */
  Tristate test(Household household, HouseholdFacts facts);

  /**
   * Obtains a predicate from a function.
   *
   * @param key  the key: lower-case letters, digits and underscores, starting with a letter
   * @param label  the label, not null
   * @param test  the function, returning met, not met or unknown, not null
   * @return the predicate, not null
   * @throws IllegalArgumentException if the key is malformed
   */
  static HouseholdPredicate of(String key, Text label, BiFunction<Household, HouseholdFacts, Tristate> test) {
    String k = Keys.check("household predicate key", key);
    // a third language may name it in Tuopin's bundle, such as predicate.cause_illness
    Text keyed = requireNonNull(label, "label").keyed("predicate." + k);
    requireNonNull(test, "test");
    return new HouseholdPredicate() {
      @Override
      public String key() {
        return k;
      }

      @Override
      public Text label() {
        return keyed;
      }

      @Override
      public Tristate test(Household household, HouseholdFacts facts) {
        return requireNonNull(test.apply(household, facts), () -> "household predicate " + k + " returned null");
      }

      @Override
      public String toString() {
        return k;
      }
    };
  }
}
