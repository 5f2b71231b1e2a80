package org.tuopin.standard;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.function.IntFunction;
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

/**
 * A standard set: the criteria a jurisdiction applies to decide whether a household (and,
 * later, a village or a county) may exit poverty, for the years it is in force.
 *
 * <p>Built-in sets are found by id through {@link StandardSets#of(String)}:
 * {@code StandardSets.of("cn.national").assess(household)}. A jurisdiction writes its own
 * with a {@link StandardSetBuilder} (or by deriving a built-in set with {@link #derive}) and
 * publishes it through a {@link StandardSetProvider}.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface StandardSet {

  /**
   * Returns a builder for a new standard set.
   *
   * @param id  the set's id, such as {@code cn.example.2018}, not null
   * @return the builder, not null
   * @throws IllegalArgumentException if the id is malformed
   */
  static StandardSetBuilder builder(String id) {
    return StandardSetBuilder.create(id);
  }

  /**
   * Returns the id by which the set is found.
   *
   * @return the id, not null
   */
  StandardSetId id();

  /**
   * Returns the set's name, such as 国家农村贫困标准 / national rural poverty standard.
   *
   * @return the name, not null
   */
  Text name();

  /**
   * Returns the income years the set can assess.
   *
   * @return the years, not null
   */
  YearRange effectiveYears();

  /**
   * Returns the income line the set compares per-capita income with, if it has one.
   *
   * @return the line
   */
  Optional<IncomeLine> incomeLine();

  /**
   * Returns the criteria a household must meet for exit, for income of a year.
   *
   * @param incomeYear  the year the income was earned
   * @return the criteria, in order of report, not null
   * @throws IllegalArgumentException if the year is outside the set's effective years
   */
  ImmutableList<Criterion<Household>> householdCriteria(int incomeYear);

  /**
   * Checks that the set covers an income year.
   *
   * @param incomeYear  the year the income was earned
   * @throws IllegalArgumentException naming the year, the set and its years if not covered
   */
  default void checkYear(int incomeYear) {
    if (!effectiveYears().contains(incomeYear)) {
      throw new IllegalArgumentException("income year " + incomeYear + " is outside the effective years of "
          + id() + " (" + effectiveYears() + ")");
    }
  }

  /**
   * Returns the thresholds of the set's criteria, each with its comparison and source.
   *
   * @return the thresholds by key, possibly empty, not null
   */
  default ImmutableMap<String, Threshold> thresholds() {
    return ImmutableMap.of();
  }

  /**
   * Returns the observation rule, if the set has one: exit only after meeting the other
   * criteria for a number of consecutive years.
   *
   * @return the rule, or empty if one year suffices
   */
  default Optional<ObservationRule> observationRule() {
    return Optional.empty();
  }

  /**
   * Assesses a household for exit on its own record: every household criterion of its
   * income year, each with its finding. Under an observation rule, one year alone cannot
   * satisfy it: the {@code observation} criterion is then not met (or unknown, when the
   * year itself cannot be decided); see {@link #assess(Household, RegistryHistory)}.
   *
   * @param household  the household, not null
   * @return the assessment, naming the income year, not null
   * @throws IllegalArgumentException if the income year is outside the set's effective years
   */
  default Assessment<HouseholdId> assess(Household household) {
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
   * @return the assessment, naming the income year, not null
   * @throws IllegalArgumentException if the income year is outside the set's effective years
   */
  default Assessment<HouseholdId> assess(Household household, RegistryHistory history) {
    int year = household.income().year();
    ImmutableList<Finding> findings = findings(household);
    Optional<ObservationRule> rule = observationRule();
    if (rule.isEmpty()) {
      return Assessment.of(household.id(), id(), OptionalInt.of(year), findings);
    }
    Tristate now = findings.stream().map(Finding::status).reduce(Tristate.MET, Tristate::and);
    Finding observation;
    if (now == Tristate.UNKNOWN) {
      observation = rule.get().undecided();
    } else {
      int run = 0;
      if (now == Tristate.MET) {
        run = 1;
        Map<Integer, Household> earlier = new HashMap<>();
        for (Registry snapshot : history.snapshots()) {
          snapshot.household(household.id()).ifPresent(h -> earlier.putIfAbsent(h.income().year(), h));
        }
        for (int y = year - 1; y >= effectiveYears().first(); y--) {
          Household h = earlier.get(y);
          if (h == null || findings(h).stream().anyMatch(f -> !f.isMet())) {
            break;
          }
          run++;
        }
      }
      observation = rule.get().finding(run, OptionalInt.of(year));
    }
    return Assessment.of(household.id(), id(), OptionalInt.of(year),
        ImmutableList.<Finding>builder().addAll(findings).add(observation).build());
  }

  private ImmutableList<Finding> findings(Household household) {
    return householdCriteria(household.income().year()).stream()
        .map(c -> c.test(household))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the criteria a village must meet to exit (贫困村出列). A set without village
   * criteria returns an empty list.
   *
   * @return the criteria, in order of report, not null
   */
  default ImmutableList<Criterion<VillageProfile>> villageCriteria() {
    return ImmutableList.of();
  }

  /**
   * Returns the criteria a county must meet to exit (贫困县摘帽). A set without county
   * criteria returns an empty list.
   *
   * @return the criteria, in order of report, not null
   */
  default ImmutableList<Criterion<CountyProfile>> countyCriteria() {
    return ImmutableList.of();
  }

  /**
   * Assesses a village for exit on one year's figures. Under an observation rule, one year
   * alone cannot satisfy it; see {@link #assessVillage(SortedMap)}.
   *
   * @param village  the village's record and rolled-up figures, not null
   * @return the assessment, not null
   * @throws UnsupportedOperationException if the set has no village criteria
   */
  default Assessment<RegionCode> assessVillage(VillageProfile village) {
    return villageAssessment(village, OptionalInt.empty(), y -> Optional.empty());
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
  default Assessment<RegionCode> assessVillage(SortedMap<Integer, VillageProfile> byYear) {
    if (byYear.isEmpty()) {
      throw new IllegalArgumentException("a village assessment needs at least one year's profile");
    }
    int year = byYear.lastKey();
    VillageProfile village = byYear.get(year);
    if (byYear.values().stream().anyMatch(v -> !v.code().equals(village.code()))) {
      throw new IllegalArgumentException("the profiles by year must all be of village " + village.code());
    }
    return villageAssessment(village, OptionalInt.of(year), y -> Optional.ofNullable(byYear.get(y)));
  }

  private Assessment<RegionCode> villageAssessment(VillageProfile village, OptionalInt year,
      IntFunction<Optional<VillageProfile>> earlier) {
    ImmutableList<Criterion<VillageProfile>> criteria = villageCriteria();
    if (criteria.isEmpty()) {
      throw new UnsupportedOperationException("standard set " + id() + " has no village criteria");
    }
    ImmutableList<Finding> findings = criteria.stream().map(c -> c.test(village))
        .collect(ImmutableList.toImmutableList());
    Optional<ObservationRule> rule = observationRule();
    if (rule.isEmpty()) {
      return Assessment.of(village.code(), id(), year, findings);
    }
    Tristate now = findings.stream().map(Finding::status).reduce(Tristate.MET, Tristate::and);
    Finding observation;
    if (now == Tristate.UNKNOWN) {
      observation = rule.get().undecided();
    } else {
      int run = 0;
      if (now == Tristate.MET) {
        run = 1;
        for (int y = year.orElse(0) - 1; year.isPresent(); y--) {
          Optional<VillageProfile> before = earlier.apply(y);
          if (before.isEmpty() || criteria.stream().anyMatch(c -> !c.test(before.get()).isMet())) {
            break;
          }
          run++;
        }
      }
      observation = rule.get().finding(run, year);
    }
    return Assessment.of(village.code(), id(), year,
        ImmutableList.<Finding>builder().addAll(findings).add(observation).build());
  }


  /**
   * Assesses a county for exit.
   *
   * @param county  the county's figures and sample survey, not null
   * @return the assessment, not null
   * @throws UnsupportedOperationException if the set has no county criteria
   */
  default Assessment<RegionCode> assessCounty(CountyProfile county) {
    ImmutableList<Criterion<CountyProfile>> criteria = countyCriteria();
    if (criteria.isEmpty()) {
      throw new UnsupportedOperationException("standard set " + id() + " has no county criteria");
    }
    ImmutableList<Finding> findings = criteria.stream().map(c -> c.test(county))
        .collect(ImmutableList.toImmutableList());
    return Assessment.of(county.code(), id(), OptionalInt.empty(), findings);
  }

  /**
   * Returns a builder for a new set derived from this one: the same criteria, figures and
   * rules under a new id, to change one line or add one condition. Sets built with
   * {@link StandardSetBuilder} (every built-in set) support it.
   *
   * @param newId  the id of the derived set, not null
   * @return a builder holding this set's definition, not null
   * @throws UnsupportedOperationException if this set was not built with a {@link StandardSetBuilder}
   */
  default StandardSetBuilder derive(String newId) {
    throw new UnsupportedOperationException("standard set " + id() + " was not built with StandardSetBuilder and "
        + "cannot be derived from; write a StandardSet of your own instead");
  }
}
