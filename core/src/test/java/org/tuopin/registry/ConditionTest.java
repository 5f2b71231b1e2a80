package org.tuopin.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tuopin.basics.Text;

class ConditionTest {

  @Test
  public void test_of_keepsKeyAndLabel() {
    Condition c = Condition.of("road", "通村硬化路", "hardened road");
    assertThat(c.key()).isEqualTo("road");
    assertThat(c.label()).isEqualTo(Text.of("通村硬化路", "hardened road"));
    assertThat(c).hasToString("road");
  }

  @Test
  public void test_equals_isByKeyOnly() {
    Condition a = Condition.of("housing", "住房", "housing");
    assertThat(a).isEqualTo(Conditions.HOUSING).hasSameHashCodeAs(Conditions.HOUSING);
    assertThat(a).isNotEqualTo(Conditions.WATER).isNotEqualTo("housing");
    assertThat(a.compareTo(Conditions.WATER)).isNegative();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Road", "1road", "_road", "road access", "road-access", "路"})
  public void test_of_rejectsMalformedKeys(String key) {
    assertThatIllegalArgumentException().isThrownBy(() -> Condition.of(key, "路", "road"))
        .withMessageContaining("'" + key + "'").withMessageContaining("lower-case");
  }

  @Test
  public void test_of_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> Condition.of(null, "路", "road")).withMessage("key");
    assertThatNullPointerException().isThrownBy(() -> Condition.of("road", null, "road")).withMessage("zh");
  }

  @Test
  public void test_conditions_nationalKeysInRosterOrder() {
    assertThat(Conditions.all()).extracting(Condition::key)
        .containsExactly("food", "clothing", "education", "medical", "housing", "water", "electricity", "tv",
            "stable_income", "road");
    assertThat(Conditions.HOUSING.label().zh()).isEqualTo("住房安全有保障");
    assertThat(Conditions.FOOD.label().zh()).isEqualTo("不愁吃");
  }

  @Test
  public void test_conditions_find() {
    for (Condition c : Conditions.all()) {
      assertThat(Conditions.find(c.key())).containsSame(c);
    }
    assertThat(Conditions.find("bridge")).isEmpty();
    assertThat(Conditions.find("Housing")).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> Conditions.find(null)).withMessage("key");
  }
}
