package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;

/**
 * The Alkire–Foster measures of one group (or of all records): the multidimensional
 * headcount ratio H, the intensity A, the adjusted headcount ratio M0 = H × A, the adjusted
 * poverty gap M1 and squared gap M2, and per indicator the uncensored and censored headcount
 * ratios and the percentage contribution to M0.
 *
 * <p>All figures are weighted shares of the records counted ({@link #population()}).
 * Instances come from {@link AlkireFoster#measure(MpiData)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MpiResult {

  private final String group;
  private final long n;
  private final long excluded;
  private final double population;
  private final double h;
  private final double a;
  private final double m0;
  private final double m1;
  private final double m2;
  private final ImmutableMap<String, Double> uncensored;
  private final ImmutableMap<String, Double> censored;
  private final ImmutableMap<String, Double> contributions;

  MpiResult(String group, long n, long excluded, double population, double h, double a, double m0, double m1,
      double m2, ImmutableMap<String, Double> uncensored, ImmutableMap<String, Double> censored,
      ImmutableMap<String, Double> contributions) {
    this.group = requireNonNull(group, "group");
    this.n = n;
    this.excluded = excluded;
    this.population = population;
    this.h = h;
    this.a = a;
    this.m0 = m0;
    this.m1 = m1;
    this.m2 = m2;
    this.uncensored = uncensored;
    this.censored = censored;
    this.contributions = contributions;
  }

  /**
   * Returns the group's name, {@code all} for every record.
   *
   * @return the name, not null
   */
  public String group() {
    return group;
  }

  /**
   * Returns the number of records counted (those with every value).
   *
   * @return the count
   */
  public long n() {
    return n;
  }

  /**
   * Returns the number of records left out because a value was missing.
   *
   * @return the count
   */
  public long excluded() {
    return excluded;
  }

  /**
   * Returns the population: the sum of the weights of the records counted.
   *
   * @return the population
   */
  public double population() {
    return population;
  }

  /**
   * Returns the multidimensional headcount ratio H: the share of the poor.
   *
   * @return H
   */
  public double h() {
    return h;
  }

  /**
   * Returns the intensity A: the poor's average deprivation score (0 when no one is poor).
   *
   * @return A
   */
  public double a() {
    return a;
  }

  /**
   * Returns the adjusted headcount ratio M0 = H × A (the MPI).
   *
   * @return M0
   */
  public double m0() {
    return m0;
  }

  /**
   * Returns the adjusted poverty gap M1: the weighted normalised gaps of the poor's
   * deprivations, averaged over everyone.
   *
   * @return M1
   */
  public double m1() {
    return m1;
  }

  /**
   * Returns the adjusted squared poverty gap M2.
   *
   * @return M2
   */
  public double m2() {
    return m2;
  }

  /**
   * Returns the uncensored headcount ratio of each indicator: the share deprived in it,
   * poor or not.
   *
   * @return the ratios by indicator name, in indicator order, not null
   */
  public ImmutableMap<String, Double> uncensoredHeadcounts() {
    return uncensored;
  }

  /**
   * Returns the censored headcount ratio of each indicator: the share both poor and deprived
   * in it. M0 is the weighted sum of these.
   *
   * @return the ratios by indicator name, in indicator order, not null
   */
  public ImmutableMap<String, Double> censoredHeadcounts() {
    return censored;
  }

  /**
   * Returns each indicator's contribution to M0: weight × censored headcount ÷ M0, fractions
   * adding up to 1 (all 0 when no one is poor).
   *
   * @return the contributions by indicator name, in indicator order, not null
   */
  public ImmutableMap<String, Double> contributions() {
    return contributions;
  }

  /**
   * Returns the group and its headline figures.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%s: n=%d, H=%.6f, A=%.6f, M0=%.6f, M1=%.6f, M2=%.6f", group, n, h, a,
        m0, m1, m2);
  }
}
