package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The measures of one group of a welfare column (or of all of it): its records, population,
 * mean, FGT(0, 1, 2), Watts, SST, Gini, Theil and MLD.
 *
 * <p>Theil and MLD are empty when a welfare is zero or negative, where they are undefined;
 * every measure is empty-free otherwise. Poverty measures are NaN when no line was set.
 * Instances come from {@link Measures#measure(Welfare)} and {@link MeasureTable}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GroupMeasures {

  private final String group;
  private final long n;
  private final double population;
  private final double total;
  private final double[] values;
  private final boolean defined;

  GroupMeasures(String group, long n, double population, double total, double[] values, boolean logDefined) {
    this.group = requireNonNull(group, "group");
    this.n = n;
    this.population = population;
    this.total = total;
    this.values = values;
    this.defined = logDefined;
  }

  /**
   * Returns the group's name, {@code all} for the whole column.
   *
   * @return the name, not null
   */
  public String group() {
    return group;
  }

  /**
   * Returns the number of records.
   *
   * @return the count
   */
  public long n() {
    return n;
  }

  /**
   * Returns the population: the sum of the weights.
   *
   * @return the population
   */
  public double population() {
    return population;
  }

  /**
   * Returns the weighted mean welfare μ.
   *
   * @return the mean, NaN for no population
   */
  public double mean() {
    return total / population;
  }

  /**
   * Returns the weighted total welfare Σ wᵢyᵢ.
   *
   * @return the total
   */
  public double total() {
    return total;
  }

  /**
   * Returns a measure.
   *
   * @param measure  the measure, not null
   * @return its value, empty for Theil and MLD when a welfare is zero or negative
   */
  public OptionalDouble value(Measure measure) {
    if ((measure == Measure.THEIL || measure == Measure.MLD) && !defined) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(values[measure.ordinal()]);
  }

  /**
   * Returns the headcount ratio FGT(0).
   *
   * @return the share of the population that is poor
   */
  public double fgt0() {
    return values[Measure.FGT0.ordinal()];
  }

  /**
   * Returns the poverty gap index FGT(1).
   *
   * @return the index
   */
  public double fgt1() {
    return values[Measure.FGT1.ordinal()];
  }

  /**
   * Returns the squared poverty gap index FGT(2).
   *
   * @return the index
   */
  public double fgt2() {
    return values[Measure.FGT2.ordinal()];
  }

  /**
   * Returns the Watts index.
   *
   * @return the index
   */
  public double watts() {
    return values[Measure.WATTS.ordinal()];
  }

  /**
   * Returns the Sen–Shorrocks–Thon index.
   *
   * @return the index
   */
  public double sst() {
    return values[Measure.SST.ordinal()];
  }

  /**
   * Returns the Gini coefficient, without small-sample correction.
   *
   * @return the coefficient
   */
  public double gini() {
    return values[Measure.GINI.ordinal()];
  }

  /**
   * Returns the Theil index.
   *
   * @return the index, empty if a welfare is zero or negative
   */
  public OptionalDouble theil() {
    return value(Measure.THEIL);
  }

  /**
   * Returns the mean log deviation.
   *
   * @return the index, empty if a welfare is zero or negative
   */
  public OptionalDouble mld() {
    return value(Measure.MLD);
  }

  /**
   * Returns the group, its size and its measures on one line.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(group).append(": n=").append(n);
    for (Measure m : Measure.values()) {
      OptionalDouble v = value(m);
      b.append(", ").append(m.key()).append('=')
          .append(v.isPresent() ? String.format(Locale.ROOT, "%.6f", v.getAsDouble()) : "");
    }
    return b.toString();
  }
}
