package org.tuopin.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  public void test_of_keepsBothForms() {
    Text t = Text.of("人均纯收入", "per-capita net income");
    assertThat(t.zh()).isEqualTo("人均纯收入");
    assertThat(t.en()).isEqualTo("per-capita net income");
    assertThat(t.in(Language.ZH)).isEqualTo("人均纯收入");
    assertThat(t.in(Language.EN)).isEqualTo("per-capita net income");
  }

  @Test
  public void test_of_oneFormForBoth() {
    Text t = Text.of("¥4,096.25");
    assertThat(t.zh()).isEqualTo(t.en()).isEqualTo("¥4,096.25");
  }

  @Test
  public void test_of_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> Text.of(null, "x")).withMessage("zh");
    assertThatNullPointerException().isThrownBy(() -> Text.of("x", null)).withMessage("en");
  }

  @Test
  public void test_toString_showsEnglishOnlyWhenItDiffers() {
    assertThat(Text.of("是", "yes")).hasToString("是 (yes)");
    assertThat(Text.of("2015")).hasToString("2015");
  }

  @Test
  public void test_equalsAndHashCode() {
    assertThat(Text.of("是", "yes")).isEqualTo(Text.of("是", "yes")).hasSameHashCodeAs(Text.of("是", "yes"));
    assertThat(Text.of("是", "yes")).isNotEqualTo(Text.of("是", "Yes")).isNotEqualTo(Text.of("否", "yes"))
        .isNotEqualTo("是 (yes)");
  }

  @Test
  public void test_language_parse() {
    assertThat(Language.parse("zh")).isEqualTo(Language.ZH);
    assertThat(Language.parse(" EN ")).isEqualTo(Language.EN);
    assertThatIllegalArgumentException().isThrownBy(() -> Language.parse("fr"))
        .withMessageContaining("'fr'").withMessageContaining("'zh' or 'en'");
  }

  @Test
  public void test_language_locale() {
    assertThat(Language.ZH.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(Language.EN.locale()).isEqualTo(Locale.ENGLISH);
  }
}
