package org.tuopin.rollup;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Ratio;
import org.tuopin.indicator.Aggregation;
import org.tuopin.indicator.Indicator;
import org.tuopin.indicator.Indicators;
import org.tuopin.plan.Observation;
import org.tuopin.plan.Scope;
import org.tuopin.region.RegionCode;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one region, keyed by {@link Indicator}: rural population, registered,
 * remaining and exit-eligible poor, recorded exits, and the incidence recomputed from them.
 *
 * <p>The figures are those of {@link #indicators()}, from the catalogue {@link Indicators}:
 * <ul>
 *   <li>{@link Indicators#RURAL_POPULATION} (农村人口), the incidence denominator, when on file;
 *   <li>{@link Indicators#REGISTERED_HOUSEHOLDS} and {@link Indicators#REGISTERED_POOR}
 *       (建档立卡贫困户, 贫困人口): every household on the register, whatever its status;
 *   <li>{@link Indicators#EXIT_ELIGIBLE_HOUSEHOLDS} and {@link Indicators#EXIT_ELIGIBLE_PEOPLE}
 *       (符合退出条件): the households assessed as meeting a standard's exit criteria;
 *   <li>{@link Indicators#REMAINING_HOUSEHOLDS} and {@link Indicators#REMAINING_POOR}
 *       (未脱贫, 剩余贫困人口): the registered less the exit-eligible, so a household whose data
 *       is insufficient remains poor;
 *   <li>{@link Indicators#HOUSEHOLDS_EXITED} and {@link Indicators#PEOPLE_EXITED} (脱贫):
 *       the households whose recorded exit status (脱贫状态) is exited (已脱贫, codes 1 and 4),
 *       known only when every household was added with its status;
 *   <li>{@link Indicators#INCIDENCE} (贫困发生率): remaining poor ÷ rural population.
 * </ul>
 * Eligible to exit is an assessment under a standard; exited is what the register records.
 * The two differ, and a plan's "people exited" is read from the recorded exits.
 *
 * <p>Counts aggregate by {@link Aggregation#SUM}; the rate by {@link Aggregation#RATE}, recomputed
 * from its summed numerator and denominator, never averaged. A count that is not known for
 * some part of the region (a village with no population on file) is unknown for the region as
 * a whole, never a partial sum. Incidence is unknown when the population is unknown or zero,
 * never a division error.
 *
 * <p>JSON: the region and the counts recorded, each known count by its name (the remaining
 * counts and the rates follow from them and are not written).
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
public final class RegionStats {

  /** The summed figures, in the order of the storage slots. */
  private static final ImmutableList<Indicator> COUNTS = ImmutableList.of(
      Indicators.RURAL_POPULATION, Indicators.REGISTERED_HOUSEHOLDS, Indicators.REGISTERED_POOR,
      Indicators.REMAINING_HOUSEHOLDS, Indicators.REMAINING_POOR, Indicators.EXIT_ELIGIBLE_HOUSEHOLDS,
      Indicators.EXIT_ELIGIBLE_PEOPLE, Indicators.HOUSEHOLDS_EXITED, Indicators.PEOPLE_EXITED);
  /** The rates, each recomputed from two of the counts. */
  private static final ImmutableList<Indicator> RATES = ImmutableList.of(Indicators.INCIDENCE);
  private static final ImmutableList<Indicator> INDICATORS =
      ImmutableList.<Indicator>builder().addAll(COUNTS).addAll(RATES).build();
  private static final ImmutableMap<Indicator, Integer> SLOTS = slots();

  private static final int POPULATION = slot(Indicators.RURAL_POPULATION);
  private static final int REGISTERED_HOUSEHOLDS = slot(Indicators.REGISTERED_HOUSEHOLDS);
  private static final int REGISTERED_POOR = slot(Indicators.REGISTERED_POOR);
  private static final int REMAINING_HOUSEHOLDS = slot(Indicators.REMAINING_HOUSEHOLDS);
  private static final int REMAINING_POOR = slot(Indicators.REMAINING_POOR);
  private static final int ELIGIBLE_HOUSEHOLDS = slot(Indicators.EXIT_ELIGIBLE_HOUSEHOLDS);
  private static final int ELIGIBLE_PEOPLE = slot(Indicators.EXIT_ELIGIBLE_PEOPLE);
  private static final int EXITED_HOUSEHOLDS = slot(Indicators.HOUSEHOLDS_EXITED);
  private static final int EXITED_PEOPLE = slot(Indicators.PEOPLE_EXITED);

  private final RegionCode region;
  private final long[] values;
  private final boolean[] known;

  private RegionStats(RegionCode region, long[] values, boolean[] known) {
    this.region = region;
    this.values = values;
    this.known = known;
  }

  private static ImmutableMap<Indicator, Integer> slots() {
    ImmutableMap.Builder<Indicator, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < COUNTS.size(); i++) {
      b.put(COUNTS.get(i), i);
    }
    return b.build();
  }

  private static int slot(Indicator count) {
    return SLOTS.get(count);
  }

  /**
   * Returns the indicators a region's figures are reported for: the counts, then the rates.
   *
   * @return the indicators, not null
   */
  public static ImmutableList<Indicator> indicators() {
    return INDICATORS;
  }

  /**
   * Obtains the figures of a village from its counts, with its recorded exits unknown.
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
    requireNonNull(population, "population");
    if (registeredHouseholds < 0 || registeredPoor < 0 || exitEligibleHouseholds < 0 || exitEligiblePeople < 0
        || exitEligibleHouseholds > registeredHouseholds || exitEligiblePeople > registeredPoor
        || (population.isPresent() && population.getAsLong() < 0)) {
      throw new IllegalArgumentException("region " + village + " counts must be non-negative and exits at most the "
          + "registered: households " + exitEligibleHouseholds + "/" + registeredHouseholds + ", people "
          + exitEligiblePeople + "/" + registeredPoor + ", population " + population);
    }
    long[] v = new long[COUNTS.size()];
    boolean[] k = new boolean[COUNTS.size()];
    Arrays.fill(k, true);
    v[POPULATION] = population.orElse(0);
    k[POPULATION] = population.isPresent();
    v[REGISTERED_HOUSEHOLDS] = registeredHouseholds;
    v[REGISTERED_POOR] = registeredPoor;
    v[ELIGIBLE_HOUSEHOLDS] = exitEligibleHouseholds;
    v[ELIGIBLE_PEOPLE] = exitEligiblePeople;
    v[REMAINING_HOUSEHOLDS] = registeredHouseholds - exitEligibleHouseholds;
    v[REMAINING_POOR] = registeredPoor - exitEligiblePeople;
    k[EXITED_HOUSEHOLDS] = false;
    k[EXITED_PEOPLE] = false;
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
    requireNonNull(parts, "parts");
    long[] v = new long[COUNTS.size()];
    boolean[] k = new boolean[COUNTS.size()];
    Arrays.fill(k, true);
    for (RegionStats p : parts) {
      for (int i = 0; i < v.length; i++) {
        v[i] = Math.addExact(v[i], p.values[i]);
        k[i] &= p.known[i];
      }
    }
    for (int i = 0; i < v.length; i++) {
      v[i] = k[i] ? v[i] : 0;   // an unknown count is held as 0, as of() holds it
    }
    return new RegionStats(region, v, k);
  }

  /**
   * Returns a copy with the recorded exits (脱贫) known: the households whose exit status is
   * exited, and their people.
   *
   * @param households  the households recorded as exited, at most the registered
   * @param people  the people of those households, at most the registered
   * @return the figures with those exits, not null
   * @throws IllegalArgumentException if a count is negative or exceeds the registered
   */
  public RegionStats withExited(long households, long people) {
    if (households < 0 || people < 0 || households > values[REGISTERED_HOUSEHOLDS]
        || people > values[REGISTERED_POOR]) {
      throw new IllegalArgumentException("region " + region + " exits must be non-negative and at most the "
          + "registered: households " + households + "/" + values[REGISTERED_HOUSEHOLDS] + ", people " + people
          + "/" + values[REGISTERED_POOR]);
    }
    long[] v = values.clone();
    boolean[] k = known.clone();
    v[EXITED_HOUSEHOLDS] = households;
    v[EXITED_PEOPLE] = people;
    k[EXITED_HOUSEHOLDS] = true;
    k[EXITED_PEOPLE] = true;
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
   * @param indicator  one of the summed {@link #indicators()}, not null
   * @return the count, or empty if not known for the whole region
   * @throws IllegalArgumentException if the indicator is a rate or not reported by a roll-up
   */
  public OptionalLong count(Indicator indicator) {
    requireNonNull(indicator, "indicator");
    Integer slot = SLOTS.get(indicator);
    if (slot == null) {
      throw new IllegalArgumentException(indicator.aggregation() == Aggregation.RATE
          ? indicator + " is a rate, not a count"
          : "a roll-up does not count " + indicator + "; it counts " + keys(COUNTS));
    }
    return known[slot] ? OptionalLong.of(values[slot]) : OptionalLong.empty();
  }

  /**
   * Returns a rate, recomputed from its summed numerator and denominator.
   *
   * @param indicator  one of the rates of {@link #indicators()}, not null
   * @return the rate, or empty if a part is unknown or the denominator is zero
   * @throws IllegalArgumentException if the indicator is a count or not reported by a roll-up
   */
  public Optional<Ratio> rate(Indicator indicator) {
    requireNonNull(indicator, "indicator");
    if (!RATES.contains(indicator)) {
      throw new IllegalArgumentException(indicator.aggregation() == Aggregation.RATE
          ? "a roll-up does not report the rate " + indicator + "; it reports " + keys(RATES)
          : indicator + " is a count, not a rate");
    }
    OptionalLong num = count(indicator.numerator().orElseThrow());
    OptionalLong den = count(indicator.denominator().orElseThrow());
    if (num.isEmpty() || den.isEmpty() || den.getAsLong() == 0) {
      return Optional.empty();
    }
    return Optional.of(Ratio.of(num.getAsLong(), den.getAsLong()));
  }

  private static String keys(ImmutableList<Indicator> indicators) {
    return indicators.stream().map(Indicator::key).collect(Collectors.joining(", "));
  }

  /**
   * Returns the rural population.
   *
   * @return the population, or empty if not known for the whole region
   */
  public OptionalLong population() {
    return count(Indicators.RURAL_POPULATION);
  }

  /**
   * Returns the registered poor people.
   *
   * @return the count
   */
  public long registeredPoor() {
    return values[REGISTERED_POOR];
  }

  /**
   * Returns the registered poor households.
   *
   * @return the count
   */
  public long registeredHouseholds() {
    return values[REGISTERED_HOUSEHOLDS];
  }

  /**
   * Returns the people of households not eligible to exit.
   *
   * @return the count
   */
  public long remainingPoor() {
    return values[REMAINING_POOR];
  }

  /**
   * Returns the people of households eligible to exit.
   *
   * @return the count
   */
  public long exitEligiblePeople() {
    return values[ELIGIBLE_PEOPLE];
  }

  /**
   * Returns poverty incidence (贫困发生率): remaining poor people ÷ rural population.
   *
   * @return the incidence, or empty if the population is unknown or zero
   */
  public Optional<Ratio> incidence() {
    return rate(Indicators.INCIDENCE);
  }

  /**
   * Returns the figures as plan observations of this region at a date, one per known count,
   * each in its indicator's unit, so that a plan's targets can be tracked straight from a
   * registry's roll-up.
   *
   * <p>A plan's {@link Indicators#PEOPLE_EXITED} and {@link Indicators#HOUSEHOLDS_EXITED} are
   * answered by the recorded exits, never by the exit-eligible, and only when the exits are
   * known. Like every observation of a summed indicator they are cumulative: all households on
   * the register recorded as exited at the date, whatever the year they exited; a target for
   * the exits within a plan's period states the earlier exits as its baseline. Unknown counts
   * give no observation. Rates are not observed: a plan's {@link Indicators#INCIDENCE} is
   * recomputed by the tracker from the observed {@link Indicators#REMAINING_POOR} and
   * {@link Indicators#RURAL_POPULATION}, as here.
   *
   * @param date  the date the figures describe, such as the registry snapshot's date, not null
   * @return the observations, in the order of {@link #indicators()}, not null
   */
  public ImmutableList<Observation> toObservations(LocalDate date) {
    requireNonNull(date, "date");
    Scope scope = Scope.of(region);
    ImmutableList.Builder<Observation> b = ImmutableList.builder();
    for (int i = 0; i < COUNTS.size(); i++) {
      if (known[i]) {
        Indicator indicator = COUNTS.get(i);
        b.add(Observation.of(indicator, scope, date, Quantity.of(values[i], indicator.unit())));
      }
    }
    return b.build();
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

  /**
   * Returns the region and its figures by key, {@code ?} for an unknown one.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(region.toString()).append('{');
    for (int i = 0; i < COUNTS.size(); i++) {
      b.append(COUNTS.get(i).key()).append('=').append(known[i] ? Long.toString(values[i]) : "?").append(", ");
    }
    return b.append(Indicators.INCIDENCE.key()).append('=')
        .append(incidence().map(Ratio::toPercentString).orElse("?")).append('}').toString();
  }

  // JSON binding (see JsonBinding): read back through of() and withExited(), so their checks
  // run on JSON input too.

  @JsonCreator
  private static RegionStats ofJson(
      @JsonProperty("region") RegionCode region,
      @JsonProperty("population") @Nullable Long population,
      @JsonProperty("registeredHouseholds") long registeredHouseholds,
      @JsonProperty("registeredPoor") long registeredPoor,
      @JsonProperty("exitEligibleHouseholds") long exitEligibleHouseholds,
      @JsonProperty("exitEligiblePeople") long exitEligiblePeople,
      @JsonProperty("householdsExited") @Nullable Long householdsExited,
      @JsonProperty("peopleExited") @Nullable Long peopleExited) {
    RegionStats s = of(region, population == null ? OptionalLong.empty() : OptionalLong.of(population),
        registeredHouseholds, registeredPoor, exitEligibleHouseholds, exitEligiblePeople);
    if ((householdsExited == null) != (peopleExited == null)) {
      throw new IllegalArgumentException("region " + region + " needs both exited counts or neither");
    }
    return householdsExited == null ? s : s.withExited(householdsExited, peopleExited);
  }

  @JsonProperty("region")
  private RegionCode regionJson() {
    return region;
  }

  @JsonProperty("population")
  private @Nullable Long populationJson() {
    return known[POPULATION] ? values[POPULATION] : null;
  }

  @JsonProperty("registeredHouseholds")
  private @Nullable Long registeredHouseholdsJson() {
    return known[REGISTERED_HOUSEHOLDS] ? values[REGISTERED_HOUSEHOLDS] : null;
  }

  @JsonProperty("registeredPoor")
  private @Nullable Long registeredPoorJson() {
    return known[REGISTERED_POOR] ? values[REGISTERED_POOR] : null;
  }

  @JsonProperty("exitEligibleHouseholds")
  private @Nullable Long exitEligibleHouseholdsJson() {
    return known[ELIGIBLE_HOUSEHOLDS] ? values[ELIGIBLE_HOUSEHOLDS] : null;
  }

  @JsonProperty("exitEligiblePeople")
  private @Nullable Long exitEligiblePeopleJson() {
    return known[ELIGIBLE_PEOPLE] ? values[ELIGIBLE_PEOPLE] : null;
  }

  @JsonProperty("householdsExited")
  private @Nullable Long householdsExitedJson() {
    return known[EXITED_HOUSEHOLDS] ? values[EXITED_HOUSEHOLDS] : null;
  }

  @JsonProperty("peopleExited")
  private @Nullable Long peopleExitedJson() {
    return known[EXITED_PEOPLE] ? values[EXITED_PEOPLE] : null;
  }
}
