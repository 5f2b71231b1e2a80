package org.tuopin.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

  @Test
  public void test_units_ofTheIssueAreBuiltIn() {
    for (String symbol : new String[] {"人", "户", "个", "村", "乡镇", "公里", "米", "亩", "公顷", "头", "只", "羽",
        "口", "座", "处", "套", "平方米", "人次", "元", "万元", "亿元", "%"}) {
      assertThat(Unit.parse(symbol).toString()).as(symbol).isEqualTo(symbol);
    }
  }

  @Test
  public void test_builtIns_haveUniqueKeysAndSymbols() {
    Set<String> keys = new HashSet<>();
    Set<String> zh = new HashSet<>();
    Set<String> en = new HashSet<>();
    for (Unit u : Units.all()) {
      assertThat(keys.add(u.key())).as(u.key()).isTrue();
      assertThat(zh.add(u.symbol().zh())).as(u.symbol().zh()).isTrue();
      assertThat(en.add(u.symbol().en().toLowerCase())).as(u.symbol().en()).isTrue();
      assertThat(Unit.parse(u.key())).isEqualTo(u);
      assertThat(Unit.parse(u.symbol().en())).isEqualTo(u);
      assertThat(Unit.parse(" " + u.symbol().zh() + " ")).isEqualTo(u);
    }
  }

  @Test
  public void test_dimensions() {
    assertThat(Units.KILOMETRE.base()).isEqualTo(Units.METRE);
    assertThat(Units.WAN_YUAN.base()).isEqualTo(Units.YUAN);
    assertThat(Units.YI_YUAN.base()).isEqualTo(Units.YUAN);
    assertThat(Units.MU.base()).isEqualTo(Units.SQUARE_METRE);
    assertThat(Units.HECTARE.base()).isEqualTo(Units.SQUARE_METRE);
    assertThat(Units.TONNE.base()).isEqualTo(Units.KILOGRAM);
    assertThat(Units.PERSON.isBase()).isTrue();
    assertThat(Units.KILOMETRE.isBase()).isFalse();
    assertThat(Units.MU.isCompatibleWith(Units.HECTARE)).isTrue();
    assertThat(Units.MU.isCompatibleWith(Units.KILOMETRE)).isFalse();
    assertThat(Units.PERSON.isCompatibleWith(Units.HOUSEHOLD)).isFalse();
    assertThat(Units.PERSON.isCompatibleWith(Units.PERSON_TIME)).isFalse();
    assertThat(Units.HEAD.isCompatibleWith(Units.BIRD)).isFalse();
  }

  @Test
  public void test_isExactlyConvertibleTo() {
    assertThat(Units.HECTARE.isExactlyConvertibleTo(Units.MU)).isTrue();
    assertThat(Units.MU.isExactlyConvertibleTo(Units.HECTARE)).isFalse();
    assertThat(Units.SQUARE_METRE.isExactlyConvertibleTo(Units.MU)).isTrue();
    assertThat(Units.MU.isExactlyConvertibleTo(Units.SQUARE_METRE)).isFalse();
    assertThat(Units.METRE.isExactlyConvertibleTo(Units.KILOMETRE)).isTrue();
    assertThat(Units.YUAN.isExactlyConvertibleTo(Units.YI_YUAN)).isTrue();
    assertThat(Units.YUAN.isExactlyConvertibleTo(Units.PERSON)).isFalse();
  }

  @Test
  public void test_userDefinedUnits() {
    Unit sticks = Unit.of("stick", "棒", "sticks");
    assertThat(sticks.isBase()).isTrue();
    assertThat(sticks.symbol(Language.EN)).isEqualTo("sticks");
    Unit wanSticks = Unit.ofMultiple("wan_stick", "万棒", "wan sticks", BigDecimal.valueOf(10_000), sticks);
    assertThat(wanSticks.base()).isEqualTo(sticks);
    assertThat(Quantity.of(1, wanSticks).to(sticks)).isEqualTo(Quantity.of(10_000, sticks));
    Unit jin = Unit.ofFraction("jin", "斤", "jin", 1, 2, Units.KILOGRAM);
    assertThat(Quantity.of(3, jin).to(Units.KILOGRAM)).isEqualTo(Quantity.parse("1.5 公斤"));
    assertThat(Unit.ofMultiple("half", "半", "half", new BigDecimal("0.5"), Units.METRE))
        .isEqualTo(Unit.ofFraction("half", "半", "half", 1, 2, Units.METRE));
  }

  @Test
  public void test_equality_isKeyDimensionAndSize() {
    assertThat(Unit.of("stick", "棒", "sticks")).isEqualTo(Unit.of("stick", "根", "rods"))
        .hasSameHashCodeAs(Unit.of("stick", "根", "rods"));
    assertThat(Unit.ofMultiple("km", "公里", "km", BigDecimal.valueOf(1000), Units.METRE)).isEqualTo(Units.KILOMETRE);
    assertThat(Unit.ofMultiple("km", "公里", "km", BigDecimal.valueOf(100), Units.METRE)).isNotEqualTo(Units.KILOMETRE);
    assertThat(Units.PERSON).isNotEqualTo(Units.HOUSEHOLD).isNotEqualTo("人");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Stick", "1stick", "stick-s", "a23456789012345678901234567890123"})
  public void test_of_rejectsMalformedKeys(String key) {
    assertThatIllegalArgumentException().isThrownBy(() -> Unit.of(key, "棒", "sticks"))
        .withMessageContaining("'" + key + "'");
  }

  @Test
  public void test_of_rejectsBadSymbolsAndFactors() {
    assertThatIllegalArgumentException().isThrownBy(() -> Unit.of("stick", " ", "sticks")).withMessageContaining("blank");
    assertThatIllegalArgumentException().isThrownBy(() -> Unit.of("stick", "棒 ", "sticks")).withMessageContaining("padded");
    assertThatIllegalArgumentException().isThrownBy(() -> Unit.of("stick", "2棒", "sticks"))
        .withMessageContaining("'2棒'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Unit.ofMultiple("z", "零", "zero", BigDecimal.ZERO, Units.METRE))
        .withMessageContaining("positive");
    assertThatIllegalArgumentException().isThrownBy(() -> Unit.ofFraction("z", "零", "zero", 1, -2, Units.METRE))
        .withMessageContaining("1/-2");
  }

  @Test
  public void test_parse_rejectsUnknownNamingTheKnownSymbols() {
    assertThatIllegalArgumentException().isThrownBy(() -> Unit.parse("棒"))
        .withMessageContaining("'棒'").withMessageContaining("亩").withMessageContaining("万元");
    assertThat(Units.find("千米")).contains(Units.KILOMETRE);
    assertThat(Units.find("KM")).contains(Units.KILOMETRE);
    assertThat(Units.find("棒")).isEmpty();
  }

  @Test
  public void test_nullArguments() {
    assertThatNullPointerException().isThrownBy(() -> Unit.of(null, "棒", "sticks")).withMessage("key");
    assertThatNullPointerException().isThrownBy(() -> Unit.of("stick", null, "sticks")).withMessage("zh");
    assertThatNullPointerException().isThrownBy(() -> Unit.parse(null)).withMessage("text");
    assertThatNullPointerException()
        .isThrownBy(() -> Unit.ofMultiple("x", "x", "x", BigDecimal.ONE, null)).withMessage("unit");
  }
}
