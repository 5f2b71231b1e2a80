package org.tuopin.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuopin.basics.Tristate.MET;
import static org.tuopin.basics.Tristate.NOT_MET;
import static org.tuopin.basics.Tristate.UNKNOWN;
import static org.tuopin.testing.Theories.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuopin.testing.Generators;

class TristateTest {

  @ParameterizedTest
  @CsvSource({
      "MET,     MET,     MET",
      "MET,     NOT_MET, NOT_MET",
      "MET,     UNKNOWN, UNKNOWN",
      "NOT_MET, MET,     NOT_MET",
      "NOT_MET, NOT_MET, NOT_MET",
      "NOT_MET, UNKNOWN, NOT_MET",
      "UNKNOWN, MET,     UNKNOWN",
      "UNKNOWN, NOT_MET, NOT_MET",
      "UNKNOWN, UNKNOWN, UNKNOWN",
  })
  public void test_and_followsKleene(Tristate a, Tristate b, Tristate expected) {
    assertThat(a.and(b)).isEqualTo(expected);
  }

  @Test
  public void property_and_isCommutative() {
    qt().forAll(Generators.tristates(), Generators.tristates()).check((a, b) -> a.and(b) == b.and(a));
  }

  @Test
  public void property_and_isAssociative() {
    qt().forAll(Generators.tristates(), Generators.tristates(), Generators.tristates())
        .check((a, b, c) -> a.and(b).and(c) == a.and(b.and(c)));
  }

  @Test
  public void property_and_hasMetAsIdentityAndNotMetAsZero() {
    qt().forAll(Generators.tristates()).checkAssert(a -> {
      assertThat(a.and(MET)).isEqualTo(a);
      assertThat(a.and(NOT_MET)).isEqualTo(NOT_MET);
      assertThat(a.and(a)).isEqualTo(a);
    });
  }

  @Test
  public void test_and_isCommutativeAndAssociativeOverEveryCase() {
    for (Tristate a : Tristate.values()) {
      for (Tristate b : Tristate.values()) {
        assertThat(a.and(b)).isEqualTo(b.and(a));
        for (Tristate c : Tristate.values()) {
          assertThat(a.and(b).and(c)).isEqualTo(a.and(b.and(c)));
        }
      }
    }
  }

  @Test
  public void test_of_mapsBooleans() {
    assertThat(Tristate.of(true)).isEqualTo(MET);
    assertThat(Tristate.of(false)).isEqualTo(NOT_MET);
  }

  @Test
  public void test_isKnown() {
    assertThat(MET.isKnown()).isTrue();
    assertThat(NOT_MET.isKnown()).isTrue();
    assertThat(UNKNOWN.isKnown()).isFalse();
  }

  @Test
  public void test_label() {
    assertThat(MET.label()).isEqualTo(Text.of("是", "yes"));
    assertThat(NOT_MET.label()).isEqualTo(Text.of("否", "no"));
    assertThat(UNKNOWN.label()).isEqualTo(Text.of("未知", "unknown"));
  }
}
