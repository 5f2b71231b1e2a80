package org.tuopin.rollup;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import org.tuopin.basics.Ratio;
import org.tuopin.region.RegionCode;

/**
 * The figures of one region: population, registered and remaining poor, exits, and the
 * incidence recomputed from them.
 *
 * <p>A count that is not known for some part of the region (a village with no population
 * on file) is unknown for the region as a whole, never a partial sum. Incidence is unknown
 * when the population is unknown or zero, never a division error.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegionStats {

  private static final Figure[] FIGURES = Figure.values();

  private final RegionCode region;
  private final long[] values;
  private final boolean[] known;

  private RegionStats(RegionCode region, long[] values, boolean[] known) {
    this.region = region;
    this.values = values;
    this.known = known;
  }

  /**
   * Obtains the figures of a village from its counts.
   *
   * @param village  the village code, not null
   * @param population  the rural population, or empty if not on file
   * @param registeredHouseholds  registered poor households
   * @param registeredPoor  registered poor people
   * @param exitEligibleHouseholds  households eligible to exit, at most the registered
   * @param exitEligiblePeople  people of households eligible to exit, at most the registered
   * @return the figures, not null
   * @throws IllegalArgumentException if a count is negative or exits exceed the registered
   */
  public static RegionStats of(RegionCode village, OptionalLong population, long registeredHouseholds,
      long registeredPoor, long exitEligibleHouseholds, long exitEligiblePeople) {
    requireNonNull(village, "village");
    if (registeredHouseholds < 0 || registeredPoor < 0 || exitEligibleHouseholds < 0 || exitEligiblePeople < 0
        || exitEligibleHouseholds > registeredHouseholds || exitEligiblePeople > registeredPoor
        || (population.isPresent() && population.getAsLong() < 0)) {
      throw new IllegalArgumentException("region " + village + " counts must be non-negative and exits at most the "
          + "registered: households " + exitEligibleHouseholds + "/" + registeredHouseholds + ", people "
          + exitEligiblePeople + "/" + registeredPoor + ", population " + population);
    }
    long[] v = new long[FIGURES.length];
    boolean[] k = new boolean[FIGURES.length];
    Arrays.fill(k, true);
    v[Figure.POPULATION.ordinal()] = population.orElse(0);
    k[Figure.POPULATION.ordinal()] = population.isPresent();
    v[Figure.REGISTERED_HOUSEHOLDS.ordinal()] = registeredHouseholds;
    v[Figure.REGISTERED_POOR.ordinal()] = registeredPoor;
    v[Figure.EXIT_ELIGIBLE_HOUSEHOLDS.ordinal()] = exitEligibleHouseholds;
    v[Figure.EXIT_ELIGIBLE_PEOPLE.ordinal()] = exitEligiblePeople;
    v[Figure.REMAINING_HOUSEHOLDS.ordinal()] = registeredHouseholds - exitEligibleHouseholds;
    v[Figure.REMAINING_POOR.ordinal()] = registeredPoor - exitEligiblePeople;
    return new RegionStats(village, v, k);
  }

  /**
   * Obtains the figures of a region as the sum of its parts; rates follow from the sums.
   *
   * @param region  the region, not null
   * @param parts  the figures of the regions it is made of, not null
   * @return the figures, not null
   */
  public static RegionStats sum(RegionCode region, Iterable<RegionStats> parts) {
    requireNonNull(region, "region");
    long[] v = new long[FIGURES.length];
    boolean[] k = new boolean[FIGURES.length];
    Arrays.fill(k, true);
    for (RegionStats p : parts) {
      for (int i = 0; i < v.length; i++) {
        v[i] = Math.addExact(v[i], p.values[i]);
        k[i] &= p.known[i];
      }
    }
    return new RegionStats(region, v, k);
  }

  /**
   * Returns the region these figures describe.
   *
   * @return the region code, not null
   */
  public RegionCode region() {
    return region;
  }

  /**
   * Returns a count.
   *
   * @param figure  a figure that aggregates by {@code SUM}, not null
   * @return the count, or empty if not known for the whole region
   * @throws IllegalArgumentException if the figure is a rate
   */
  public OptionalLong count(Figure figure) {
    if (figure.aggregation() != Figure.Aggregation.SUM) {
      throw new IllegalArgumentException(figure.key() + " is a rate, not a count");
    }
    return known[figure.ordinal()] ? OptionalLong.of(values[figure.ordinal()]) : OptionalLong.empty();
  }

  /**
   * Returns a rate, recomputed from its summed numerator and denominator.
   *
   * @param figure  a figure that aggregates by {@code RATE_OF_SUMS}, not null
   * @return the rate, or empty if a part is unknown or the denominator is zero
   * @throws IllegalArgumentException if the figure is a count
   */
  public Optional<Ratio> rate(Figure figure) {
    if (figure.aggregation() != Figure.Aggregation.RATE_OF_SUMS) {
      throw new IllegalArgumentException(figure.key() + " is a count, not a rate");
    }
    OptionalLong num = count(figure.numerator().orElseThrow());
    OptionalLong den = count(figure.denominator().orElseThrow());
    if (num.isEmpty() || den.isEmpty() || den.getAsLong() == 0) {
      return Optional.empty();
    }
    return Optional.of(Ratio.of(num.getAsLong(), den.getAsLong()));
  }

  /**
   * Returns the rural population.
   *
   * @return the population, or empty if not known for the whole region
   */
  public OptionalLong population() {
    return count(Figure.POPULATION);
  }

  /**
   * Returns the registered poor people.
   *
   * @return the count
   */
  public long registeredPoor() {
    return values[Figure.REGISTERED_POOR.ordinal()];
  }

  /**
   * Returns the registered poor households.
   *
   * @return the count
   */
  public long registeredHouseholds() {
    return values[Figure.REGISTERED_HOUSEHOLDS.ordinal()];
  }

  /**
   * Returns the people of households not eligible to exit.
   *
   * @return the count
   */
  public long remainingPoor() {
    return values[Figure.REMAINING_POOR.ordinal()];
  }

  /**
   * Returns the people of households eligible to exit.
   *
   * @return the count
   */
  public long exitEligiblePeople() {
    return values[Figure.EXIT_ELIGIBLE_PEOPLE.ordinal()];
  }

  /**
   * Returns poverty incidence (贫困发生率): remaining poor people ÷ rural population.
   *
   * @return the incidence, or empty if the population is unknown or zero
   */
  public Optional<Ratio> incidence() {
    return rate(Figure.INCIDENCE);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RegionStats && ((RegionStats) obj).region.equals(region)
        && Arrays.equals(((RegionStats) obj).values, values) && Arrays.equals(((RegionStats) obj).known, known);
  }

  @Override
  public int hashCode() {
    return region.hashCode() * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(region.toString()).append('{');
    for (Figure f : FIGURES) {
      if (f.aggregation() == Figure.Aggregation.SUM) {
        b.append(f.key()).append('=').append(known[f.ordinal()] ? Long.toString(values[f.ordinal()]) : "?")
            .append(", ");
      }
    }
    return b.append("incidence=").append(incidence().map(Ratio::toPercentString).orElse("?")).append('}').toString();
  }
}
