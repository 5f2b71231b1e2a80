package org.tuopin.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.tuopin.testing.Theories.qt;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class DateRangeTest {

  private static Gen<DateRange> ranges() {
    return SourceDSL.longs().between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
        .zip(SourceDSL.integers().between(0, 800),
            (start, days) -> DateRange.of(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(start + days)));
  }

  @Test
  void test_of_keepsBothEndsAndCountsBoth() {
    DateRange r = DateRange.of(LocalDate.of(2016, 3, 15), LocalDate.of(2016, 6, 30));
    assertThat(r.start()).isEqualTo(LocalDate.of(2016, 3, 15));
    assertThat(r.end()).isEqualTo(LocalDate.of(2016, 6, 30));
    assertThat(r.days()).isEqualTo(108);
    assertThat(r).hasToString("2016-03-15/2016-06-30");
    assertThat(DateRange.parse("2016-05-05").days()).isEqualTo(1);
  }

  @Test
  void test_ofMonthAndOfYear_knowTheirLengths() {
    assertThat(DateRange.ofMonth(YearMonth.of(2016, 2)).end()).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(DateRange.ofMonth(YearMonth.of(2017, 2)).days()).isEqualTo(28);
    assertThat(DateRange.ofMonth(YearMonth.of(2016, 1)).days()).isEqualTo(31);
    assertThat(DateRange.ofYear(2016).days()).isEqualTo(366);
  }

  @Test
  void test_monthsAndCovers_atMidMonthEdges() {
    DateRange r = DateRange.parse("2016-01-31/2016-03-01");
    assertThat(r.months()).containsExactly(YearMonth.of(2016, 1), YearMonth.of(2016, 2), YearMonth.of(2016, 3));
    assertThat(r.covers(YearMonth.of(2016, 1))).isFalse();
    assertThat(r.covers(YearMonth.of(2016, 2))).isTrue();
    assertThat(r.covers(YearMonth.of(2016, 3))).isFalse();
    assertThat(r.contains(LocalDate.of(2016, 1, 31))).isTrue();
    assertThat(r.contains(LocalDate.of(2016, 1, 30))).isFalse();
    assertThat(r.contains(LocalDate.of(2016, 3, 1))).isTrue();
    assertThat(r.contains(LocalDate.of(2016, 3, 2))).isFalse();
  }

  @Test
  void test_intersection() {
    DateRange a = DateRange.parse("2016-01-01/2016-06-30");
    assertThat(a.intersection(DateRange.parse("2016-06-30/2016-12-31"))).contains(DateRange.parse("2016-06-30"));
    assertThat(a.intersection(DateRange.parse("2016-07-01/2016-12-31"))).isEmpty();
    assertThat(a.encloses(DateRange.parse("2016-02-01/2016-02-29"))).isTrue();
    assertThat(a.encloses(DateRange.parse("2015-12-31/2016-02-29"))).isFalse();
  }

  @Test
  void test_of_rejectsEndBeforeStartAndNulls() {
    assertThatIllegalArgumentException().isThrownBy(() -> DateRange.of(LocalDate.of(2016, 2, 1), LocalDate.of(2016, 1, 31)))
        .withMessage("date range must not end before it starts: 2016-02-01/2016-01-31");
    assertThatNullPointerException().isThrownBy(() -> DateRange.of(null, LocalDate.of(2016, 1, 1)))
        .withMessageContaining("start");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "20161", "2016-02-30/2016-03-01", "2016-01-01/", "2016/01/01", "2016-01-01 to 2016-02-01"})
  void test_parse_rejectsMalformedText(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> DateRange.parse(text)).withMessageContaining("'" + text + "'");
  }

  @Test
  void property_parseReadsBackToString() {
    qt().forAll(ranges()).check(r -> DateRange.parse(r.toString()).equals(r));
  }

  @Test
  void property_monthsTouchTheRangeAndAreCoveredOnlyWhenWhollyInside() {
    qt().forAll(ranges()).checkAssert(r -> {
      long days = 0;
      for (YearMonth m : r.months()) {
        DateRange month = DateRange.ofMonth(m);
        DateRange shared = r.intersection(month).orElseThrow();
        days += shared.days();
        assertThat(r.covers(m)).isEqualTo(shared.equals(month));
      }
      assertThat(days).isEqualTo(r.days());
    });
  }
}
