package org.tuopin.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.tuopin.testing.Theories.qt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tuopin.testing.PlanGenerators;

class DateRangePeriodTest {

  private static final DateRange SPRING = DateRange.of(LocalDate.of(2018, 2, 28), LocalDate.of(2018, 6, 30));

  @Test
  public void test_of_andAccessors() {
    assertThat(SPRING.start()).isEqualTo(LocalDate.of(2018, 2, 28));
    assertThat(SPRING.end()).isEqualTo(LocalDate.of(2018, 6, 30));
    assertThat(SPRING.days()).isEqualTo(123);
    assertThat(DateRange.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 1)).days()).isEqualTo(1);
    assertThat(DateRange.ofYear(2016)).isEqualTo(DateRange.parse("2016-01-01/2016-12-31"));
    assertThat(DateRange.ofYears(2016, 2018).days()).isEqualTo(366 + 365 + 365);
  }

  @Test
  public void test_contains_includesBothEnds() {
    assertThat(SPRING.contains(LocalDate.of(2018, 2, 27))).isFalse();
    assertThat(SPRING.contains(LocalDate.of(2018, 2, 28))).isTrue();
    assertThat(SPRING.contains(LocalDate.of(2018, 6, 30))).isTrue();
    assertThat(SPRING.contains(LocalDate.of(2018, 7, 1))).isFalse();
    assertThat(DateRange.ofYear(2018).encloses(SPRING)).isTrue();
    assertThat(SPRING.encloses(SPRING)).isTrue();
    assertThat(SPRING.encloses(DateRange.ofYear(2018))).isFalse();
    assertThat(SPRING.encloses(DateRange.parse("2018-03-01/2018-07-01"))).isFalse();
  }

  @Test
  public void test_parse_andToString() {
    assertThat(SPRING.toString()).isEqualTo("2018-02-28/2018-06-30");
    assertThat(DateRange.parse(" 2018-02-28 / 2018-06-30 ")).isEqualTo(SPRING).hasSameHashCodeAs(SPRING);
    assertThat(DateRange.parse("2016")).isEqualTo(DateRange.ofYear(2016));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2018-02", "2018-02-30/2018-06-30", "2018/06", "16", "2018-06-30/2018-02-28"})
  public void test_parse_rejectsNamingTheText(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> DateRange.parse(text)).withMessageContaining(
        text.equals("2018-06-30/2018-02-28") ? "2018-06-30/2018-02-28" : "'" + text + "'");
  }

  @Test
  public void test_of_rejectsAnEndBeforeTheStart() {
    assertThatIllegalArgumentException().isThrownBy(() -> DateRange.of(LocalDate.of(2018, 6, 30), LocalDate.of(2018, 6, 29)))
        .withMessageContaining("2018-06-30/2018-06-29");
    assertThatNullPointerException().isThrownBy(() -> DateRange.of(null, LocalDate.MAX)).withMessage("start");
    assertThatNullPointerException().isThrownBy(() -> SPRING.contains(null)).withMessage("date");
  }

  @Test
  public void property_parse_readsBackToString() {
    qt().forAll(PlanGenerators.dates(), PlanGenerators.dates()).checkAssert((a, b) -> {
      DateRange r = a.isAfter(b) ? DateRange.of(b, a) : DateRange.of(a, b);
      assertThat(DateRange.parse(r.toString())).isEqualTo(r);
      assertThat(r.contains(r.start())).isTrue();
      assertThat(r.contains(r.end())).isTrue();
      assertThat(r.contains(r.start().minusDays(1))).isFalse();
      assertThat(r.contains(r.end().plusDays(1))).isFalse();
    });
  }
}
