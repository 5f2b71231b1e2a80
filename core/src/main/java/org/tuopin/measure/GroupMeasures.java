package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.tuopin.internal.JsonBinding;

/**
 * The measures of one group of a welfare column (or of all of it): its records, population,
 * mean, FGT(0, 1, 2), Watts, SST, Gini, Theil and MLD.
 *
 * <p>Theil and MLD are empty when a welfare is zero or negative, where they are undefined;
 * every measure is empty-free otherwise. Poverty measures are NaN when no line was set.
 * Instances come from {@link Measures#measure(Welfare)} and {@link MeasureTable}.
 *
 * <p>JSON: {@code group}, {@code n}, {@code population}, {@code total} and each measure under
 * its {@link Measure#key() key} as a number ({@code "NaN"} where no line was set; Theil and
 * MLD left out where undefined); it reads back equal under Jackson 2 and 3.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
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
   * Returns the number of records: under frequency weights, the records they stand for (the
   * people of households weighted by their size).
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
  @JsonCreator
  private static GroupMeasures ofJson(
      @JsonProperty("group") String group,
      @JsonProperty("n") long n,
      @JsonProperty("population") double population,
      @JsonProperty("total") double total,
      @JsonProperty("fgt0") double fgt0,
      @JsonProperty("fgt1") double fgt1,
      @JsonProperty("fgt2") double fgt2,
      @JsonProperty("watts") double watts,
      @JsonProperty("sst") double sst,
      @JsonProperty("gini") double gini,
      @JsonProperty("theil") @Nullable Double theil,
      @JsonProperty("mld") @Nullable Double mld) {
    if ((theil == null) != (mld == null)) {
      throw new IllegalArgumentException("theil and mld are both given or both left out");
    }
    double[] values = new double[Measure.values().length];
    values[Measure.FGT0.ordinal()] = fgt0;
    values[Measure.FGT1.ordinal()] = fgt1;
    values[Measure.FGT2.ordinal()] = fgt2;
    values[Measure.WATTS.ordinal()] = watts;
    values[Measure.SST.ordinal()] = sst;
    values[Measure.GINI.ordinal()] = gini;
    values[Measure.THEIL.ordinal()] = theil == null ? Double.NaN : theil;
    values[Measure.MLD.ordinal()] = mld == null ? Double.NaN : mld;
    return new GroupMeasures(group, n, population, total, values, theil != null);
  }

  @JsonProperty("group")
  private String jsonGroup() {
    return group;
  }

  @JsonProperty("n")
  private long jsonN() {
    return n;
  }

  @JsonProperty("population")
  private double jsonPopulation() {
    return population;
  }

  @JsonProperty("total")
  private double jsonTotal() {
    return total;
  }

  @JsonProperty("fgt0")
  private double jsonFgt0() {
    return fgt0();
  }

  @JsonProperty("fgt1")
  private double jsonFgt1() {
    return fgt1();
  }

  @JsonProperty("fgt2")
  private double jsonFgt2() {
    return fgt2();
  }

  @JsonProperty("watts")
  private double jsonWatts() {
    return watts();
  }

  @JsonProperty("sst")
  private double jsonSst() {
    return sst();
  }

  @JsonProperty("gini")
  private double jsonGini() {
    return gini();
  }

  @JsonProperty("theil")
  private @Nullable Double jsonTheil() {
    return defined ? values[Measure.THEIL.ordinal()] : null;
  }

  @JsonProperty("mld")
  private @Nullable Double jsonMld() {
    return defined ? values[Measure.MLD.ordinal()] : null;
  }

  /**
   * Compares the group, counts, totals and every measure's {@link #value(Measure) value}
   * (NaN equals NaN, as {@link Double#equals}).
   *
   * @param obj  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof GroupMeasures o)) {
      return false;
    }
    if (!group.equals(o.group) || n != o.n || Double.compare(population, o.population) != 0
        || Double.compare(total, o.total) != 0 || defined != o.defined) {
      return false;
    }
    for (Measure m : Measure.values()) {
      if (!value(m).equals(o.value(m))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = group.hashCode() * 31 + Long.hashCode(n);
    for (Measure m : Measure.values()) {
      h = h * 31 + value(m).hashCode();
    }
    return h;
  }

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
