package org.tuopin.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.tuopin.testing.Theories.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;
import org.tuopin.testing.Generators;

class YearRangeTest {

  @Test
  public void test_of_keepsBothEnds() {
    YearRange r = YearRange.of(2010, 2020);
    assertThat(r.first()).isEqualTo(2010);
    assertThat(r.last()).isEqualTo(2020);
    assertThat(r).hasToString("2010-2020");
  }

  @Test
  public void test_ofYear_isOneYear() {
    YearRange r = YearRange.ofYear(2017);
    assertThat(r.first()).isEqualTo(2017);
    assertThat(r.last()).isEqualTo(2017);
    assertThat(r).hasToString("2017").isEqualTo(YearRange.of(2017, 2017));
  }

  @Test
  public void test_of_rejectsEndBeforeStart() {
    assertThatIllegalArgumentException().isThrownBy(() -> YearRange.of(2020, 2010))
        .withMessageContaining("2020-2010").withMessageContaining("end before it starts");
  }

  @Test
  public void test_contains_includesBothEnds() {
    YearRange r = YearRange.of(2014, 2016);
    assertThat(r.contains(2013)).isFalse();
    assertThat(r.contains(2014)).isTrue();
    assertThat(r.contains(2015)).isTrue();
    assertThat(r.contains(2016)).isTrue();
    assertThat(r.contains(2017)).isFalse();
  }

  @Test
  public void test_parse_readsRangesAndSingleYears() {
    assertThat(YearRange.parse("2010-2020")).isEqualTo(YearRange.of(2010, 2020));
    assertThat(YearRange.parse("2017")).isEqualTo(YearRange.ofYear(2017));
    assertThat(YearRange.parse(" 2015 - 2017 ")).isEqualTo(YearRange.of(2015, 2017));
    assertThat(YearRange.parse("2015–2017")).isEqualTo(YearRange.of(2015, 2017));
    assertThat(YearRange.parse("2015~2017")).isEqualTo(YearRange.of(2015, 2017));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "20", "2010-", "-2010", "2010-20", "2010..2020", "二〇一七", "2010-2020-2030"})
  public void test_parse_rejectsMalformedText(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> YearRange.parse(text))
        .withMessageContaining("'" + text + "'").withMessageContaining("YYYY");
  }

  @Test
  public void test_parse_rejectsReversedRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> YearRange.parse("2020-2010"))
        .withMessageContaining("2020-2010");
  }

  @Test
  public void test_parse_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> YearRange.parse(null));
  }

  @Test
  public void test_equalsAndHashCode() {
    assertThat(YearRange.of(2010, 2020)).isEqualTo(YearRange.parse("2010-2020"))
        .hasSameHashCodeAs(YearRange.parse("2010-2020"))
        .isNotEqualTo(YearRange.of(2010, 2019)).isNotEqualTo(YearRange.of(2011, 2020)).isNotEqualTo("2010-2020");
  }

  @Test
  public void property_parse_readsBackToString() {
    qt().forAll(Generators.yearRanges()).check(r -> YearRange.parse(r.toString()).equals(r));
  }

  @Test
  public void property_contains_exactlyTheYearsFromFirstToLast() {
    qt().forAll(Generators.yearRanges(), SourceDSL.integers().between(900, 10100))
        .check((r, y) -> r.contains(y) == (r.first() <= y && y <= r.last()));
  }

  @Test
  public void test_of_acceptsOnlyFourDigitYears_soParseReadsBackEveryRange() {
    assertThatThrownBy(() -> YearRange.of(999, 1000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("four digits").hasMessageContaining("999-1000");
    assertThatThrownBy(() -> YearRange.ofYear(10000)).hasMessageContaining("10000");
    assertThatThrownBy(() -> YearRange.ofYear(-1)).hasMessageContaining("-1");
    YearRange edge = YearRange.of(1000, 9999);
    assertThat(YearRange.parse(edge.toString())).isEqualTo(edge);
  }
}
