package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Text;
import org.tuopin.basics.YearRange;
import org.tuopin.region.Zone;
import org.tuopin.registry.Condition;
import org.tuopin.registry.Household;
import org.tuopin.village.CountyProfile;
import org.tuopin.village.Facility;
import org.tuopin.village.VillageProfile;

/**
 * Builds a {@link StandardSet} from its parts: an income line with its comparison, the
 * household conditions (each for all years or a range of income years), village and county
 * criteria, and the thresholds with their sources, from which the builder makes the
 * criteria of every known {@link ThresholdKey} and the observation rule.
 *
 * <p>Any set can be the start of a variant:
 * <pre>
 * StandardSet mine = StandardSets.of("cn.national").derive("cn.example.variant")
 *     .name("某县标准", "a county's standard")
 *     .incomeLine(IncomeLine.constant(Text.of("县定标准", "county line"), Yuan.of(4000),
 *         YearRange.of(2016, 2020), Provenance.of("county decision", true)), Comparison.AT_LEAST)
 *     .householdCondition(Conditions.ELECTRICITY)
 *     .build();
 * </pre>
 *
 * <p>Criteria keep the order in which they were added; the income criterion comes first.
 * Adding a criterion whose id is already present replaces it in place; so does a threshold
 * whose key is already present. The thresholds of one measure by zone
 * ({@code village_incidence_east}, …) make one criterion, placed where the first was added;
 * a threshold without a zone applies to the zones that have none of their own. This class
 * is mutable and not thread-safe; the sets it builds are immutable.
 */
public final class StandardSetBuilder {

  private final StandardSetId id;
  private Text name;
  private YearRange years;
  private IncomeLine line;
  private Comparison incomeComparison;
  private final Map<CriterionId, Scoped> household = new LinkedHashMap<>();
  private final Map<CriterionId, Spec<VillageProfile>> village = new LinkedHashMap<>();
  private final Map<CriterionId, Spec<CountyProfile>> county = new LinkedHashMap<>();
  private ObservationRule observation;
  private final Map<ThresholdKey, Threshold> thresholds = new LinkedHashMap<>();

  private StandardSetBuilder(StandardSetId id) {
    this.id = id;
  }

  /**
   * Returns a builder for a new set.
   *
   * @param id  the set's id, such as {@code cn.example.2018}, not null
   * @return the builder, not null
   * @throws IllegalArgumentException if the id is malformed
   */
  public static StandardSetBuilder create(String id) {
    return new StandardSetBuilder(StandardSetId.of(id));
  }

  static StandardSetBuilder copyOf(StandardSet set, StandardSetId newId) {
    StandardSetBuilder b = new StandardSetBuilder(newId);
    b.name = set.name();
    b.years = set.effectiveYears();
    b.line = set.incomeLine().orElse(null);
    b.incomeComparison = set.incomeComparison().orElse(null);
    b.household.putAll(set.householdSpecs());
    b.village.putAll(set.villageSpecs());
    b.county.putAll(set.countySpecs());
    b.observation = set.observationRule().orElse(null);
    b.thresholds.putAll(set.thresholds());
    return b;
  }

  /**
   * Sets the name.
   *
   * @param zh  the Chinese name, not null
   * @param en  the English name, not null
   * @return this builder, not null
   */
  public StandardSetBuilder name(String zh, String en) {
    this.name = Text.of(zh, en);
    return this;
  }

  /**
   * Sets the income years the set is in force for; others are refused with an error.
   *
   * @param first  the first income year
   * @param last  the last income year
   * @return this builder, not null
   */
  public StandardSetBuilder years(int first, int last) {
    this.years = YearRange.of(first, last);
    return this;
  }

  /**
   * Sets the income line and how per-capita net income is compared with it (超过 is
   * {@code ABOVE}, 达到 is {@code AT_LEAST}).
   *
   * @param line  the line, with a figure for every effective year, not null
   * @param comparison  the comparison, not null
   * @return this builder, not null
   */
  public StandardSetBuilder incomeLine(IncomeLine line, Comparison comparison) {
    this.line = requireNonNull(line, "line");
    this.incomeComparison = requireNonNull(comparison, "comparison");
    thresholds.remove(ThresholdKey.HOUSEHOLD_INCOME);
    return this;
  }

  /**
   * Sets the income line, compared as a {@link ThresholdKey#HOUSEHOLD_INCOME} threshold says,
   * and records the threshold with its source.
   *
   * @param line  the line, with a figure for every effective year, not null
   * @param threshold  the household income threshold, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the threshold's key is not {@code household_income}
   */
  public StandardSetBuilder incomeLine(IncomeLine line, Threshold threshold) {
    if (!threshold.key().equals(ThresholdKey.HOUSEHOLD_INCOME)) {
      throw new IllegalArgumentException("the income line is compared as the " + ThresholdKey.HOUSEHOLD_INCOME
          + " threshold says, not " + threshold.key());
    }
    this.line = requireNonNull(line, "line");
    return threshold(threshold);
  }

  /**
   * Adds a household condition that must be met in every effective year.
   *
   * @param condition  the condition, not null
   * @return this builder, not null
   */
  public StandardSetBuilder householdCondition(Condition condition) {
    return householdCriterion(HouseholdCriteria.condition(condition));
  }

  /**
   * Adds a household condition that must be met for income of some years only, such as
   * safe drinking water from 2019.
   *
   * @param condition  the condition, not null
   * @param incomeYears  the income years it applies to, not null
   * @return this builder, not null
   */
  public StandardSetBuilder householdCondition(Condition condition, YearRange incomeYears) {
    return householdCriterion(HouseholdCriteria.condition(condition), incomeYears);
  }

  /**
   * Adds a household criterion for every effective year.
   *
   * @param criterion  the criterion, not null
   * @return this builder, not null
   */
  public StandardSetBuilder householdCriterion(Criterion<Household> criterion) {
    household.put(criterion.id(), new Scoped(criterion, Optional.empty()));
    return this;
  }

  /**
   * Adds a household criterion for some income years only.
   *
   * @param criterion  the criterion, not null
   * @param incomeYears  the income years it applies to, not null
   * @return this builder, not null
   */
  public StandardSetBuilder householdCriterion(Criterion<Household> criterion, YearRange incomeYears) {
    household.put(criterion.id(), new Scoped(criterion, Optional.of(requireNonNull(incomeYears, "incomeYears"))));
    return this;
  }

  /**
   * Removes a household criterion (or the income line and its threshold, for id
   * {@code income}).
   *
   * @param criterion  the criterion's id, such as {@code housing}, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if the set has no such criterion
   */
  public StandardSetBuilder withoutHouseholdCriterion(String criterion) {
    CriterionId cid = CriterionId.of(criterion);
    if (cid.equals(CriterionId.INCOME) && line != null) {
      line = null;
      incomeComparison = null;
      thresholds.remove(ThresholdKey.HOUSEHOLD_INCOME);
    } else if (household.remove(cid) == null) {
      throw new IllegalArgumentException("no household criterion '" + criterion + "' to remove; the set has "
          + household.keySet());
    }
    return this;
  }

  /**
   * Adds a threshold with its source, and the criterion or rule its key defines:
   * {@code household_income} sets the income line's comparison (the line itself comes from
   * {@link #incomeLine}); {@code village_incidence}, {@code village_collective_income},
   * {@code village_disposable_income} add village criteria; {@code county_incidence},
   * {@code county_wrong_exit_rate}, {@code county_missed_rate}, {@code county_approval_rate}
   * add county criteria; {@code observation_years} sets the observation rule. A threshold
   * under any other key is recorded for its source only, for a criterion of one's own.
   *
   * @param threshold  the threshold, not null
   * @return this builder, not null
   * @throws IllegalArgumentException if an observation threshold is not a whole number of years
   *     of at least 2
   */
  public StandardSetBuilder threshold(Threshold threshold) {
    ThresholdKey key = threshold.key().allZones();
    if (key.equals(ThresholdKey.HOUSEHOLD_INCOME)) {
      incomeComparison = threshold.comparison();
    } else if (key.equals(ThresholdKey.OBSERVATION_YEARS)) {
      observation = new ObservationRule(threshold.toYears());
    } else if (VILLAGE_CRITERIA.containsKey(key)) {
      village.put(VILLAGE_CRITERIA.get(key), new Spec<>(Optional.empty(), Optional.of(key)));
    } else if (COUNTY_CRITERIA.containsKey(key)) {
      county.put(COUNTY_CRITERIA.get(key), new Spec<>(Optional.empty(), Optional.of(key)));
    }
    thresholds.put(threshold.key(), threshold);
    return this;
  }

  /**
   * Adds thresholds in order, each as {@link #threshold(Threshold)} does.
   *
   * @param thresholds  the thresholds, not null
   * @return this builder, not null
   */
  public StandardSetBuilder thresholds(Iterable<Threshold> thresholds) {
    thresholds.forEach(this::threshold);
    return this;
  }

  /**
   * Adds a village facility or attainment that must be present.
   *
   * @param facility  the facility, not null
   * @return this builder, not null
   */
  public StandardSetBuilder villageFacility(Facility facility) {
    return villageCriterion(RegionCriteria.villageFacility(facility));
  }

  /**
   * Adds a village criterion.
   *
   * @param criterion  the criterion, not null
   * @return this builder, not null
   */
  public StandardSetBuilder villageCriterion(Criterion<VillageProfile> criterion) {
    village.put(criterion.id(), new Spec<>(Optional.of(criterion), Optional.empty()));
    return this;
  }

  /**
   * Adds a county criterion.
   *
   * @param criterion  the criterion, not null
   * @return this builder, not null
   */
  public StandardSetBuilder countyCriterion(Criterion<CountyProfile> criterion) {
    county.put(criterion.id(), new Spec<>(Optional.of(criterion), Optional.empty()));
    return this;
  }

  /**
   * Builds the set.
   *
   * @return the set, immutable, not null
   * @throws IllegalStateException if the name or years are missing, the set has no household
   *     criterion, the income line lacks a figure for an effective year, a household income
   *     threshold has no line, or a threshold by zone misses a zone
   */
  public StandardSet build() {
    if (name == null || years == null) {
      throw new IllegalStateException("standard set " + id + " needs a name and effective years");
    }
    if (line == null && household.isEmpty()) {
      throw new IllegalStateException("standard set " + id + " needs at least one household criterion");
    }
    if (line == null && incomeComparison != null) {
      throw new IllegalStateException("standard set " + id + " has a " + ThresholdKey.HOUSEHOLD_INCOME
          + " threshold but no income line");
    }
    if (line != null) {
      for (int y = years.first(); y <= years.last(); y++) {
        if (line.find(y).isEmpty()) {
          throw new IllegalStateException("standard set " + id + ": the " + line.name().en()
              + " has no figure for " + y + ", within the set's years " + years);
        }
      }
    }
    ImmutableMap<ThresholdKey, Threshold> figures = ImmutableMap.copyOf(thresholds);
    try {
      return new StandardSet(id, name, years, Optional.ofNullable(line), Optional.ofNullable(incomeComparison),
          ImmutableMap.copyOf(household), ImmutableMap.copyOf(village), ImmutableMap.copyOf(county),
          Optional.ofNullable(observation), figures);
    } catch (IllegalArgumentException ex) {
      throw new IllegalStateException("standard set " + id + ": " + ex.getMessage(), ex);
    }
  }

  private static final ImmutableMap<ThresholdKey, CriterionId> VILLAGE_CRITERIA = ImmutableMap.of(
      ThresholdKey.VILLAGE_INCIDENCE, RegionCriteria.INCIDENCE,
      ThresholdKey.VILLAGE_COLLECTIVE_INCOME, RegionCriteria.COLLECTIVE_INCOME,
      ThresholdKey.VILLAGE_DISPOSABLE_INCOME, RegionCriteria.DISPOSABLE_INCOME);
  private static final ImmutableMap<ThresholdKey, CriterionId> COUNTY_CRITERIA = ImmutableMap.of(
      ThresholdKey.COUNTY_INCIDENCE, RegionCriteria.INCIDENCE,
      ThresholdKey.COUNTY_WRONG_EXIT_RATE, RegionCriteria.WRONG_EXIT_RATE,
      ThresholdKey.COUNTY_MISSED_RATE, RegionCriteria.MISSED_RATE,
      ThresholdKey.COUNTY_APPROVAL_RATE, RegionCriteria.APPROVAL_RATE);

  /** A household criterion and the income years it applies to (all when empty). */
  record Scoped(Criterion<Household> criterion, Optional<YearRange> incomeYears) {
    boolean appliesTo(int year) {
      return incomeYears.map(y -> y.contains(year)).orElse(true);
    }
  }

  /**
   * A village or county criterion as added: a criterion, or the key of the thresholds it is
   * made from when the set is built.
   */
  record Spec<T>(Optional<Criterion<T>> criterion, Optional<ThresholdKey> threshold) {

    @SuppressWarnings("unchecked")
    Criterion<T> resolve(Map<ThresholdKey, Threshold> figures) {
      if (criterion.isPresent()) {
        return criterion.get();
      }
      ThresholdKey key = threshold.orElseThrow();
      Object made;
      if (key.equals(ThresholdKey.VILLAGE_INCIDENCE)) {
        made = RegionCriteria.villageIncidence(zoneComparison(key, figures), byZone(key, figures, Threshold::toRatio));
      } else if (key.equals(ThresholdKey.COUNTY_INCIDENCE)) {
        made = RegionCriteria.countyIncidence(zoneComparison(key, figures), byZone(key, figures, Threshold::toRatio));
      } else {
        Threshold t = figures.get(key);
        if (key.equals(ThresholdKey.VILLAGE_COLLECTIVE_INCOME)) {
          made = RegionCriteria.villageCollectiveIncome(t.comparison(), t.toYuan());
        } else if (key.equals(ThresholdKey.VILLAGE_DISPOSABLE_INCOME)) {
          made = RegionCriteria.villageDisposableIncome(t.comparison(), t.toYuan());
        } else if (key.equals(ThresholdKey.COUNTY_WRONG_EXIT_RATE)) {
          made = RegionCriteria.wrongExitRate(t.comparison(), t.toRatio());
        } else if (key.equals(ThresholdKey.COUNTY_MISSED_RATE)) {
          made = RegionCriteria.missedRate(t.comparison(), t.toRatio());
        } else {
          made = RegionCriteria.approvalRate(t.comparison(), t.toRatio());
        }
      }
      return (Criterion<T>) made;
    }

    private static Threshold ofZone(ThresholdKey key, Zone zone, Map<ThresholdKey, Threshold> figures) {
      Threshold t = figures.getOrDefault(key.inZone(zone), figures.get(key));
      if (t == null) {
        throw new IllegalArgumentException("the " + key + " thresholds must cover every zone; missing " + zone.key());
      }
      return t;
    }

    private static Comparison zoneComparison(ThresholdKey key, Map<ThresholdKey, Threshold> figures) {
      Comparison c = ofZone(key, Zone.WEST, figures).comparison();
      for (Zone z : Zone.values()) {
        if (ofZone(key, z, figures).comparison() != c) {
          throw new IllegalArgumentException("the " + key + " thresholds must share one comparison");
        }
      }
      return c;
    }

    private static <V> Map<Zone, V> byZone(ThresholdKey key, Map<ThresholdKey, Threshold> figures,
        Function<Threshold, V> value) {
      Map<Zone, V> map = new EnumMap<>(Zone.class);
      for (Zone z : Zone.values()) {
        map.put(z, value.apply(ofZone(key, z, figures)));
      }
      return map;
    }
  }
}
