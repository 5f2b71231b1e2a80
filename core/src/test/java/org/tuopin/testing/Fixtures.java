package org.tuopin.testing;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Text;
import org.tuopin.basics.YearRange;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Condition;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.registry.Member;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.Relation;
import org.tuopin.standard.Criterion;
import org.tuopin.standard.HouseholdCriteria;
import org.tuopin.standard.IncomeLine;
import org.tuopin.standard.Provenance;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSetBuilder;
import org.tuopin.standard.StandardSetId;

/**
 * Typical values for tests, taken from DOMAIN.md: the worked income example, the national
 * line by year, a village of Sichuan, GB 11643's own resident ID, and builders for
 * ordinary households.
 */
public final class Fixtures {

  /** A village code of 蓬溪县 (Sichuan, west): {@code 510921105201}. */
  public static final String VILLAGE_TEXT = "510921105201";
  /** The village as a region code. */
  public static final RegionCode VILLAGE = RegionCode.parse(VILLAGE_TEXT);
  /** GB 11643-1999's example: female, born 1949-12-31, county 110105, check character X. */
  public static final String GB_EXAMPLE_ID = "11010519491231002X";
  /** The year of the worked example's income. */
  public static final int WORKED_EXAMPLE_YEAR = 2015;
  /** The conditions of 两不愁三保障: food, clothing, education, medical care, housing. */
  public static final ImmutableList<Condition> TWO_ASSURANCES_THREE_GUARANTEES = ImmutableList.of(
      Conditions.FOOD, Conditions.CLOTHING, Conditions.EDUCATION, Conditions.MEDICAL, Conditions.HOUSING);

  private static final Object[][] NATIONAL_LINE = {
      {2010, 2300, true, "definition: 2,300 yuan at 2010 prices"},
      {2011, 2536, true, "NBS"},
      {2012, 2625, true, "NBS"},
      {2013, 2736, true, "NBS"},
      {2014, 2800, true, "NBS"},
      {2015, 2855, true, "NBS; seed 004"},
      {2016, 2952, true, "NBS"},
      {2017, 2952, false, "one national data-check script"},
      {2018, 2995, false, "unconfirmed"},
      {2019, 3218, false, "unconfirmed"},
  };

  private Fixtures() {
  }

  /**
   * Returns the worked example of DOMAIN.md §3: 6000 wage + 1180 business + 6000 property
   * + 4205 transfer − 1000 business expense = 16385 net.
   *
   * @param year  the income year
   * @return the statement, not null
   */
  public static IncomeStatement workedExampleIncome(int year) {
    return IncomeStatement.of(year, Yuan.of(6000), Yuan.of(1180), Yuan.of(6000), Yuan.of(4205), Yuan.of(1000));
  }

  /**
   * Returns an income statement with only wage income, so that net income is the amount.
   *
   * @param year  the income year
   * @param net  the net income, not negative, not null
   * @return the statement, not null
   */
  public static IncomeStatement incomeOf(int year, Yuan net) {
    return IncomeStatement.of(year, net, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO);
  }

  /**
   * Returns members {@code m1} … {@code mN}: a householder, then a spouse, then sons and
   * daughters.
   *
   * @param size  the number of members, at least 1
   * @return the members, householder first, not null
   */
  public static List<Member> members(int size) {
    List<Member> members = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      Relation relation = i == 1 ? Relation.HOUSEHOLDER
          : i == 2 ? Relation.SPOUSE : i % 2 == 1 ? Relation.SON : Relation.DAUGHTER;
      members.add(Member.of(PersonId.of("m" + i), relation));
    }
    return members;
  }

  /**
   * Returns a builder of a household in {@link #VILLAGE} with members {@code m1} …
   * {@code mN} and only wage income; no condition recorded.
   *
   * @param id  the household id
   * @param size  the number of members, at least 1
   * @param year  the income year
   * @param net  the net income, not negative
   * @return the builder, not null
   */
  public static Household.Builder householdBuilder(String id, int size, int year, Yuan net) {
    return Household.builder().id(HouseholdId.of(id)).village(VILLAGE).members(members(size))
        .income(incomeOf(year, net));
  }

  /**
   * Returns the worked example household: four members in {@link #VILLAGE}, 2015 income of
   * 16,385 yuan (¥4,096.25 each), 两不愁三保障 all met.
   *
   * @return the household, not null
   */
  public static Household workedExampleHousehold() {
    return Household.builder().id(HouseholdId.of("510921105201-0007")).village(VILLAGE).members(members(4))
        .income(workedExampleIncome(WORKED_EXAMPLE_YEAR))
        .met(TWO_ASSURANCES_THREE_GUARANTEES.toArray(new Condition[0]))
        .build();
  }

  /**
   * Returns the national rural poverty line of DOMAIN.md §1 for income years 2010-2019,
   * 2017-2019 unconfirmed.
   *
   * @return the line, not null
   */
  public static IncomeLine nationalLine() {
    Map<Integer, IncomeLine.Entry> entries = new TreeMap<>();
    for (Object[] row : NATIONAL_LINE) {
      int year = (Integer) row[0];
      entries.put(year, new IncomeLine.Entry(year, Yuan.of((Integer) row[1]),
          Provenance.of((String) row[3], (Boolean) row[2])));
    }
    return IncomeLine.of(Text.of("国家农村贫困标准", "national rural poverty line"), entries);
  }

  /**
   * Returns a test standard set modelled on the national exit criteria: per-capita net
   * income above the national line of the income year, 两不愁三保障, and safe drinking
   * water for income from 2019 on. Its id is {@code test.national}.
   *
   * @return the set, not null
   */
  public static StandardSet exitStandard() {
    return testStandardSet(StandardSetId.of("test.national"), nationalLine(), Comparison.ABOVE);
  }

  /**
   * Returns a test standard set with an income line and a comparison, and the conditions of
   * 两不愁三保障 (and water from 2019).
   *
   * @param id  the set's id, not null
   * @param line  the income line, not null
   * @param comparison  the comparison with the line, not null
   * @return the set, not null
   */
  public static StandardSet standardSet(String id, IncomeLine line, Comparison comparison) {
    return testStandardSet(StandardSetId.of(id), line, comparison);
  }

  /** A standard set for tests; see {@link #exitStandard()}. */
  private static StandardSet testStandardSet(StandardSetId id, IncomeLine line, Comparison comparison) {
    StandardSetBuilder b = StandardSet.builder(id.toString()).name("测试标准", "test standard")
        .years(line.years().first(), line.years().last())
        .incomeLine(line, comparison);
    TWO_ASSURANCES_THREE_GUARANTEES.forEach(b::householdCondition);
    if (line.years().last() >= 2019) {
      b.householdCondition(Conditions.WATER, YearRange.of(Math.max(2019, line.years().first()), line.years().last()));
    }
    return b.build();
  }
}
