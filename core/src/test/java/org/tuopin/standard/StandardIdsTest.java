package org.tuopin.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.tuopin.testing.Theories.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tuopin.testing.Generators;

/** Tests of {@link StandardSetId} and {@link CriterionId}. */
class StandardIdsTest {

  @ParameterizedTest
  @ValueSource(strings = {"cn.national", "cn.sichuan.tongjiang.2016", "cn.hunan.changsha.2015-2017", "a", "0",
      "x_y.z-1"})
  public void test_standardSetId_ofAndParse(String text) {
    assertThat(StandardSetId.of(text)).hasToString(text).isEqualTo(StandardSetId.parse(text));
  }

  @Test
  public void test_standardSetId_trims() {
    assertThat(StandardSetId.of(" cn.national ")).isEqualTo(StandardSets.NATIONAL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "CN.national", ".cn", "cn.", "cn..national", "cn national", "-cn", "cn._x", "cn/x",
      "国家"})
  public void test_standardSetId_rejectsMalformedText(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> StandardSetId.of(text))
        .withMessageContaining("dotted lower-case words").withMessageContaining("'" + text + "'");
  }

  @Test
  public void test_standardSetId_rejectsMoreThan100Characters() {
    assertThat(StandardSetId.of("a".repeat(100)).toString()).hasSize(100);
    assertThatIllegalArgumentException().isThrownBy(() -> StandardSetId.of("a".repeat(101)));
  }

  @Test
  public void test_standardSetId_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> StandardSetId.of(null)).withMessage("text");
  }

  @Test
  public void test_standardSetId_equalsHashCodeAndCompareTo() {
    assertThat(StandardSetId.of("cn.national")).isEqualTo(StandardSets.NATIONAL).hasSameHashCodeAs(StandardSets.NATIONAL)
        .isNotEqualTo(StandardSetId.of("cn.national.2016")).isNotEqualTo("cn.national");
    assertThat(StandardSetId.of("cn.a").compareTo(StandardSetId.of("cn.b"))).isNegative();
  }

  @Test
  public void property_standardSetId_parseReadsBackToString() {
    qt().forAll(Generators.standardSetIds()).check(id -> StandardSetId.parse(id.toString()).equals(id));
  }

  @Test
  public void test_criterionId() {
    assertThat(CriterionId.of("housing")).hasToString("housing").isEqualTo(CriterionId.parse("housing"))
        .hasSameHashCodeAs(CriterionId.parse("housing")).isNotEqualTo(CriterionId.INCOME);
    assertThat(CriterionId.of("income")).isEqualTo(CriterionId.INCOME);
    assertThat(CriterionId.OBSERVATION).hasToString("observation");
    assertThat(CriterionId.INCOMPLETE).hasToString("incomplete");
    assertThat(CriterionId.INCOME.compareTo(CriterionId.of("housing"))).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Housing", "1housing", "_x", "a-b", "a.b", "a b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
  public void test_criterionId_rejectsMalformedKeys(String key) {
    assertThatIllegalArgumentException().isThrownBy(() -> CriterionId.of(key))
        .withMessageContaining("criterion id").withMessageContaining("'" + key + "'");
  }

  @Test
  public void test_criterionId_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> CriterionId.of(null)).withMessage("key");
  }
}
