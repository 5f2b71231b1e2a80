package org.tuopin.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.tuopin.testing.Theories.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;
import org.tuopin.testing.Generators;

class YuanTest {

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  // ---------------------------------------------------------------------------------- factories

  @Test
  public void test_ofFen_keepsTheFen() {
    assertThat(Yuan.ofFen(409_625).fen()).isEqualTo(409_625);
    assertThat(Yuan.ofFen(-1).fen()).isEqualTo(-1);
    assertThat(Yuan.ofFen(0)).isEqualTo(Yuan.ZERO);
  }

  @Test
  public void test_of_wholeYuan() {
    assertThat(Yuan.of(2855).fen()).isEqualTo(285_500);
    assertThat(Yuan.of(-12).fen()).isEqualTo(-1_200);
  }

  @Test
  public void test_of_wholeYuan_overflowThrowsArithmeticException() {
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Yuan.of(Long.MAX_VALUE / 10));
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Yuan.of(Long.MIN_VALUE / 50));
  }

  @Test
  public void test_of_double_readsTheShortestDecimal() {
    assertThat(Yuan.of(4096.25).fen()).isEqualTo(409_625);
    assertThat(Yuan.of(0.1).fen()).isEqualTo(10);
    assertThat(Yuan.of(-0.07).fen()).isEqualTo(-7);
    assertThat(Yuan.of(1234.5)).isEqualTo(Yuan.ofFen(123_450));
  }

  @Test
  public void test_of_double_rejectsMoreThanTwoDecimals() {
    assertThatIllegalArgumentException().isThrownBy(() -> Yuan.of(0.1 + 0.2))
        .withMessageContaining("two decimal places").withMessageContaining("0.30000000000000004");
    assertThatIllegalArgumentException().isThrownBy(() -> Yuan.of(1.005)).withMessageContaining("1.005");
  }

  @Test
  public void test_of_double_rejectsNonFinite() {
    assertThatIllegalArgumentException().isThrownBy(() -> Yuan.of(Double.NaN)).withMessageContaining("finite");
    assertThatIllegalArgumentException().isThrownBy(() -> Yuan.of(Double.POSITIVE_INFINITY))
        .withMessageContaining("Infinity");
  }

  @Test
  public void test_of_bigDecimal_acceptsTrailingZerosAndExponents() {
    assertThat(Yuan.of(new BigDecimal("1.500"))).isEqualTo(Yuan.ofFen(150));
    assertThat(Yuan.of(new BigDecimal("1E+3"))).isEqualTo(Yuan.of(1000));
    assertThat(Yuan.of(new BigDecimal("-0.01"))).isEqualTo(Yuan.ofFen(-1));
  }

  @Test
  public void test_of_bigDecimal_rejectsFractionsOfAFen() {
    assertThatIllegalArgumentException().isThrownBy(() -> Yuan.of(new BigDecimal("4096.255")))
        .withMessageContaining("'4096.255'").withMessageContaining("two decimal places");
  }

  @Test
  public void test_of_bigDecimal_rejectsAmountsBeyondALongOfFen() {
    assertThatIllegalArgumentException().isThrownBy(() -> Yuan.of(new BigDecimal("1E+20")))
        .withMessageContaining("too large");
  }

  @Test
  public void test_of_bigDecimal_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> Yuan.of((BigDecimal) null)).withMessage("yuan");
  }

  // ---------------------------------------------------------------------------------- text

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "409625    | ¥4,096.25",
      "123450    | ¥1,234.50",
      "-1200     | -¥12.00",
      "0         | ¥0.00",
      "1         | ¥0.01",
      "-1        | -¥0.01",
      "99999     | ¥999.99",
      "100000    | ¥1,000.00",
      "123456789012 | ¥1,234,567,890.12",
  })
  public void test_toString_isCanonical(long fen, String text) {
    assertThat(Yuan.ofFen(fen)).hasToString(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "409625 | 4096.25",
      "-1200  | -12.00",
      "0      | 0.00",
      "5      | 0.05",
      "123456789 | 1234567.89",
  })
  public void test_toPlainString_hasTwoDecimalsAndNoSeparators(long fen, String text) {
    assertThat(Yuan.ofFen(fen).toPlainString()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "4096.25     | 409625",
      "¥1,234.50   | 123450",
      "-¥12.00     | -1200",
      "-12         | -1200",
      "+7.5        | 750",
      "￥5         | 500",
      "0.01        | 1",
      "1,000,000   | 100000000",
      "'  2855  '  | 285500",
      "-0          | 0",
  })
  public void test_parse_readsAmounts(String text, long fen) {
    assertThat(Yuan.parse(text)).isEqualTo(Yuan.ofFen(fen));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.234", "1,23,4", "", "¥", "12.", ".5", "1,2345", "12,34", "abc", "--1", "1e3",
      "¥-12", "1 234", "4096.25元", "NaN", "1.2.3"})
  public void test_parse_rejectsMalformedText(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Yuan.parse(text))
        .withMessageContaining("'" + text + "'")
        .withMessageContaining("two decimals");
  }

  @Test
  public void test_parse_rejectsAmountsBeyondALongOfFen() {
    assertThatIllegalArgumentException().isThrownBy(() -> Yuan.parse("99999999999999999999"))
        .withMessageContaining("too large");
  }

  @Test
  public void test_parse_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> Yuan.parse(null)).withMessage("text");
  }

  @Test
  public void test_parse_roundTripsTheLargestAmount() {
    Yuan max = Yuan.ofFen(Long.MAX_VALUE);
    assertThat(Yuan.parse(max.toString())).isEqualTo(max);
    assertThat(Yuan.parse(max.negated().toString())).isEqualTo(max.negated());
  }

  @Test
  public void test_parse_roundTripsTheSmallestAmount() {
    Yuan min = Yuan.ofFen(Long.MIN_VALUE);
    assertThat(Yuan.parse(min.toString())).isEqualTo(min);
    assertThat(Yuan.parse(min.toPlainString())).isEqualTo(min);
  }

  @Test
  public void property_parse_readsBackToString() {
    qt().forAll(Generators.yuan()).check(a -> Yuan.parse(a.toString()).equals(a));
  }

  @Test
  public void property_parse_readsBackToPlainString() {
    qt().forAll(Generators.yuan()).check(a -> Yuan.parse(a.toPlainString()).equals(a));
  }

  @Test
  public void property_toString_hasTheCanonicalShape() {
    qt().forAll(Generators.yuan()).checkAssert(a -> {
      assertThat(a.toString()).matches("-?¥\\d{1,3}(,\\d{3})*\\.\\d{2}");
      assertThat(a.toString().startsWith("-")).isEqualTo(a.isNegative());
      assertThat(new BigDecimal(a.toString().replace("¥", "").replace(",", ""))).isEqualTo(a.toBigDecimal());
    });
  }

  // ---------------------------------------------------------------------------------- arithmetic

  @Test
  public void test_workedExample_sumsAndDividesExactly() {
    Yuan net = Yuan.of(6000).plus(Yuan.of(1180)).plus(Yuan.of(6000)).plus(Yuan.of(4205)).minus(Yuan.of(1000));
    assertThat(net).isEqualTo(Yuan.of(16385));
    assertThat(net.dividedBy(4, RoundingMode.UNNECESSARY)).hasToString("¥4,096.25");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1000000 | 3  | HALF_UP   | 333333",
      "2000000 | 3  | HALF_UP   | 666667",
      "2000000 | 3  | DOWN      | 666666",
      "-1000000 | 3 | HALF_UP   | -333333",
      "-2000000 | 3 | HALF_UP   | -666667",
      "-2000000 | 3 | FLOOR     | -666667",
      "-2000000 | 3 | CEILING   | -666666",
      "5       | 2  | HALF_UP   | 3",
      "5       | 2  | HALF_EVEN | 2",
      "5       | 2  | HALF_DOWN | 2",
      "1638500 | 4  | UNNECESSARY | 409625",
      "1000    | -3 | HALF_UP   | -333",
  })
  public void test_dividedBy_roundsToTheFenAsStated(long fen, long divisor, RoundingMode mode, long expected) {
    assertThat(Yuan.ofFen(fen).dividedBy(divisor, mode)).isEqualTo(Yuan.ofFen(expected));
  }

  @Test
  public void test_dividedBy_tenThousandOverThree() {
    assertThat(Yuan.of(10000).dividedBy(3, RoundingMode.HALF_UP)).hasToString("¥3,333.33");
  }

  @Test
  public void test_dividedBy_zeroThrowsArithmeticException() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Yuan.of(5).dividedBy(0, RoundingMode.HALF_UP)).withMessageContaining("zero");
  }

  @Test
  public void test_dividedBy_unnecessaryRoundingWithARemainderThrows() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Yuan.of(10000).dividedBy(3, RoundingMode.UNNECESSARY));
  }

  @Test
  public void test_dividedBy_overflowThrows() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Yuan.ofFen(Long.MIN_VALUE).dividedBy(-1, RoundingMode.HALF_UP));
  }

  @Test
  public void test_dividedBy_rejectsNullRounding() {
    assertThatNullPointerException().isThrownBy(() -> Yuan.of(1).dividedBy(2, null)).withMessage("rounding");
  }

  @Test
  public void test_plus_overflowThrowsArithmeticException() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Yuan.ofFen(Long.MAX_VALUE).plus(Yuan.ofFen(1)));
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Yuan.ofFen(Long.MIN_VALUE).plus(Yuan.ofFen(-1)));
  }

  @Test
  public void test_minus_overflowThrowsArithmeticException() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Yuan.ofFen(Long.MIN_VALUE).minus(Yuan.ofFen(1)));
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Yuan.ofFen(0).minus(Yuan.ofFen(Long.MIN_VALUE)));
  }

  @Test
  public void test_multipliedBy_overflowThrowsArithmeticException() {
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Yuan.ofFen(Long.MAX_VALUE / 2 + 1).multipliedBy(2));
    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> Yuan.ofFen(Long.MIN_VALUE).multipliedBy(-1));
  }

  @Test
  public void test_negated_overflowThrowsArithmeticException() {
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> Yuan.ofFen(Long.MIN_VALUE).negated());
  }

  @Test
  public void test_plus_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> Yuan.ZERO.plus(null));
    assertThatNullPointerException().isThrownBy(() -> Yuan.ZERO.minus(null));
  }

  @Test
  public void property_plusThenMinus_givesBackTheAmount() {
    qt().forAll(Generators.yuan(), Generators.yuan()).check((a, b) -> a.plus(b).minus(b).equals(a));
  }

  @Test
  public void property_plus_isCommutativeAndAssociative() {
    qt().forAll(Generators.yuan(), Generators.yuan(), Generators.yuan()).checkAssert((a, b, c) -> {
      assertThat(a.plus(b)).isEqualTo(b.plus(a));
      assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
    });
  }

  @Test
  public void property_plus_isExactOrThrows() {
    qt().forAll(Generators.anyYuan(), Generators.anyYuan()).checkAssert((a, b) -> {
      BigInteger exact = BigInteger.valueOf(a.fen()).add(BigInteger.valueOf(b.fen()));
      if (exact.compareTo(LONG_MIN) < 0 || exact.compareTo(LONG_MAX) > 0) {
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> a.plus(b));
      } else {
        assertThat(a.plus(b).fen()).isEqualTo(exact.longValueExact());
      }
    });
  }

  @Test
  public void property_minus_isExactOrThrows() {
    qt().forAll(Generators.anyYuan(), Generators.anyYuan()).checkAssert((a, b) -> {
      BigInteger exact = BigInteger.valueOf(a.fen()).subtract(BigInteger.valueOf(b.fen()));
      if (exact.compareTo(LONG_MIN) < 0 || exact.compareTo(LONG_MAX) > 0) {
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> a.minus(b));
      } else {
        assertThat(a.minus(b).fen()).isEqualTo(exact.longValueExact());
      }
    });
  }

  @Test
  public void property_sum_matchesBigDecimalSum() {
    qt().forAll(lists().of(Generators.yuan()).ofSizeBetween(0, 40)).checkAssert(amounts -> {
      Yuan sum = amounts.stream().reduce(Yuan.ZERO, Yuan::plus);
      BigDecimal expected = amounts.stream().map(Yuan::toBigDecimal).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(sum.toBigDecimal()).isEqualByComparingTo(expected);
    });
  }

  @Test
  public void property_multipliedBy_matchesRepeatedAddition() {
    qt().forAll(Generators.yuan(), integers().between(0, 60)).checkAssert((a, n) -> {
      Yuan repeated = Yuan.ZERO;
      for (int i = 0; i < n; i++) {
        repeated = repeated.plus(a);
      }
      assertThat(a.multipliedBy(n)).isEqualTo(repeated);
      assertThat(a.multipliedBy(-n)).isEqualTo(repeated.negated());
    });
  }

  @Test
  public void property_multipliedBy_matchesBigDecimalOrThrows() {
    qt().forAll(Generators.anyYuan(), Generators.fen()).checkAssert((a, n) -> {
      BigInteger exact = BigInteger.valueOf(a.fen()).multiply(BigInteger.valueOf(n));
      if (exact.compareTo(LONG_MIN) < 0 || exact.compareTo(LONG_MAX) > 0) {
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> a.multipliedBy(n));
      } else {
        assertThat(a.multipliedBy(n).toBigDecimal())
            .isEqualByComparingTo(a.toBigDecimal().multiply(BigDecimal.valueOf(n)));
      }
    });
  }

  @Test
  public void property_dividedBy_matchesBigDecimalDivision() {
    List<RoundingMode> modes = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN,
        RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR);
    qt().forAll(Generators.yuan(), integers().between(1, 12).mix(integers().between(-1000, 1000)),
        Generate.pick(modes)).assuming((a, n, mode) -> n != 0).checkAssert((a, n, mode) ->
            assertThat(a.dividedBy(n, mode).toBigDecimal())
                .isEqualTo(a.toBigDecimal().divide(BigDecimal.valueOf(n), 2, mode)));
  }

  @Test
  public void property_dividedBy_timesTheDivisorIsWithinOneFenPerDivisor() {
    qt().forAll(Generators.yuan(), integers().between(1, 20)).checkAssert((a, n) -> {
      Yuan q = a.dividedBy(n, RoundingMode.HALF_UP);
      long remainder = a.minus(q.multipliedBy(n)).fen();
      assertThat(Math.abs(2 * remainder)).isLessThanOrEqualTo(n);
    });
  }

  // ---------------------------------------------------------------------------------- comparison, equality

  @Test
  public void test_signs() {
    assertThat(Yuan.ZERO.isZero()).isTrue();
    assertThat(Yuan.ZERO.isPositive()).isFalse();
    assertThat(Yuan.ZERO.isNegative()).isFalse();
    assertThat(Yuan.ofFen(1).isPositive()).isTrue();
    assertThat(Yuan.ofFen(-1).isNegative()).isTrue();
  }

  @Test
  public void test_toBigDecimal_hasScaleTwo() {
    assertThat(Yuan.of(2855).toBigDecimal()).isEqualTo(new BigDecimal("2855.00"));
    assertThat(Yuan.ofFen(-5).toBigDecimal()).isEqualTo(new BigDecimal("-0.05"));
  }

  @Test
  public void test_equalsAndHashCode() {
    assertThat(Yuan.of(4096.25)).isEqualTo(Yuan.ofFen(409_625)).hasSameHashCodeAs(Yuan.parse("¥4,096.25"));
    assertThat(Yuan.of(1)).isNotEqualTo(Yuan.ofFen(1)).isNotEqualTo(null).isNotEqualTo("¥1.00");
  }

  @Test
  public void property_compareTo_agreesWithBigDecimalAndEquals() {
    qt().forAll(Generators.yuan(), Generators.yuan()).checkAssert((a, b) -> {
      assertThat(Integer.signum(a.compareTo(b)))
          .isEqualTo(Integer.signum(a.toBigDecimal().compareTo(b.toBigDecimal())));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
  }
}
