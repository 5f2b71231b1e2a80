package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tuopin.internal.JsonBinding;

/**
 * The Alkire–Foster measures of one group (or of all records): the multidimensional
 * headcount ratio H, the intensity A, the adjusted headcount ratio M0 = H × A, the adjusted
 * poverty gap M1 and squared gap M2, and per indicator the uncensored and censored headcount
 * ratios and the percentage contribution to M0.
 *
 * <p>All figures are weighted shares of the records counted ({@link #population()}).
 * Instances come from {@link AlkireFoster#measure(MpiData)}.
 *
 * <p>JSON: {@code group}, {@code n}, {@code excluded}, {@code population}, {@code h},
 * {@code a}, {@code m0}, {@code m1}, {@code m2} and the maps {@code uncensored},
 * {@code censored} and {@code contributions} by indicator name ({@code "NaN"} where a share is
 * undefined); it reads back equal under Jackson 2 and 3.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
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

  @JsonCreator
  private static MpiResult ofJson(
      @JsonProperty("group") String group,
      @JsonProperty("n") long n,
      @JsonProperty("excluded") long excluded,
      @JsonProperty("population") double population,
      @JsonProperty("h") double h,
      @JsonProperty("a") double a,
      @JsonProperty("m0") double m0,
      @JsonProperty("m1") double m1,
      @JsonProperty("m2") double m2,
      @JsonProperty("uncensored") Map<String, Double> uncensored,
      @JsonProperty("censored") Map<String, Double> censored,
      @JsonProperty("contributions") Map<String, Double> contributions) {
    return new MpiResult(group, n, excluded, population, h, a, m0, m1, m2, ImmutableMap.copyOf(uncensored),
        ImmutableMap.copyOf(censored), ImmutableMap.copyOf(contributions));
  }

  @JsonProperty("group")
  private String jsonGroup() {
    return group;
  }

  @JsonProperty("n")
  private long jsonN() {
    return n;
  }

  @JsonProperty("excluded")
  private long jsonExcluded() {
    return excluded;
  }

  @JsonProperty("population")
  private double jsonPopulation() {
    return population;
  }

  @JsonProperty("h")
  private double jsonH() {
    return h;
  }

  @JsonProperty("a")
  private double jsonA() {
    return a;
  }

  @JsonProperty("m0")
  private double jsonM0() {
    return m0;
  }

  @JsonProperty("m1")
  private double jsonM1() {
    return m1;
  }

  @JsonProperty("m2")
  private double jsonM2() {
    return m2;
  }

  @JsonProperty("uncensored")
  private Map<String, Double> jsonUncensored() {
    return uncensored;
  }

  @JsonProperty("censored")
  private Map<String, Double> jsonCensored() {
    return censored;
  }

  @JsonProperty("contributions")
  private Map<String, Double> jsonContributions() {
    return contributions;
  }

  /**
   * Compares every figure (NaN equals NaN, as {@link Double#equals}) and map.
   *
   * @param obj  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof MpiResult o && group.equals(o.group) && n == o.n && excluded == o.excluded
        && Double.compare(population, o.population) == 0 && Double.compare(h, o.h) == 0
        && Double.compare(a, o.a) == 0 && Double.compare(m0, o.m0) == 0 && Double.compare(m1, o.m1) == 0
        && Double.compare(m2, o.m2) == 0 && uncensored.equals(o.uncensored) && censored.equals(o.censored)
        && contributions.equals(o.contributions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, n, excluded, population, h, a, m0, m1, m2, uncensored, censored, contributions);
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
