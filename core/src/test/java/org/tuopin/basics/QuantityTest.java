package org.tuopin.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.tuopin.testing.Theories.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tuopin.testing.Generators;
import org.tuopin.testing.PlanGenerators;

class QuantityTest {

  private static Quantity q(String text) {
    return Quantity.parse(text);
  }

  // ---------------------------------------------------------------------------------- factories

  @Test
  public void test_of_stripsTrailingZeros() {
    assertThat(Quantity.of(new BigDecimal("10.20"), Units.KILOMETRE)).isEqualTo(Quantity.of(new BigDecimal("10.2"),
        Units.KILOMETRE));
    assertThat(Quantity.of(new BigDecimal("0.000"), Units.MU)).isEqualTo(Quantity.of(0, Units.MU));
    assertThat(Quantity.of(8700, Units.MU).value()).isEqualByComparingTo("8700");
    assertThat(Quantity.of(8700, Units.MU).toString()).isEqualTo("8700 亩");
  }

  @Test
  public void test_of_text_readsSeparatorsAndChineseMultipliers() {
    Unit sticks = Unit.of("stick", "棒", "sticks");
    assertThat(Quantity.of("1.5亿", sticks)).isEqualTo(Quantity.of(150_000_000, sticks));
    assertThat(Quantity.of("11.6万", Units.PERSON)).isEqualTo(Quantity.of(116_000, Units.PERSON));
    assertThat(Quantity.of("8,700", Units.MU)).isEqualTo(Quantity.of(8700, Units.MU));
    assertThat(Quantity.of(" 10.2 ", Units.KILOMETRE).toString()).isEqualTo("10.2 公里");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "万", "1,2", "1.5千", "abc", "1 2"})
  public void test_of_text_rejectsOtherText(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Quantity.of(text, Units.PERSON))
        .withMessageContaining("'" + text + "'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "8700 亩|8700|亩",
      "8,700亩|8700|亩",
      "10.2 km|10.2|公里",
      "10.2公里|10.2|公里",
      "19亿元|19|亿元",
      "2100万元|2100|万元",
      "60万亩|600000|亩",
      "1.7万吨|17000|吨",
      "755万羽|7550000|羽",
      "30%|30|%",
      "30 %|30|%",
      "-3.5 人|-3.5|人",
      "400000 yuan|400000|元",
      "1E+3 米|1000|米",
  })
  public void test_parse(String text, String value, String unit) {
    Quantity parsed = Quantity.parse(text);
    assertThat(parsed.value()).isEqualByComparingTo(value);
    assertThat(parsed.unit()).isEqualTo(Unit.parse(unit));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "亩", "8700", "8700 棒", "8700万棒", "亩 8700", "1,23 亩"})
  public void test_parse_rejectsNamingTheText(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Quantity.parse(text))
        .withMessageContaining("'" + text + "'").withMessageContaining("亩");
  }

  @Test
  public void test_toString_andFormat() {
    assertThat(q("8700亩").toString()).isEqualTo("8700 亩");
    assertThat(q("30%").toString()).isEqualTo("30%");
    assertThat(q("1234567.25 元").format(Language.ZH)).isEqualTo("1,234,567.25 元");
    assertThat(q("-1234567.25 元").format(Language.EN)).isEqualTo("-1,234,567.25 yuan");
    assertThat(q("8700 亩").format(Language.EN)).isEqualTo("8,700 mu");
    assertThat(q("100 亩").format(Language.EN)).isEqualTo("100 mu");
    assertThat(q("30%").format(Language.EN)).isEqualTo("30%");
    assertThat(q("0.5 公里").format(Language.ZH)).isEqualTo("0.5 公里");
  }

  // -------------------------------------------------------------------------------- conversions

  @Test
  public void test_to_convertsExactlyWithinADimension() {
    assertThat(q("1 公顷").to(Units.MU)).isEqualTo(q("15 亩"));
    assertThat(q("30 亩").to(Units.HECTARE)).isEqualTo(q("2 公顷"));
    assertThat(q("10.2 公里").to(Units.METRE)).isEqualTo(q("10200 米"));
    assertThat(q("3000 米").to(Units.KILOMETRE)).isEqualTo(q("3 公里"));
    assertThat(q("19 亿元").to(Units.WAN_YUAN)).isEqualTo(q("190000 万元"));
    assertThat(q("2100 万元").to(Units.YUAN)).isEqualTo(q("21000000 元"));
    assertThat(q("8091.87 万元").to(Units.YI_YUAN)).isEqualTo(q("0.809187 亿元"));
    assertThat(q("1.5 公顷").to(Units.SQUARE_METRE)).isEqualTo(q("15000 平方米"));
    assertThat(q("1500 平方米").to(Units.MU)).isEqualTo(q("2.25 亩"));
  }

  @Test
  public void test_to_throwsRatherThanRoundsANonTerminatingResult() {
    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> q("1 亩").to(Units.HECTARE))
        .withMessageContaining("1 亩").withMessageContaining("公顷");
    assertThat(q("1 亩").to(Units.HECTARE, 4, RoundingMode.HALF_UP)).isEqualTo(q("0.0667 公顷"));
    assertThat(q("1 亩").to(Units.SQUARE_METRE, 2, RoundingMode.HALF_UP)).isEqualTo(q("666.67 平方米"));
  }

  @Test
  public void test_to_betweenDimensionsNamesBothUnits() {
    assertThatIllegalArgumentException().isThrownBy(() -> q("8700 亩").to(Units.KILOMETRE))
        .withMessageContaining("亩").withMessageContaining("公里");
    assertThatIllegalArgumentException().isThrownBy(() -> q("5 人").to(Units.HOUSEHOLD))
        .withMessageContaining("人").withMessageContaining("户");
    assertThatIllegalArgumentException().isThrownBy(() -> q("5 人").plus(q("5 户")))
        .withMessageContaining("人").withMessageContaining("户");
    assertThatIllegalArgumentException().isThrownBy(() -> q("5 人").compareTo(q("5 人次")))
        .withMessageContaining("人次");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> q("5 头").to(Units.BIRD, 2, RoundingMode.HALF_UP)).withMessageContaining("羽");
  }

  @Test
  public void test_yuan_interoperates() {
    assertThat(Quantity.from(Yuan.of(4096.25))).isEqualTo(q("4096.25 元"));
    assertThat(q("40 万元").toYuan()).isEqualTo(Yuan.of(400_000));
    assertThat(q("0.0001 万元").toYuan()).isEqualTo(Yuan.of(1));
    assertThat(q("0.000001 万元").toYuan()).isEqualTo(Yuan.ofFen(1));
    assertThatIllegalArgumentException().isThrownBy(() -> q("0.0000001 万元").toYuan())
        .withMessageContaining("0.0000001 万元").withMessageContaining("fen");
    assertThatIllegalArgumentException().isThrownBy(() -> q("3 亩").toYuan()).withMessageContaining("亩");
  }

  // --------------------------------------------------------------------------------- arithmetic

  @Test
  public void test_plusMinus_acrossUnits() {
    assertThat(q("3.2 公里").plus(q("500 米"))).isEqualTo(q("3.7 公里"));
    assertThat(q("500 米").plus(q("3.2 公里"))).isEqualTo(q("3700 米"));
    assertThat(q("1 公顷").plus(q("1 亩"))).isEqualTo(q("16 亩"));
    assertThat(q("1 亩").plus(q("1 公顷"))).isEqualTo(q("16 亩"));
    assertThat(q("10.2 公里").minus(q("5.2 公里"))).isEqualTo(q("5 公里"));
    assertThat(q("5 公里").minus(q("10.2 公里")).isNegative()).isTrue();
    assertThat(q("40 万元").multipliedBy(2880)).isEqualTo(q("115200 万元"));
    assertThat(q("1.9 亿元").multipliedBy(new BigDecimal("0.5"))).isEqualTo(q("0.95 亿元"));
    assertThat(q("3 人").negated()).isEqualTo(q("-3 人"));
  }

  @Test
  public void test_sum_picksAUnitThatHoldsEveryPartExactly() {
    assertThat(Quantity.sum(List.of(q("3.2 公里"), q("2 公里"), q("4 公里"), q("1 公里")))).isEqualTo(q("10.2 公里"));
    assertThat(Quantity.sum(List.of(q("1 亩"), q("1 公顷")))).isEqualTo(q("16 亩"));
    assertThat(Quantity.sum(List.of(q("1 公顷"), q("1 亩")))).isEqualTo(q("16 亩"));
    assertThat(Quantity.sum(List.of(q("7 人")))).isEqualTo(q("7 人"));
    assertThatIllegalArgumentException().isThrownBy(() -> Quantity.sum(List.of())).withMessageContaining("at least one");
    assertThatIllegalArgumentException().isThrownBy(() -> Quantity.sum(List.of(q("1 人"), q("1 户"))))
        .withMessageContaining("户");
  }

  @Test
  public void test_compareTo_isExactAcrossUnits_equalsIsNot() {
    assertThat(q("1 公顷").compareTo(q("15 亩"))).isZero();
    assertThat(q("1 公顷")).isNotEqualTo(q("15 亩"));
    assertThat(q("1 公顷").isSameAmountAs(q("15 亩"))).isTrue();
    assertThat(q("1 亩").compareTo(q("666.67 平方米"))).isNegative();
    assertThat(q("1 亩").compareTo(q("666.66 平方米"))).isPositive();
    assertThat(q("1.9 亿元").compareTo(q("19000 万元"))).isZero();
    assertThat(q("10.20 公里")).isEqualTo(q("10.2 公里")).hasSameHashCodeAs(q("10.2 公里"));
  }

  @Test
  public void test_signs() {
    assertThat(q("0 人").isZero()).isTrue();
    assertThat(q("0 人").signum()).isZero();
    assertThat(q("-1 人").isNegative()).isTrue();
    assertThat(q("2 人").signum()).isEqualTo(1);
  }

  @Test
  public void test_nullArguments() {
    assertThatNullPointerException().isThrownBy(() -> Quantity.of((BigDecimal) null, Units.MU)).withMessage("value");
    assertThatNullPointerException().isThrownBy(() -> Quantity.of(BigDecimal.ONE, null)).withMessage("unit");
    assertThatNullPointerException().isThrownBy(() -> Quantity.parse(null)).withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> q("1 亩").to(null)).withMessage("target");
    assertThatNullPointerException().isThrownBy(() -> q("1 亩").plus(null)).withMessage("other");
    assertThatNullPointerException().isThrownBy(() -> Quantity.from(null)).withMessage("yuan");
  }

  // --------------------------------------------------------------------------------- properties

  @Test
  public void property_parse_readsBackToString() {
    qt().forAll(PlanGenerators.quantities()).check(x -> Quantity.parse(x.toString()).equals(x));
  }

  @Test
  public void property_conversions_roundTrip() {
    qt().forAll(PlanGenerators.decimals(4), PlanGenerators.compatibleUnitPairs()).checkAssert((v, pair) -> {
      Quantity x = Quantity.of(v, pair.get(0));
      Unit other = pair.get(1);
      if (pair.get(0).isExactlyConvertibleTo(other)) {
        Quantity there = x.to(other);
        assertThat(there.to(x.unit())).isEqualTo(x);
        assertThat(there.compareTo(x)).isZero();
      } else {
        // Not every value converts exactly; those that do come back unchanged.
        try {
          Quantity there = x.to(other);
          assertThat(there.to(x.unit())).isEqualTo(x);
        } catch (ArithmeticException ex) {
          assertThat(ex.getMessage()).contains(other.toString());
        }
      }
    });
  }

  @Test
  public void property_conversions_agreeWithTheBaseUnitFactors() {
    qt().forAll(PlanGenerators.decimals(4), PlanGenerators.compatibleUnitPairs()).checkAssert((v, pair) -> {
      Quantity x = Quantity.of(v, pair.get(0));
      Quantity rounded = x.to(pair.get(1), 30, RoundingMode.HALF_EVEN);
      Quantity back = rounded.to(pair.get(0), 20, RoundingMode.HALF_EVEN);
      assertThat(back.value().setScale(4, RoundingMode.HALF_EVEN)).isEqualByComparingTo(v);
    });
  }

  @Test
  public void property_differentDimensions_neverMix() {
    qt().forAll(PlanGenerators.decimals(2), PlanGenerators.incompatibleUnitPairs()).checkAssert((v, pair) -> {
      Quantity x = Quantity.of(v, pair.get(0));
      Quantity y = Quantity.of(v, pair.get(1));
      assertThatIllegalArgumentException().isThrownBy(() -> x.to(pair.get(1)))
          .withMessageContaining(pair.get(0).toString()).withMessageContaining(pair.get(1).toString());
      assertThatIllegalArgumentException().isThrownBy(() -> x.plus(y));
      assertThatIllegalArgumentException().isThrownBy(() -> x.compareTo(y));
    });
  }

  @Test
  public void property_sum_isExact() {
    qt().forAll(lists().of(PlanGenerators.decimals(4)).ofSizeBetween(1, 30)).checkAssert(values -> {
      List<Quantity> parts = values.stream().map(v -> Quantity.of(v, Units.KILOMETRE)).toList();
      BigDecimal expected = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(Quantity.sum(parts).value()).isEqualByComparingTo(expected);
      List<Quantity> inMetres = parts.stream().map(p -> p.to(Units.METRE)).toList();
      assertThat(Quantity.sum(inMetres).compareTo(Quantity.sum(parts))).isZero();
    });
  }

  @Test
  public void property_plusThenMinus_returns() {
    qt().forAll(PlanGenerators.decimals(4), PlanGenerators.decimals(4), PlanGenerators.compatibleUnitPairs())
        .checkAssert((a, b, pair) -> {
          Quantity x = Quantity.of(a, pair.get(0));
          Quantity y = Quantity.of(b, pair.get(1));
          try {
            assertThat(x.plus(y).minus(y).compareTo(x)).isZero();
          } catch (ArithmeticException ex) {
            // neither unit holds the sum exactly: 亩 and 平方米 with a value of neither
            assertThat(pair.get(0).isExactlyConvertibleTo(pair.get(1))).isFalse();
          }
        });
  }

  @Test
  public void property_yuan_roundTrips() {
    qt().forAll(Generators.yuan()).check(y -> Quantity.from(y).toYuan().equals(y)
        && Quantity.from(y).to(Units.WAN_YUAN).toYuan().equals(y));
  }
}
