package org.tuopin.standard;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.YearRange;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.Registry;
import org.tuopin.registry.RegistryHistory;
import org.tuopin.region.RegionCode;
import org.tuopin.village.CountyProfile;
import org.tuopin.village.VillageProfile;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import org.tuopin.registry.Condition;
import org.tuopin.village.Facilities;
import org.tuopin.village.Facility;

/**
 * A standard set: the criteria a jurisdiction applies to decide whether a household, a
 * village or a county may exit poverty, for the years it is in force, with the thresholds
 * of its criteria and their sources.
 *
 * <p>Built-in sets are found by id through {@link StandardSets#of(String)}:
 * {@code StandardSets.of("cn.national").assess(household)}. A jurisdiction builds its own
 * with {@link #builder(String)} (or by deriving any set with {@link #derive}) and publishes
 * it through a {@link StandardSetProvider}; logic of its own plugs in as a {@link Criterion}.
 *
 * <p>JSON: a set is data, written as its id, name, years, income line, the conditions and
 * facilities it tests, and its thresholds with their provenance, and read back equal through
 * the builder. A set with a criterion of one's own ({@code householdCriterion},
 * {@code villageCriterion}, {@code countyCriterion} with code of the caller's) is code, not
 * data, and cannot be written: the writer fails naming the criterion.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
public final class StandardSet {

  private final StandardSetId id;
  private final Text name;
  private final YearRange years;
  private final Optional<IncomeLine> line;
  private final Optional<Comparison> incomeComparison;
  private final ImmutableMap<CriterionId, StandardSetBuilder.Scoped> householdSpecs;
  private final ImmutableMap<CriterionId, StandardSetBuilder.Spec<VillageProfile>> villageSpecs;
  private final ImmutableMap<CriterionId, StandardSetBuilder.Spec<CountyProfile>> countySpecs;
  private final Optional<ObservationRule> observation;
  private final ImmutableMap<ThresholdKey, Threshold> thresholds;
  private final ImmutableList<StandardSetBuilder.Scoped> household;
  private final ImmutableList<Criterion<VillageProfile>> village;
  private final ImmutableList<Criterion<CountyProfile>> county;

  StandardSet(StandardSetId id, Text name, YearRange years, Optional<IncomeLine> line,
      Optional<Comparison> incomeComparison, ImmutableMap<CriterionId, StandardSetBuilder.Scoped> householdSpecs,
      ImmutableMap<CriterionId, StandardSetBuilder.Spec<VillageProfile>> villageSpecs,
      ImmutableMap<CriterionId, StandardSetBuilder.Spec<CountyProfile>> countySpecs,
      Optional<ObservationRule> observation, ImmutableMap<ThresholdKey, Threshold> thresholds) {
    this.id = id;
    this.name = name;
    this.years = years;
    this.line = line;
    this.incomeComparison = incomeComparison;
    this.householdSpecs = householdSpecs;
    this.villageSpecs = villageSpecs;
    this.countySpecs = countySpecs;
    this.observation = observation;
    this.thresholds = thresholds;
    ImmutableList.Builder<StandardSetBuilder.Scoped> all = ImmutableList.builder();
    line.ifPresent(l -> all.add(new StandardSetBuilder.Scoped(
        HouseholdCriteria.income(l, incomeComparison.orElseThrow()), Optional.empty())));
    this.household = all.addAll(householdSpecs.values()).build();
    this.village = villageSpecs.values().stream().map(s -> s.resolve(thresholds))
        .collect(ImmutableList.toImmutableList());
    this.county = countySpecs.values().stream().map(s -> s.resolve(thresholds))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns a builder for a new standard set.
   *
   * @param id  the set's id, such as {@code cn.example.2018}, not null
   * @return the builder, not null
   * @throws IllegalArgumentException if the id is malformed
   */
  public static StandardSetBuilder builder(String id) {
    return StandardSetBuilder.create(id);
  }

  /**
   * Returns the id by which the set is found.
   *
   * @return the id, not null
   */
  public StandardSetId id() {
    return id;
  }

  /**
   * Returns the set's name, such as 国家农村贫困标准 / national rural poverty standard.
   *
   * @return the name, not null
   */
  public Text name() {
    return name;
  }

  /**
   * Returns the income years the set can assess.
   *
   * @return the years, not null
   */
  public YearRange effectiveYears() {
    return years;
  }

  /**
   * Returns the income line the set compares per-capita income with, if it has one.
   *
   * @return the line
   */
  public Optional<IncomeLine> incomeLine() {
    return line;
  }

  /**
   * Returns how per-capita income is compared with the income line, if the set has one.
   *
   * @return the comparison ({@code ABOVE} for 超过, {@code AT_LEAST} for 达到)
   */
  public Optional<Comparison> incomeComparison() {
    return incomeComparison;
  }

  /**
   * Returns the criteria a household must meet for exit, for income of a year.
   *
   * @param incomeYear  the year the income was earned
   * @return the criteria, in order of report, not null
   * @throws IllegalArgumentException if the year is outside the set's effective years
   */
  public ImmutableList<Criterion<Household>> householdCriteria(int incomeYear) {
    if (!years.contains(incomeYear)) {
      throw new IllegalArgumentException("income year " + incomeYear + " is outside the effective years of "
          + id + " (" + years + ")");
    }
    return household.stream().filter(s -> s.appliesTo(incomeYear)).map(StandardSetBuilder.Scoped::criterion)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the criteria a village must meet to exit (贫困村出列). A set without village
   * criteria returns an empty list.
   *
   * @return the criteria, in order of report, not null
   */
  public ImmutableList<Criterion<VillageProfile>> villageCriteria() {
    return village;
  }

  /**
   * Returns the criteria a county must meet to exit (贫困县摘帽). A set without county
   * criteria returns an empty list.
   *
   * @return the criteria, in order of report, not null
   */
  public ImmutableList<Criterion<CountyProfile>> countyCriteria() {
    return county;
  }

  /**
   * Returns the thresholds of the set's criteria, each with its comparison and source.
   *
   * @return the thresholds by key, possibly empty, not null
   */
  public ImmutableMap<ThresholdKey, Threshold> thresholds() {
    return thresholds;
  }

  /**
   * Returns the observation rule, if the set has one: exit only after meeting the other
   * criteria for a number of consecutive years.
   *
   * @return the rule, or empty if one year suffices
   */
  public Optional<ObservationRule> observationRule() {
    return observation;
  }

  /**
   * Assesses a household for exit on its own record: every household criterion of its
   * income year, each with its finding. Under an observation rule, one year alone cannot
   * satisfy it: the {@code observation} criterion is then not met (or unknown, when the
   * year itself cannot be decided); see {@link #assess(Household, RegistryHistory)}.
   *
   * @param household  the household, not null
   * @return the assessment, naming the income year and keeping the household's summary,
   *     {@link Verdict#NOT_COVERED} if the set's effective years do not include it, not null
   */
  public Assessment<HouseholdId> assess(Household household) {
    return assess(household, RegistryHistory.of(List.of()));
  }

  /**
   * Assesses a household for exit with its earlier records: under an observation rule, the
   * household's records of the preceding income years (found in any snapshot of the history)
   * count towards the consecutive years when they too meet the other criteria; a missing
   * year, or one outside the set's years, breaks the run.
   *
   * @param household  the household, as of the income year assessed, not null
   * @param history  the registry history holding its earlier records, not null
   * @return the assessment, naming the income year and keeping the household's summary,
   *     {@link Verdict#NOT_COVERED} if the set's effective years do not include it, not null
   */
  public Assessment<HouseholdId> assess(Household household, RegistryHistory history) {
    int year = household.income().year();
    if (!years.contains(year)) {
      return Assessment.notCovered(household.id(), id, year).withHousehold(HouseholdSummary.of(household));
    }
    ImmutableList<Finding> findings = findings(household);
    IntFunction<Optional<Household>> earlier = y -> Optional.empty();
    if (observation.isPresent()) {
      Map<Integer, Household> byYear = new HashMap<>();
      for (Registry snapshot : history.snapshots()) {
        snapshot.household(household.id()).ifPresent(h -> byYear.putIfAbsent(h.income().year(), h));
      }
      earlier = y -> Optional.ofNullable(byYear.get(y));
    }
    return assess(household.id(), OptionalInt.of(year), findings, earlier, this::findings, years.first())
        .withHousehold(HouseholdSummary.of(household));
  }

  private ImmutableList<Finding> findings(Household household) {
    return test(householdCriteria(household.income().year()), household);
  }

  /**
   * Assesses a village for exit on one year's figures. Under an observation rule, one year
   * alone cannot satisfy it; see {@link #assessVillage(SortedMap)}.
   *
   * @param village  the village's record and rolled-up figures, not null
   * @return the assessment, not null
   * @throws UnsupportedOperationException if the set has no village criteria
   */
  public Assessment<RegionCode> assessVillage(VillageProfile village) {
    return assessVillage(village, OptionalInt.empty(), y -> Optional.empty());
  }

  /**
   * Assesses a village for exit on its latest year, counting its earlier years towards an
   * observation rule when they too meet the criteria (a missing year breaks the run).
   *
   * @param byYear  the village's profiles by year, the latest assessed, at least one, not null
   * @return the assessment of the latest year, not null
   * @throws UnsupportedOperationException if the set has no village criteria
   * @throws IllegalArgumentException if the map is empty or holds profiles of several villages
   */
  public Assessment<RegionCode> assessVillage(SortedMap<Integer, VillageProfile> byYear) {
    if (byYear.isEmpty()) {
      throw new IllegalArgumentException("a village assessment needs at least one year's profile");
    }
    int year = byYear.lastKey();
    VillageProfile village = byYear.get(year);
    if (byYear.values().stream().anyMatch(v -> !v.code().equals(village.code()))) {
      throw new IllegalArgumentException("the profiles by year must all be of village " + village.code());
    }
    return assessVillage(village, OptionalInt.of(year), y -> Optional.ofNullable(byYear.get(y)));
  }

  private Assessment<RegionCode> assessVillage(VillageProfile village, OptionalInt year,
      IntFunction<Optional<VillageProfile>> earlier) {
    if (this.village.isEmpty()) {
      throw new UnsupportedOperationException("standard set " + id + " has no village criteria");
    }
    return assess(village.code(), year, test(this.village, village), earlier, v -> test(this.village, v),
        Integer.MIN_VALUE);
  }

  /**
   * Assesses a county for exit.
   *
   * @param county  the county's figures and sample survey, not null
   * @return the assessment, not null
   * @throws UnsupportedOperationException if the set has no county criteria
   */
  public Assessment<RegionCode> assessCounty(CountyProfile county) {
    if (this.county.isEmpty()) {
      throw new UnsupportedOperationException("standard set " + id + " has no county criteria");
    }
    return Assessment.of(county.code(), id, OptionalInt.empty(), test(this.county, county));
  }

  private static <T> ImmutableList<Finding> test(List<Criterion<T>> criteria, T subject) {
    return criteria.stream().map(c -> c.test(subject)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Makes the assessment of a subject from its findings of the year assessed, adding the
   * observation rule's finding when the set has one: the run of consecutive years meeting
   * the criteria, counted back from the year assessed through the earlier records until one
   * is missing, fails, or falls before the first year counted.
   */
  private <K, S> Assessment<K> assess(K subject, OptionalInt year, ImmutableList<Finding> findings,
      IntFunction<Optional<S>> earlier, Function<S, ImmutableList<Finding>> findingsOf, int firstYear) {
    if (observation.isEmpty()) {
      return Assessment.of(subject, id, year, findings);
    }
    ObservationRule rule = observation.get();
    Tristate now = findings.stream().map(Finding::status).reduce(Tristate.MET, Tristate::and);
    Finding observed;
    if (now == Tristate.UNKNOWN) {
      observed = rule.undecided();
    } else {
      int run = 0;
      if (now == Tristate.MET) {
        run = 1;
        for (int y = year.orElse(0) - 1; year.isPresent() && y >= firstYear; y--) {
          Optional<S> before = earlier.apply(y);
          if (before.isEmpty() || findingsOf.apply(before.get()).stream().anyMatch(f -> !f.isMet())) {
            break;
          }
          run++;
        }
      }
      observed = rule.finding(run, year);
    }
    return Assessment.of(subject, id, year, ImmutableList.<Finding>builder().addAll(findings).add(observed).build());
  }

  /**
   * Returns a builder for a new set derived from this one: the same criteria, thresholds and
   * rules under a new id, to change one line, one threshold or add one condition.
   *
   * @param newId  the id of the derived set, not null
   * @return a builder holding this set's definition, not null
   * @throws IllegalArgumentException if the id is malformed
   */
  public StandardSetBuilder derive(String newId) {
    return StandardSetBuilder.copyOf(this, StandardSetId.of(newId));
  }

  ImmutableMap<CriterionId, StandardSetBuilder.Scoped> householdSpecs() {
    return householdSpecs;
  }

  ImmutableMap<CriterionId, StandardSetBuilder.Spec<VillageProfile>> villageSpecs() {
    return villageSpecs;
  }

  ImmutableMap<CriterionId, StandardSetBuilder.Spec<CountyProfile>> countySpecs() {
    return countySpecs;
  }

  /**
   * Checks whether another set has the same definition: id, name, years, income line and
   * comparison, criteria, thresholds and observation rule. Criteria of one's own compare as
   * their own {@code equals} does (by identity, for most).
   *
   * @param obj  the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof StandardSet)) {
      return false;
    }
    StandardSet o = (StandardSet) obj;
    return id.equals(o.id) && name.equals(o.name) && years.equals(o.years) && line.equals(o.line)
        && incomeComparison.equals(o.incomeComparison) && householdSpecs.equals(o.householdSpecs)
        && villageSpecs.equals(o.villageSpecs) && countySpecs.equals(o.countySpecs)
        && observation.equals(o.observation) && thresholds.equals(o.thresholds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, years, thresholds);
  }

  @Override
  public String toString() {
    return id.toString();
  }

  // JSON binding (see JsonBinding). Criteria made from data (conditions, facilities, the
  // thresholds' criteria) travel as that data; the village and county criteria keep their
  // order as a list of facilities and threshold keys.

  /** A household condition criterion, as JSON. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record HouseholdJson(@JsonProperty("condition") Condition condition,
      @JsonProperty("incomeYears") @Nullable YearRange incomeYears) {
  }

  /** A village or county criterion: a facility, or the criterion of a threshold's key. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record RegionJson(@JsonProperty("facility") @Nullable Facility facility,
      @JsonProperty("threshold") @Nullable ThresholdKey threshold) {
  }

  private IllegalStateException notData(String kind, CriterionId criterion) {
    return new IllegalStateException("standard set " + id + " cannot be written as JSON: its " + kind
        + " criterion '" + criterion + "' is code of its own, not a condition, facility or threshold");
  }

  @JsonProperty("id")
  private StandardSetId idJson() {
    return id;
  }

  @JsonProperty("name")
  private Text nameJson() {
    return name;
  }

  @JsonProperty("years")
  private YearRange yearsJson() {
    return years;
  }

  @JsonProperty("incomeLine")
  private @Nullable IncomeLine incomeLineJson() {
    return line.orElse(null);
  }

  @JsonProperty("incomeComparison")
  private @Nullable Comparison incomeComparisonJson() {
    return incomeComparison.orElse(null);
  }

  @JsonProperty("household")
  private List<HouseholdJson> householdJson() {
    List<HouseholdJson> out = new ArrayList<>();
    householdSpecs.forEach((cid, scoped) -> out.add(new HouseholdJson(HouseholdCriteria.conditionOf(scoped.criterion())
        .orElseThrow(() -> notData("household", cid)), scoped.incomeYears().orElse(null))));
    return out;
  }

  private <T> List<RegionJson> regionJson(String kind, Map<CriterionId, StandardSetBuilder.Spec<T>> specs,
      Map<CriterionId, Facility> facilities) {
    List<RegionJson> out = new ArrayList<>();
    specs.forEach((cid, spec) -> {
      if (spec.threshold().isPresent()) {
        out.add(new RegionJson(null, spec.threshold().get()));
      } else if (facilities.containsKey(cid)) {
        out.add(new RegionJson(facilities.get(cid), null));
      } else {
        throw notData(kind, cid);
      }
    });
    return out;
  }

  @JsonProperty("village")
  private List<RegionJson> villageJson() {
    Map<CriterionId, Facility> facilities = new HashMap<>();
    villageSpecs.forEach((cid, spec) -> spec.criterion().ifPresent(c -> Facilities.find(cid.toString())
        .filter(f -> c.equals(RegionCriteria.villageFacility(f))).ifPresent(f -> facilities.put(cid, f))));
    return regionJson("village", villageSpecs, facilities);
  }

  @JsonProperty("county")
  private List<RegionJson> countyJson() {
    return regionJson("county", countySpecs, Map.of());
  }

  @JsonProperty("thresholds")
  private List<Threshold> thresholdsJson() {
    return thresholds.values().asList();
  }

  @JsonCreator
  private static StandardSet ofJson(
      @JsonProperty("id") StandardSetId id,
      @JsonProperty("name") Text name,
      @JsonProperty("years") YearRange years,
      @JsonProperty("incomeLine") @Nullable IncomeLine line,
      @JsonProperty("incomeComparison") @Nullable Comparison incomeComparison,
      @JsonProperty("household") @Nullable List<HouseholdJson> household,
      @JsonProperty("village") @Nullable List<RegionJson> village,
      @JsonProperty("county") @Nullable List<RegionJson> county,
      @JsonProperty("thresholds") @Nullable List<Threshold> thresholds) {
    StandardSetBuilder b = builder(id.toString()).name(name.zh(), name.en()).years(years.first(), years.last());
    if (line != null) {
      b.incomeLine(line, Objects.requireNonNull(incomeComparison, "incomeComparison"));
    }
    for (HouseholdJson h : household == null ? List.<HouseholdJson>of() : household) {
      if (h.incomeYears() == null) {
        b.householdCondition(h.condition());
      } else {
        b.householdCondition(h.condition(), h.incomeYears());
      }
    }
    List<Threshold> left = new ArrayList<>(thresholds == null ? List.of() : thresholds);
    List<RegionJson> regions = new ArrayList<>(village == null ? List.of() : village);
    List<RegionJson> counties = county == null ? List.of() : county;
    // The criteria of the region thresholds go in the order written, village then county;
    // then every other threshold.
    for (int i = 0; i < regions.size() + counties.size(); i++) {
      RegionJson r = i < regions.size() ? regions.get(i) : counties.get(i - regions.size());
      if (r.facility() != null) {
        b.villageFacility(r.facility());
      } else if (r.threshold() != null) {
        ThresholdKey key = r.threshold();
        left.stream().filter(t -> t.key().allZones().equals(key)).forEach(b::threshold);
        left.removeIf(t -> t.key().allZones().equals(key));
      }
    }
    b.thresholds(left);
    return b.build();
  }
}
