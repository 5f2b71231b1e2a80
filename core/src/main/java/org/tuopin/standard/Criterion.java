package org.tuopin.standard;

import java.util.function.Function;
import org.tuopin.basics.Text;

/**
 * One test of a standard: given a subject (a household, a village), it returns a finding
 * saying what was required, what was observed, and whether it is met.
 *
 * <p>A criterion never guesses: when a fact it needs is unknown, its finding is
 * {@link org.tuopin.basics.Tristate#UNKNOWN}. Business rules are findings, never
 * exceptions; a criterion throws only for a subject it cannot apply to at all (an income
 * year outside its table).
 *
 * <p>Implementations must be immutable and thread-safe.
 *
 * @param <T>  the type of subject tested
 */
public interface Criterion<T> {

  /**
   * Returns the criterion's id, as used in reports.
   *
   * @return the id, not null
   */
  CriterionId id();

  /**
   * Returns the criterion's label.
   *
   * @return the label in Chinese and English, not null
   */
  Text label();

  /**
   * Tests a subject.
   *
   * @param subject  the subject, not null
   * @return the finding, not null
   */
  Finding test(T subject);

  /**
   * Obtains a criterion from its id, its label and the test it applies, for custom logic
   * that a standard set's builder takes with {@code householdCriterion}, {@code villageCriterion}
   * or {@code countyCriterion}.
   *
   * @param <T>  the type of subject tested
   * @param id  the criterion's id, not null
   * @param label  the criterion's label, not null
   * @param test  the test, giving a finding for every subject, not null
   * @return the criterion, printed as its id, not null
   */
  static <T> Criterion<T> of(CriterionId id, Text label, Function<? super T, Finding> test) {
    return new FunctionCriterion<>(id, label, test, id.toString());
  }
}
