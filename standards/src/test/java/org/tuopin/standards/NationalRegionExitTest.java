package org.tuopin.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuopin.basics.Language;
import org.tuopin.region.RegionCode;
import org.tuopin.region.Zone;
import org.tuopin.rollup.RegionStats;
import org.tuopin.rollup.RollUp;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;
import org.tuopin.standard.Verdict;
import org.tuopin.village.CountyProfile;
import org.tuopin.village.CountySurvey;
import org.tuopin.village.Village;
import org.tuopin.village.VillageProfile;

/** Village and county exit under the 2016 exit mechanism: boundaries of every threshold. */
class NationalRegionExitTest {

  private static final StandardSet NATIONAL = StandardSets.of("cn.national");
  private static final RegionCode CENTRAL_VILLAGE = RegionCode.parse("430124105201");
  private static final RegionCode WEST_VILLAGE = RegionCode.parse("511921105201");
  private static final RegionCode EAST_VILLAGE = RegionCode.parse("320707105201");

  /** A village of 10,000 people with the given remaining poor. */
  private static Assessment<RegionCode> village(RegionCode code, long remainingPoor) {
    RegionStats stats = RegionStats.of(code, OptionalLong.of(10_000), 1, remainingPoor, 0, 0);
    return NATIONAL.assessVillage(VillageProfile.of(Village.of(code, 10_000), stats));
  }

  @ParameterizedTest
  @CsvSource({
      "430124105201, 200, NOT_ELIGIBLE", "430124105201, 199, EXIT_ELIGIBLE",
      "320707105201, 200, NOT_ELIGIBLE", "320707105201, 199, EXIT_ELIGIBLE",
      "511921105201, 299, EXIT_ELIGIBLE", "511921105201, 300, NOT_ELIGIBLE",
      "511921105201, 200, EXIT_ELIGIBLE"})
  void test_villageIncidence_isStrictlyBelowTheZonesThreshold(String code, long poor, Verdict verdict) {
    assertThat(village(RegionCode.parse(code), poor).verdict()).isEqualTo(verdict);
  }

  @Test
  void test_villageExplanation_showsThresholdZoneAndRate() {
    Assessment<RegionCode> a = village(CENTRAL_VILLAGE, 200);
    assertThat(a.explain(Language.ZH)).contains("贫困发生率", "低于 2.00%（中部）", "2.00%（200/10000）");
    assertThat(a.explain(Language.EN)).contains("below 2.00% (central)");
    assertThat(village(WEST_VILLAGE, 299).explain(Language.EN)).contains("below 3.00% (west)", "2.99%");
  }

  @Test
  void test_villageZoneFromTheFile_overridesTheProvince() {
    RegionStats stats = RegionStats.of(CENTRAL_VILLAGE, OptionalLong.of(10_000), 1, 250, 0, 0);
    Village westish = Village.builder().code(CENTRAL_VILLAGE).population(10_000).zone(Zone.WEST).build();
    assertThat(NATIONAL.assessVillage(VillageProfile.of(westish, stats)).verdict()).isEqualTo(Verdict.EXIT_ELIGIBLE);
  }

  @Test
  void test_villageWithoutPopulation_isInsufficientData() {
    RegionStats stats = RegionStats.of(EAST_VILLAGE, OptionalLong.empty(), 3, 9, 0, 0);
    Assessment<RegionCode> a = NATIONAL.assessVillage(VillageProfile.of(EAST_VILLAGE, Optional.empty(), stats));
    assertThat(a.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(a.unmet()).extracting(f -> f.criterion().toString()).containsExactly("incidence");
  }

  @Test
  void test_villageFromARollUp() {
    RollUp r = RollUp.builder().village(WEST_VILLAGE, 1000).household(WEST_VILLAGE, 4, true)
        .household(WEST_VILLAGE, 3, false).build();
    VillageProfile p = VillageProfile.of(Village.of(WEST_VILLAGE, 1000), r.stats(WEST_VILLAGE).orElseThrow());
    assertThat(NATIONAL.assessVillage(p).verdict()).isEqualTo(Verdict.EXIT_ELIGIBLE);
  }

  private static CountyProfile county(String code, long remaining, CountySurvey survey) {
    RegionStats stats = RegionStats.sum(RegionCode.parse(code),
        java.util.List.of(RegionStats.of(RegionCode.parse(code.substring(0, 6) + "105201"), OptionalLong.of(100_000),
            1, remaining, 0, 0)));
    return CountyProfile.of(stats, Optional.ofNullable(survey));
  }

  @ParameterizedTest
  @CsvSource({
      "20, 1000, 20, 1000, 900, 1000, EXIT_ELIGIBLE",
      "21, 1000, 20, 1000, 900, 1000, NOT_ELIGIBLE",
      "20, 1000, 21, 1000, 900, 1000, NOT_ELIGIBLE",
      "20, 1000, 20, 1000, 899, 1000, NOT_ELIGIBLE",
      "0, 1000, 0, 1000, 1000, 1000, EXIT_ELIGIBLE"})
  void test_countySurveyRates_atTheirBoundaries(long wrong, long exits, long missed, long sampled, long approving,
      long surveyed, Verdict verdict) {
    CountySurvey s = new CountySurvey(exits, wrong, sampled, missed, surveyed, approving);
    assertThat(NATIONAL.assessCounty(county("511921000000", 2_999, s)).verdict()).isEqualTo(verdict);
  }

  @Test
  void test_countyIncidence_usesTheProvincesZone() {
    CountySurvey fine = new CountySurvey(1000, 0, 1000, 0, 1000, 1000);
    assertThat(NATIONAL.assessCounty(county("511921000000", 2_999, fine)).verdict()).isEqualTo(Verdict.EXIT_ELIGIBLE);
    assertThat(NATIONAL.assessCounty(county("430124000000", 2_000, fine)).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(NATIONAL.assessCounty(county("430124000000", 1_999, fine)).verdict()).isEqualTo(Verdict.EXIT_ELIGIBLE);
  }

  @Test
  void test_countyRates_reportWilsonIntervalsBesideThePointEstimate() {
    CountySurvey s = new CountySurvey(1000, 20, 1000, 15, 1000, 900);
    String zh = NATIONAL.assessCounty(county("511921000000", 100, s)).explain(Language.ZH);
    assertThat(zh).contains("错退率", "不超过 2.00%", "2.00%（20/1000；95% 置信区间 1.30%–3.07%）");
    assertThat(zh).contains("漏评率", "1.50%（15/1000；95% 置信区间 0.91%–2.46%）");
    assertThat(zh).contains("群众认可度", "达到 90.00%", "90.00%（900/1000；95% 置信区间 87.98%–91.71%）");
  }

  @Test
  void test_countyWithoutSurvey_isInsufficientData_namingTheRates() {
    Assessment<RegionCode> a = NATIONAL.assessCounty(county("511921000000", 100, null));
    assertThat(a.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(a.unmet()).extracting(f -> f.criterion().toString())
        .containsExactly("wrong_exit_rate", "missed_rate", "approval_rate");
  }

  @Test
  void test_surveyCountsAreChecked() {
    assertThatThrownBy(() -> new CountySurvey(10, 11, 10, 0, 10, 10)).hasMessageContaining("11 of 10");
    assertThatThrownBy(() -> new CountySurvey(0, 0, 10, 0, 10, 10)).hasMessageContaining("0 of 0");
  }

  @Test
  void test_thresholdsCarryComparisonAndSource() {
    assertThat(NationalStandard.INSTANCE.thresholds()).hasSize(9);
    NationalStandard.INSTANCE.thresholds().values().forEach(t -> {
      assertThat(t.provenance().source()).isNotBlank();
      assertThat(t.toRatio().compareTo(org.tuopin.basics.Ratio.of(0, 1))).isPositive();
    });
  }
}
