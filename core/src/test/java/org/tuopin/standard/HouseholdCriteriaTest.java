package org.tuopin.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.tuopin.testing.Theories.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.YearRange;
import org.tuopin.basics.Yuan;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.Household;
import org.tuopin.testing.Fixtures;
import org.tuopin.testing.Generators;

class HouseholdCriteriaTest {

  private static final IncomeLine LINE = Fixtures.nationalLine();
  private static final Criterion<Household> ABOVE = HouseholdCriteria.income(LINE, Comparison.ABOVE);
  private static final Criterion<Household> AT_LEAST = HouseholdCriteria.income(LINE, Comparison.AT_LEAST);

  private static Household household(int size, String net) {
    return Fixtures.householdBuilder("h1", size, 2015, Yuan.parse(net)).build();
  }

  // ---------------------------------------------------------------------------------- income

  @Test
  public void test_income_comparesExactlyNotTheRoundedPerCapitaFigure() {
    Household h = household(3, "8565.01");
    assertThat(h.perCapitaNetIncome()).isEqualTo(Yuan.of(2855));
    Finding f = ABOVE.test(h);
    assertThat(f.status()).isEqualTo(Tristate.MET);
    assertThat(f.observed().en()).startsWith("¥2,855.00").contains("8565.01").contains("3");
  }

  @Test
  public void test_income_exactlyTheLineTimesTheSizeIsNotAbove() {
    Household h = household(3, "8565.00");
    assertThat(ABOVE.test(h).status()).isEqualTo(Tristate.NOT_MET);
    assertThat(AT_LEAST.test(h).status()).isEqualTo(Tristate.MET);
  }

  @Test
  public void test_income_justBelowTheLineRoundingUpIsNotAtLeast() {
    Household h = household(3, "8564.99");
    assertThat(h.perCapitaNetIncome()).isEqualTo(Yuan.of(2855));
    assertThat(AT_LEAST.test(h).status()).isEqualTo(Tristate.NOT_MET);
  }

  @Test
  public void test_income_workedExampleIsAboveThe2015Line() {
    Finding f = ABOVE.test(Fixtures.workedExampleHousehold());
    assertThat(f.status()).isEqualTo(Tristate.MET);
    assertThat(f.criterion()).isEqualTo(CriterionId.INCOME);
    assertThat(f.label()).isEqualTo(Text.of("人均纯收入", "per-capita net income"));
    assertThat(f.required().zh()).isEqualTo("超过 ¥2,855.00（2015年标准）");
    assertThat(f.required().en()).isEqualTo("above ¥2,855.00 (2015 line)");
    assertThat(f.observed().zh()).isEqualTo("¥4,096.25（16385.00 ÷ 4）");
    assertThat(f.explain(Language.EN)).startsWith("✓ per-capita net income: required above ¥2,855.00");
  }

  @Test
  public void test_income_usesTheLineOfTheIncomeYear() {
    Household h2013 = Fixtures.householdBuilder("h1", 1, 2013, Yuan.of(2750)).build();
    Household h2014 = Fixtures.householdBuilder("h1", 1, 2014, Yuan.of(2750)).build();
    assertThat(ABOVE.test(h2013).status()).isEqualTo(Tristate.MET);
    assertThat(ABOVE.test(h2014).status()).isEqualTo(Tristate.NOT_MET);
  }

  @Test
  public void test_income_rejectsAnIncomeYearOutsideTheLine() {
    Household h = Fixtures.householdBuilder("h1", 2, 2020, Yuan.of(10000)).build();
    assertThatIllegalArgumentException().isThrownBy(() -> ABOVE.test(h))
        .withMessageContaining("2020").withMessageContaining("2010-2019");
  }

  @Test
  public void test_income_rejectsNulls() {
    assertThatNullPointerException().isThrownBy(() -> HouseholdCriteria.income(null, Comparison.ABOVE))
        .withMessage("line");
    assertThatNullPointerException().isThrownBy(() -> HouseholdCriteria.income(LINE, null))
        .withMessage("comparison");
  }

  @Test
  public void test_income_idAndLabel() {
    assertThat(ABOVE.id()).isEqualTo(CriterionId.INCOME);
    assertThat(ABOVE.label().zh()).isEqualTo("人均纯收入");
  }

  @Test
  public void property_income_agreesWithExactPerCapitaArithmetic() {
    // Net income near the line times the size, so the boundary comes up often.
    qt().forAll(integers().between(1, 10), integers().between(2010, 2019), longs().between(-500, 500),
        Generate.enumValues(Comparison.class)).checkAssert((size, year, deltaFen, comparison) -> {
          Yuan line = LINE.amount(year);
          Yuan net = line.multipliedBy(size).plus(Yuan.ofFen(deltaFen));
          Household h = Fixtures.householdBuilder("h1", size, year, net).build();
          BigDecimal perCapita = net.toBigDecimal().divide(BigDecimal.valueOf(size), MathContext.DECIMAL128);
          boolean expected = comparison.test(perCapita.compareTo(line.toBigDecimal()));
          assertThat(HouseholdCriteria.income(LINE, comparison).test(h).status()).isEqualTo(Tristate.of(expected));
        });
  }

  @Test
  public void property_income_doesNotDependOnMemberOrder() {
    qt(500).forAll(Generators.reorderedPairs(Generators.households(YearRange.of(2010, 2019))))
        .checkAssert(p -> assertThat(ABOVE.test(p._2)).isEqualTo(ABOVE.test(p._1)));
  }

  // ---------------------------------------------------------------------------------- conditions

  @Test
  public void test_condition_reportsTheRecordedState() {
    Criterion<Household> housing = HouseholdCriteria.condition(Conditions.HOUSING);
    assertThat(housing.id()).isEqualTo(CriterionId.of("housing"));
    assertThat(housing.label()).isEqualTo(Conditions.HOUSING.label());
    Household.Builder b = Fixtures.householdBuilder("h1", 2, 2015, Yuan.of(9000));
    assertThat(housing.test(b.build()).status()).isEqualTo(Tristate.UNKNOWN);
    Finding met = housing.test(Fixtures.householdBuilder("h1", 2, 2015, Yuan.of(9000)).met(Conditions.HOUSING).build());
    assertThat(met.status()).isEqualTo(Tristate.MET);
    assertThat(met.observed()).isEqualTo(Tristate.MET.label());
    Finding notMet = housing.test(
        Fixtures.householdBuilder("h1", 2, 2015, Yuan.of(9000)).notMet(Conditions.HOUSING).build());
    assertThat(notMet.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(notMet.explain(Language.ZH)).isEqualTo("✗ 住房安全有保障：要求 是，实际 否");
  }

  @Test
  public void test_condition_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> HouseholdCriteria.condition(null)).withMessage("condition");
  }

  // ---------------------------------------------------------------------------------- a standard set

  @Test
  public void test_assess_workedExampleIsEligibleUnderTheTestStandard() {
    Assessment<?> a = Fixtures.exitStandard().assess(Fixtures.workedExampleHousehold());
    assertThat(a.verdict()).isEqualTo(Verdict.EXIT_ELIGIBLE);
    assertThat(a.year()).hasValue(2015);
    assertThat(a.findings()).extracting(f -> f.criterion().toString())
        .containsExactly("income", "food", "clothing", "education", "medical", "housing");
  }

  @Test
  public void test_assess_waterCountsFrom2019AndUnknownWaterIsInsufficientData() {
    Household h = Household.builder().from(Fixtures.workedExampleHousehold())
        .income(Fixtures.incomeOf(2019, Yuan.of(16385))).build();
    Assessment<?> a = Fixtures.exitStandard().assess(h);
    assertThat(a.findings()).extracting(f -> f.criterion().toString()).contains("water");
    assertThat(a.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(a.unmet()).extracting(f -> f.criterion().toString()).containsExactly("water");
  }

  @Test
  public void test_assess_oneConditionNotMetIsNotEligibleEvenWithUnknowns() {
    Household h = Fixtures.householdBuilder("h1", 3, 2015, Yuan.of(20000)).notMet(Conditions.HOUSING).build();
    assertThat(Fixtures.exitStandard().assess(h).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
  }
}
