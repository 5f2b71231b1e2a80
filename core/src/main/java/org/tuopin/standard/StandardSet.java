package org.tuopin.standard;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.tuopin.basics.Text;
import org.tuopin.basics.YearRange;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.region.RegionCode;
import org.tuopin.village.CountyProfile;
import org.tuopin.village.VillageProfile;

/**
 * A standard set: the criteria a jurisdiction applies to decide whether a household (and,
 * later, a village or a county) may exit poverty, for the years it is in force.
 *
 * <p>Built-in sets are found by id through {@link StandardSets#of(String)}:
 * {@code StandardSets.of("cn.national").assess(household)}. A jurisdiction writes its own
 * by implementing this interface and publishing it through a {@link StandardSetProvider}.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface StandardSet {

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
   * Assesses a household for exit: every household criterion of its income year, each with
   * its finding.
   *
   * @param household  the household, not null
   * @return the assessment, naming the income year, not null
   * @throws IllegalArgumentException if the income year is outside the set's effective years
   */
  default Assessment<HouseholdId> assess(Household household) {
    int year = household.income().year();
    ImmutableList<Finding> findings = householdCriteria(year).stream()
        .map(c -> c.test(household))
        .collect(ImmutableList.toImmutableList());
    return Assessment.of(household.id(), id(), OptionalInt.of(year), findings);
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
   * Assesses a village for exit.
   *
   * @param village  the village's record and rolled-up figures, not null
   * @return the assessment, not null
   * @throws UnsupportedOperationException if the set has no village criteria
   */
  default Assessment<RegionCode> assessVillage(VillageProfile village) {
    return assessRegion(village.code(), villageCriteria(), village, "village");
  }

  /**
   * Assesses a county for exit.
   *
   * @param county  the county's figures and sample survey, not null
   * @return the assessment, not null
   * @throws UnsupportedOperationException if the set has no county criteria
   */
  default Assessment<RegionCode> assessCounty(CountyProfile county) {
    return assessRegion(county.code(), countyCriteria(), county, "county");
  }

  private <T> Assessment<RegionCode> assessRegion(RegionCode code, ImmutableList<Criterion<T>> criteria, T subject,
      String what) {
    if (criteria.isEmpty()) {
      throw new UnsupportedOperationException("standard set " + id() + " has no " + what + " criteria");
    }
    ImmutableList<Finding> findings = criteria.stream().map(c -> c.test(subject))
        .collect(ImmutableList.toImmutableList());
    return Assessment.of(code, id(), OptionalInt.empty(), findings);
  }
}
