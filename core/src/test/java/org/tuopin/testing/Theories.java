package org.tuopin.testing;

import org.quicktheories.QuickTheory;

/**
 * The entry point for Tuopin's property tests: QuickTheories with a fixed seed, so that CI
 * runs are reproducible, and a moderate number of examples, so that the suite runs in
 * seconds.
 *
 * <p>Use {@code import static org.tuopin.testing.Theories.qt;} and then
 * {@code qt().forAll(Generators.yuan()).check(...)}. To explore with another seed, run with
 * {@code -Dtuopin.qt.seed=...}; a failure report prints the falsifying example.
 */
public final class Theories {

  /** The seed every property test starts from unless {@code tuopin.qt.seed} is set. */
  public static final long SEED = 20_151_231L;

  /** The number of examples per property. */
  public static final int EXAMPLES = 1_000;

  private Theories() {
  }

  /**
   * Returns a QuickTheory with the project's fixed seed and example count.
   *
   * @return the theory, not null
   */
  public static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(Long.getLong("tuopin.qt.seed", SEED)).withExamples(EXAMPLES);
  }

  /**
   * Returns a QuickTheory with the fixed seed and a given number of examples, for
   * properties whose examples are expensive (whole households).
   *
   * @param examples  the number of examples
   * @return the theory, not null
   */
  public static QuickTheory qt(int examples) {
    return qt().withExamples(examples);
  }
}
