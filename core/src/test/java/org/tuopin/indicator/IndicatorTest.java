package org.tuopin.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Units;

class IndicatorTest {

  @Test
  public void test_catalogue_keysAreUniqueAndParse() {
    Set<String> keys = new HashSet<>();
    for (Indicator i : Indicators.all()) {
      assertThat(keys.add(i.key())).as(i.key()).isTrue();
      assertThat(Indicator.parse(i.key())).isEqualTo(i);
      assertThat(Indicators.find(i.key())).contains(i);
      assertThat(i.label().zh()).isNotBlank();
      assertThat(i.label().en()).isNotBlank();
      if (i.aggregation() == Aggregation.RATE) {
        assertThat(i.unit()).isEqualTo(Units.PERCENT);
        assertThat(i.numerator().orElseThrow().isAdditive()).isTrue();
        assertThat(i.denominator().orElseThrow().isAdditive()).isTrue();
      } else {
        assertThat(i.numerator()).isEmpty();
      }
    }
  }

  @Test
  public void test_catalogue_unitsAndAggregations() {
    assertThat(Indicators.PEOPLE_EXITED.unit()).isEqualTo(Units.PERSON);
    assertThat(Indicators.PEOPLE_EXITED.isAdditive()).isTrue();
    assertThat(Indicators.ROADS_HARDENED.unit()).isEqualTo(Units.KILOMETRE);
    assertThat(Indicators.MICROCREDIT.unit()).isEqualTo(Units.WAN_YUAN);
    assertThat(Indicators.INCIDENCE.aggregation()).isEqualTo(Aggregation.RATE);
    assertThat(Indicators.INCIDENCE.numerator()).contains(Indicators.REMAINING_POOR);
    assertThat(Indicators.INCIDENCE.denominator()).contains(Indicators.RURAL_POPULATION);
    assertThat(Indicators.PER_CAPITA_NET_INCOME.aggregation()).isEqualTo(Aggregation.NONE);
    assertThat(Indicators.PER_CAPITA_NET_INCOME.isAdditive()).isFalse();
  }

  @Test
  public void test_qualifiers() {
    Indicator pepper = Indicators.cropArea("青花椒");
    assertThat(pepper.toString()).isEqualTo("crop_area[青花椒]");
    assertThat(pepper.label().zh()).isEqualTo("种植面积（青花椒）");
    assertThat(pepper.label().en()).isEqualTo("area planted (青花椒)");
    assertThat(pepper).isEqualTo(Indicator.parse("crop_area[青花椒]")).hasSameHashCodeAs(Indicator.parse("crop_area[ 青花椒 ]"));
    assertThat(pepper).isNotEqualTo(Indicators.CROP_AREA).isNotEqualTo(Indicators.cropArea("中药材"));
    assertThat(pepper.qualifier()).contains("青花椒");
    Indicator chickens = Indicators.livestock("土鸡", Units.ANIMAL);
    assertThat(chickens.unit()).isEqualTo(Units.ANIMAL);
    assertThat(chickens).isEqualTo(Indicators.LIVESTOCK.withQualifier("土鸡"));
    assertThat(Indicators.investment("组组通").unit()).isEqualTo(Units.WAN_YUAN);
    assertThat(Indicators.livestockMarketed("生猪", Units.HEAD).key()).isEqualTo("livestock_marketed");
    assertThat(pepper.compareTo(Indicators.cropArea("中药材"))).isNotZero();
    assertThat(Indicators.CROP_AREA.compareTo(pepper)).isNegative();
  }

  @Test
  public void test_userDefined() {
    Indicator weak = Indicator.of("weak_villages_attained", "经济薄弱村达标", "weak villages attaining 新八有",
        Units.VILLAGE, Aggregation.SUM);
    assertThat(weak.isAdditive()).isTrue();
    Indicator rate = Indicator.ofRate("card_coverage", "帮扶联系卡到户率", "help-card coverage",
        Indicator.of("cards", "发放联系卡户数", "cards issued", Units.HOUSEHOLD, Aggregation.SUM),
        Indicators.REGISTERED_HOUSEHOLDS);
    assertThat(rate.unit()).isEqualTo(Units.PERCENT);
  }

  @Test
  public void test_rejects() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Indicator.of("Bad Key", "x", "x", Units.PERSON, Aggregation.SUM))
        .withMessageContaining("'Bad Key'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Indicator.of("r", "x", "x", Units.PERCENT, Aggregation.RATE))
        .withMessageContaining("ofRate");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Indicator.ofRate("r", "x", "x", Indicators.PER_CAPITA_NET_INCOME, Indicators.RURAL_POPULATION))
        .withMessageContaining("summed");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Indicator.ofRate("r", "x", "x", Indicators.REMAINING_POOR, Indicators.REGISTERED_HOUSEHOLDS))
        .withMessageContaining("人").withMessageContaining("户");
    assertThatIllegalArgumentException().isThrownBy(() -> Indicators.cropArea(" ")).withMessageContaining("' '");
    assertThatIllegalArgumentException().isThrownBy(() -> Indicators.cropArea("a[b]")).withMessageContaining("brackets");
    assertThatIllegalArgumentException().isThrownBy(() -> Indicators.INCIDENCE.withUnit(Units.PERSON))
        .withMessageContaining("%");
    assertThatIllegalArgumentException().isThrownBy(() -> Indicator.parse("no_such_key"))
        .withMessageContaining("'no_such_key'").withMessageContaining("people_exited");
    assertThatIllegalArgumentException().isThrownBy(() -> Indicator.parse("crop_area[")).withMessageContaining("'crop_area['");
    assertThatNullPointerException().isThrownBy(() -> Indicators.find(null)).withMessage("key");
    assertThatNullPointerException().isThrownBy(() -> Indicators.PEOPLE_EXITED.withQualifier(null))
        .withMessage("qualifier");
  }
}
