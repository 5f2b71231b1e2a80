package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Text;
import org.tuopin.basics.YearRange;
import org.tuopin.basics.Yuan;
import org.tuopin.region.Zone;
import org.tuopin.registry.Condition;
import org.tuopin.registry.Household;
import org.tuopin.village.CountyProfile;
import org.tuopin.village.Facility;
import org.tuopin.village.VillageProfile;

/**
 * Builds a {@link StandardSet} from its parts: an income line with its comparison, the
 * household conditions (each for all years or a range of income years), village and county
 * criteria, an observation rule, and the thresholds with their sources.
 *
 * <p>Every built-in set is built this way, so any of them can be the start of a variant:
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
 * Adding a criterion whose id is already present replaces it in place. This class is
 * mutable and not thread-safe; the sets it builds are immutable.
 */
public final class StandardSetBuilder {

  private StandardSetId id;
  private Text name;
  private YearRange years;
  private IncomeLine line;
  private Comparison incomeComparison;
  private final Map<CriterionId, Scoped> household = new LinkedHashMap<>();
  private final Map<CriterionId, Criterion<VillageProfile>> village = new LinkedHashMap<>();
  private final Map<CriterionId, Criterion<CountyProfile>> county = new LinkedHashMap<>();
  private ObservationRule observation;
  private final Map<String, Threshold> thresholds = new LinkedHashMap<>();

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

  static StandardSetBuilder copyOf(DefinedStandardSet set, StandardSetId newId) {
    StandardSetBuilder b = new StandardSetBuilder(newId);
    b.name = set.name();
    b.years = set.effectiveYears();
    b.line = set.line;
    b.incomeComparison = set.incomeComparison;
    set.household.stream().skip(set.line == null ? 0 : 1).forEach(s -> b.household.put(s.criterion().id(), s));
    set.villageCriteria().forEach(c -> b.village.put(c.id(), c));
    set.countyCriteria().forEach(c -> b.county.put(c.id(), c));
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
    return this;
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
   * Removes a household criterion (or the income line, for id {@code income}).
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
    } else if (household.remove(cid) == null) {
      throw new IllegalArgumentException("no household criterion '" + criterion + "' to remove; the set has "
          + household.keySet());
    }
    return this;
  }

  /**
   * Adds the village incidence criterion with one threshold for every zone.
   *
   * @param comparison  how incidence is compared ({@code BELOW} for 低于), not null
   * @param threshold  the threshold, not null
   * @return this builder, not null
   */
  public StandardSetBuilder villageIncidence(Comparison comparison, Ratio threshold) {
    Map<Zone, Ratio> all = new EnumMap<>(Zone.class);
    for (Zone z : Zone.values()) {
      all.put(z, requireNonNull(threshold, "threshold"));
    }
    return villageIncidence(comparison, all);
  }

  /**
   * Adds the village incidence criterion with a threshold per zone.
   *
   * @param comparison  how incidence is compared, not null
   * @param thresholds  the threshold of every zone, not null
   * @return this builder, not null
   */
  public StandardSetBuilder villageIncidence(Comparison comparison, Map<Zone, Ratio> thresholds) {
    return villageCriterion(RegionCriteria.villageIncidence(comparison, thresholds));
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
   * Adds the village collective income criterion.
   *
   * @param comparison  how income is compared, not null
   * @param threshold  the threshold, not null
   * @return this builder, not null
   */
  public StandardSetBuilder villageCollectiveIncome(Comparison comparison, Yuan threshold) {
    return villageCriterion(RegionCriteria.villageCollectiveIncome(comparison, threshold));
  }

  /**
   * Adds the village per-capita disposable income criterion.
   *
   * @param comparison  how income is compared, not null
   * @param threshold  the threshold, not null
   * @return this builder, not null
   */
  public StandardSetBuilder villageDisposableIncome(Comparison comparison, Yuan threshold) {
    return villageCriterion(RegionCriteria.villageDisposableIncome(comparison, threshold));
  }

  /**
   * Adds a village criterion.
   *
   * @param criterion  the criterion, not null
   * @return this builder, not null
   */
  public StandardSetBuilder villageCriterion(Criterion<VillageProfile> criterion) {
    village.put(criterion.id(), criterion);
    return this;
  }

  /**
   * Adds a county criterion.
   *
   * @param criterion  the criterion, not null
   * @return this builder, not null
   */
  public StandardSetBuilder countyCriterion(Criterion<CountyProfile> criterion) {
    county.put(criterion.id(), criterion);
    return this;
  }

  /**
   * Sets the observation rule: exit after meeting the standard for consecutive years.
   *
   * @param consecutiveYears  the years required, at least 2
   * @return this builder, not null
   */
  public StandardSetBuilder observation(int consecutiveYears) {
    this.observation = new ObservationRule(consecutiveYears);
    return this;
  }

  /**
   * Records the thresholds the set's criteria use, each with its comparison and source, so
   * that readers can tell where every figure came from.
   *
   * @param figures  the thresholds, not null
   * @return this builder, not null
   */
  public StandardSetBuilder thresholds(Map<String, Threshold> figures) {
    thresholds.putAll(figures);
    return this;
  }

  /**
   * Builds the set.
   *
   * @return the set, immutable, not null
   * @throws IllegalStateException if the name or years are missing, the set has no household
   *     criterion, or the income line lacks a figure for an effective year
   */
  public StandardSet build() {
    if (name == null || years == null) {
      throw new IllegalStateException("standard set " + id + " needs a name and effective years");
    }
    if (line == null && household.isEmpty()) {
      throw new IllegalStateException("standard set " + id + " needs at least one household criterion");
    }
    if (line != null) {
      for (int y = years.first(); y <= years.last(); y++) {
        if (line.find(y).isEmpty()) {
          throw new IllegalStateException("standard set " + id + ": the " + line.name().en()
              + " has no figure for " + y + ", within the set's years " + years);
        }
      }
    }
    return new DefinedStandardSet(this);
  }

  /** A household criterion and the income years it applies to (all when empty). */
  record Scoped(Criterion<Household> criterion, Optional<YearRange> incomeYears) {
    boolean appliesTo(int year) {
      return incomeYears.map(y -> y.contains(year)).orElse(true);
    }
  }

  /** The set a builder makes. */
  static final class DefinedStandardSet implements StandardSet {
    private final StandardSetId id;
    private final Text name;
    private final YearRange years;
    final IncomeLine line;
    final Comparison incomeComparison;
    final ImmutableList<Scoped> household;
    private final ImmutableList<Criterion<VillageProfile>> village;
    private final ImmutableList<Criterion<CountyProfile>> county;
    private final Optional<ObservationRule> observation;
    private final ImmutableMap<String, Threshold> thresholds;

    DefinedStandardSet(StandardSetBuilder b) {
      this.id = b.id;
      this.name = b.name;
      this.years = b.years;
      this.line = b.line;
      this.incomeComparison = b.incomeComparison;
      List<Scoped> all = new ArrayList<>();
      if (line != null) {
        all.add(new Scoped(HouseholdCriteria.income(line, incomeComparison), Optional.empty()));
      }
      all.addAll(b.household.values());
      this.household = ImmutableList.copyOf(all);
      this.village = ImmutableList.copyOf(b.village.values());
      this.county = ImmutableList.copyOf(b.county.values());
      this.observation = Optional.ofNullable(b.observation);
      this.thresholds = ImmutableMap.copyOf(b.thresholds);
    }

    @Override
    public StandardSetId id() {
      return id;
    }

    @Override
    public Text name() {
      return name;
    }

    @Override
    public YearRange effectiveYears() {
      return years;
    }

    @Override
    public Optional<IncomeLine> incomeLine() {
      return Optional.ofNullable(line);
    }

    @Override
    public ImmutableList<Criterion<Household>> householdCriteria(int incomeYear) {
      checkYear(incomeYear);
      return household.stream().filter(s -> s.appliesTo(incomeYear)).map(Scoped::criterion)
          .collect(ImmutableList.toImmutableList());
    }

    @Override
    public ImmutableList<Criterion<VillageProfile>> villageCriteria() {
      return village;
    }

    @Override
    public ImmutableList<Criterion<CountyProfile>> countyCriteria() {
      return county;
    }

    @Override
    public Optional<ObservationRule> observationRule() {
      return observation;
    }

    @Override
    public ImmutableMap<String, Threshold> thresholds() {
      return thresholds;
    }

    @Override
    public StandardSetBuilder derive(String newId) {
      return copyOf(this, StandardSetId.of(newId));
    }

    @Override
    public String toString() {
      return id.toString();
    }
  }
}
