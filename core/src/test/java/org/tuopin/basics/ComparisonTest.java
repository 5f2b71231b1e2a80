package org.tuopin.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.tuopin.testing.Theories.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tuopin.testing.Generators;

class ComparisonTest {

  private static final Yuan LINE = Yuan.of(2855);

  @Test
  public void test_above_isStrict() {
    assertThat(Comparison.ABOVE.test(Yuan.of(2855), LINE)).isFalse();
    assertThat(Comparison.ABOVE.test(Yuan.parse("2855.01"), LINE)).isTrue();
    assertThat(Comparison.ABOVE.test(Yuan.parse("2854.99"), LINE)).isFalse();
  }

  @Test
  public void test_atLeast_includesTheThreshold() {
    assertThat(Comparison.AT_LEAST.test(Yuan.of(2855), LINE)).isTrue();
    assertThat(Comparison.AT_LEAST.test(Yuan.parse("2854.99"), LINE)).isFalse();
  }

  @Test
  public void test_below_isStrict_atMostIsNot() {
    assertThat(Comparison.BELOW.test(Yuan.of(2855), LINE)).isFalse();
    assertThat(Comparison.BELOW.test(Yuan.parse("2854.99"), LINE)).isTrue();
    assertThat(Comparison.AT_MOST.test(Yuan.of(2855), LINE)).isTrue();
    assertThat(Comparison.AT_MOST.test(Yuan.parse("2855.01"), LINE)).isFalse();
  }

  @Test
  public void test_exactly() {
    assertThat(Comparison.EXACTLY.test(Yuan.of(2855), LINE)).isTrue();
    assertThat(Comparison.EXACTLY.test(Yuan.parse("2855.01"), LINE)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
      // comparison, holds when observed < threshold, ==, >
      "ABOVE,    false, false, true",
      "AT_LEAST, false, true,  true",
      "EXACTLY,  false, true,  false",
      "AT_MOST,  true,  true,  false",
      "BELOW,    true,  false, false",
  })
  public void test_test_truthTable(Comparison c, boolean less, boolean equal, boolean greater) {
    assertThat(c.test(-1)).isEqualTo(less);
    assertThat(c.test(Integer.MIN_VALUE)).isEqualTo(less);
    assertThat(c.test(0)).isEqualTo(equal);
    assertThat(c.test(1)).isEqualTo(greater);
    assertThat(c.test(Integer.MAX_VALUE)).isEqualTo(greater);
    assertThat(c.test(1, 2)).isEqualTo(less);
    assertThat(c.test("b", "b")).isEqualTo(equal);
  }

  @Test
  public void property_comparisonsAreMirrorsAndComplements() {
    qt().forAll(Generators.yuan(), Generators.yuan()).checkAssert((a, b) -> {
      assertThat(Comparison.ABOVE.test(a, b)).isEqualTo(Comparison.BELOW.test(b, a));
      assertThat(Comparison.AT_LEAST.test(a, b)).isEqualTo(Comparison.AT_MOST.test(b, a));
      assertThat(Comparison.AT_LEAST.test(a, b)).isNotEqualTo(Comparison.BELOW.test(a, b));
      assertThat(Comparison.AT_MOST.test(a, b)).isNotEqualTo(Comparison.ABOVE.test(a, b));
      assertThat(Comparison.EXACTLY.test(a, b))
          .isEqualTo(Comparison.AT_LEAST.test(a, b) && Comparison.AT_MOST.test(a, b));
      assertThat(Comparison.ABOVE.test(a, b))
          .isEqualTo(a.toBigDecimal().compareTo(b.toBigDecimal()) > 0);
    });
  }

  @Test
  public void test_test_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> Comparison.ABOVE.test(null, LINE)).withMessage("observed");
    assertThatNullPointerException().isThrownBy(() -> Comparison.ABOVE.test(LINE, null)).withMessage("threshold");
  }

  @ParameterizedTest
  @CsvSource({
      "above, ABOVE", ">, ABOVE", "超过, ABOVE", "高于, ABOVE", "大于, ABOVE", "ABOVE, ABOVE",
      "at_least, AT_LEAST", "at-least, AT_LEAST", "at least, AT_LEAST", ">=, AT_LEAST", "≥, AT_LEAST",
      "达到, AT_LEAST", "不低于, AT_LEAST", "不少于, AT_LEAST",
      "exactly, EXACTLY", "=, EXACTLY", "==, EXACTLY", "等于, EXACTLY",
      "at_most, AT_MOST", "At-Most, AT_MOST", "<=, AT_MOST", "≤, AT_MOST", "不超过, AT_MOST", "不高于, AT_MOST",
      "below, BELOW", "<, BELOW", "低于, BELOW", "小于, BELOW",
  })
  public void test_parse_readsNamesSymbolsAndPolicyWords(String text, Comparison expected) {
    assertThat(Comparison.parse(text)).isEqualTo(expected);
    assertThat(Comparison.parse("  " + text + " ")).isEqualTo(expected);
  }

  @Test
  public void test_parse_readsBackNameSymbolAndLabels() {
    for (Comparison c : Comparison.values()) {
      assertThat(Comparison.parse(c.name())).isEqualTo(c);
      assertThat(Comparison.parse(c.symbol())).isEqualTo(c);
      assertThat(Comparison.parse(c.label().zh())).isEqualTo(c);
      assertThat(Comparison.parse(c.label().en())).isEqualTo(c);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "more", "!=", "=>", "约"})
  public void test_parse_rejectsUnknownWords(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Comparison.parse(text))
        .withMessageContaining("'" + text + "'").withMessageContaining("above, at_least");
  }

  @Test
  public void test_parse_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> Comparison.parse(null));
  }

  @Test
  public void test_describe_putsTheWordBeforeTheThreshold() {
    Text t = Comparison.ABOVE.describe(LINE.toString());
    assertThat(t.zh()).isEqualTo("超过 ¥2,855.00");
    assertThat(t.en()).isEqualTo("above ¥2,855.00");
    assertThat(Comparison.AT_LEAST.describe("¥4,000.00").zh()).isEqualTo("达到 ¥4,000.00");
  }

  @Test
  public void test_symbols() {
    assertThat(Comparison.ABOVE.symbol()).isEqualTo(">");
    assertThat(Comparison.AT_LEAST.symbol()).isEqualTo("≥");
    assertThat(Comparison.EXACTLY.symbol()).isEqualTo("=");
    assertThat(Comparison.AT_MOST.symbol()).isEqualTo("≤");
    assertThat(Comparison.BELOW.symbol()).isEqualTo("<");
  }
}
