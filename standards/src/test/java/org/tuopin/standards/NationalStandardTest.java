package org.tuopin.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuopin.basics.Language;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.registry.Member;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.Relation;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.CriterionId;
import org.tuopin.standard.Finding;
import org.tuopin.standard.IncomeLine;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;
import org.tuopin.standard.Verdict;

class NationalStandardTest {

  private static final StandardSet NATIONAL = StandardSets.of("cn.national");

  /** A household of {@code size} with the given net income, every national guarantee met. */
  private static Household.Builder household(int size, int year, String net) {
    Household.Builder b = Household.builder()
        .id(HouseholdId.of("H" + size + "-" + year))
        .village(RegionCode.parse("532328203201"))
        .income(IncomeStatement.of(year, Yuan.parse(net), Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO))
        .met(Conditions.FOOD, Conditions.CLOTHING, Conditions.EDUCATION, Conditions.MEDICAL, Conditions.HOUSING);
    for (int i = 0; i < size; i++) {
      b.addMembers(Member.of(PersonId.of("P" + i), i == 0 ? Relation.HOUSEHOLDER : Relation.SON));
    }
    return b;
  }

  private static String unmet(Assessment<?> a) {
    return a.unmet().stream().map(Finding::criterion).map(CriterionId::toString)
        .reduce((x, y) -> x + ";" + y).orElse("");
  }

  @Test
  void test_lookup_findsTheBuiltInById() {
    assertThat(NATIONAL).isSameAs(NationalStandard.INSTANCE);
    assertThat(StandardSets.ids()).extracting(Object::toString).contains("cn.national");
  }

  @Test
  void test_unknownId_errorListsTheBuiltInIds() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StandardSets.of("cn.nation"))
        .hasMessageContaining("'cn.nation'").hasMessageContaining("cn.national");
  }

  @Test
  void test_seed004_2015IncomeAbove2855Exits_exactly2855DoesNot() {
    // Seed 004: 2015年人均纯收入超过2855元的83户340人 … 脱贫出列. 超过 is strict.
    Assessment<HouseholdId> above = NATIONAL.assess(household(4, 2015, "11420.04").build());
    assertThat(above.verdict()).isEqualTo(Verdict.EXIT_ELIGIBLE);

    Assessment<HouseholdId> exactly = NATIONAL.assess(household(4, 2015, "11420.00").build());
    assertThat(exactly.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(unmet(exactly)).isEqualTo("income");
    assertThat(exactly.findings().get(0).required().zh()).contains("超过 ¥2,855.00");
  }

  @Test
  void test_domainWorkedIncome_16385Over4Is4096_25_exitsIn2015() {
    Household h = household(4, 2015, "6000").income(IncomeStatement.of(2015, Yuan.of(6000), Yuan.of(1180),
        Yuan.of(6000), Yuan.of(4205), Yuan.of(1000))).build();
    assertThat(h.perCapitaNetIncome()).isEqualTo(Yuan.parse("4096.25"));
    Assessment<HouseholdId> a = NATIONAL.assess(h);
    assertThat(a.verdict()).isEqualTo(Verdict.EXIT_ELIGIBLE);
    assertThat(a.findings().get(0).observed().zh()).contains("¥4,096.25");
  }

  @Test
  void test_comparisonIsExact_notOnTheRoundedPerCapita() {
    // 3 people, net 8565.01: per capita rounds to 2855.00 but is above the line.
    assertThat(NATIONAL.assess(household(3, 2015, "8565.01").build()).verdict()).isEqualTo(Verdict.EXIT_ELIGIBLE);
    assertThat(NATIONAL.assess(household(3, 2015, "8565.00").build()).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
  }

  @Test
  void test_unknownGuarantee_givesInsufficientDataNamingIt() {
    Household h = Household.builder().from(household(2, 2016, "10000").build())
        .conditions(Map.of(Conditions.FOOD, org.tuopin.basics.Tristate.MET)).build();
    Assessment<HouseholdId> a = NATIONAL.assess(h);
    assertThat(a.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(unmet(a)).isEqualTo("clothing;education;medical;housing");
  }

  @Test
  void test_unmetGuarantee_beatsUnknown() {
    Household h = household(2, 2016, "10000").build();
    Household bad = Household.builder().from(h).conditions(Map.of(Conditions.HOUSING,
        org.tuopin.basics.Tristate.NOT_MET)).build();
    assertThat(NATIONAL.assess(bad).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
  }

  @Test
  void test_water_isPartOfTheCheckFrom2019Only() {
    Assessment<HouseholdId> in2018 = NATIONAL.assess(household(2, 2018, "10000").build());
    assertThat(in2018.verdict()).isEqualTo(Verdict.EXIT_ELIGIBLE);
    assertThat(in2018.findings()).extracting(f -> f.criterion().toString()).doesNotContain("water");

    Assessment<HouseholdId> in2019 = NATIONAL.assess(household(2, 2019, "10000").build());
    assertThat(in2019.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(unmet(in2019)).isEqualTo("water");

    Assessment<HouseholdId> with = NATIONAL.assess(household(2, 2019, "10000").met(Conditions.WATER).build());
    assertThat(with.verdict()).isEqualTo(Verdict.EXIT_ELIGIBLE);
  }

  @Test
  void test_incomeYearOutsideTheTable_isNotCovered() {
    Assessment<HouseholdId> a = NATIONAL.assess(household(2, 2021, "10000").build());
    assertThat(a.verdict()).isEqualTo(Verdict.NOT_COVERED);
    assertThat(a.year()).hasValue(2021);
    assertThat(a.findings()).isEmpty();
    assertThatThrownBy(() -> NATIONAL.householdCriteria(2009)).hasMessageContaining("2009");
  }

  @ParameterizedTest
  @CsvSource({
      "2010, 2300, true", "2011, 2536, true", "2012, 2625, true", "2013, 2736, true", "2014, 2800, true",
      "2015, 2855, true", "2016, 2952, true", "2017, 2952, false", "2018, 2995, false", "2019, 3218, false",
      "2020, 4000, false"})
  void test_lineTable_matchesDomainWithProvenance(int year, int amount, boolean confirmed) {
    IncomeLine line = NATIONAL.incomeLine().orElseThrow();
    assertThat(line.amount(year)).isEqualTo(Yuan.of(amount));
    assertThat(line.entry(year).provenance().isConfirmed()).isEqualTo(confirmed);
    assertThat(line.entry(year).provenance().source()).isNotBlank();
  }

  @Test
  void test_lineTable_coversExactly2010To2020() {
    assertThat(NATIONAL.effectiveYears().toString()).isEqualTo("2010-2020");
    assertThat(NATIONAL.incomeLine().orElseThrow().entries()).hasSize(11);
  }

  @Test
  void test_explanation_readsInBothLanguages() {
    Assessment<HouseholdId> a = NATIONAL.assess(household(4, 2015, "11420.00").build());
    assertThat(a.explain(Language.ZH)).contains("不符合退出条件", "人均纯收入", "超过 ¥2,855.00", "住房安全有保障");
    assertThat(a.explain(Language.EN)).contains("not eligible", "per-capita net income", "above ¥2,855.00",
        "safe housing");
    assertThat(a.toString()).isEqualTo(a.explain(Language.ZH));
  }
}
