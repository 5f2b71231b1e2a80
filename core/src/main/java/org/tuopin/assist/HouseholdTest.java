package org.tuopin.assist;

import static java.util.Objects.requireNonNull;

import java.util.function.BiFunction;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.internal.Keys;
import org.tuopin.registry.Household;

/**
 * A yes / no / unknown question about a household, asked of its registration record and of
 * the {@link HouseholdFacts} kept beside it, such as "no able-bodied member and on
 * 低保 or 特困供养". A {@link BatchRule} joins a test to the strategy batch it suggests.
 *
 * <p>A test never guesses: when a fact it needs is not recorded, it answers
 * {@link Tristate#UNKNOWN}. The built-in tests are in {@link HouseholdTests}.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface HouseholdTest {

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
   * Obtains a test from a function.
   *
   * @param key  the key: lower-case letters, digits and underscores, starting with a letter
   * @param label  the label, not null
   * @param test  the function, returning met, not met or unknown, not null
   * @return the test, not null
   * @throws IllegalArgumentException if the key is malformed
   */
  static HouseholdTest of(String key, Text label, BiFunction<Household, HouseholdFacts, Tristate> test) {
    String k = Keys.check("household test key", key);
    requireNonNull(label, "label");
    requireNonNull(test, "test");
    return new HouseholdTest() {
      @Override
      public String key() {
        return k;
      }

      @Override
      public Text label() {
        return label;
      }

      @Override
      public Tristate test(Household household, HouseholdFacts facts) {
        return requireNonNull(test.apply(household, facts), () -> "household test " + k + " returned null");
      }

      @Override
      public String toString() {
        return k;
      }
    };
  }
}
