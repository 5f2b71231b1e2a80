package org.tuopin.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tuopin.basics.Coded;

/** Tests of the national code lists: each value is read back from its code, labels and name. */
class CodedEnumsTest {

  static Stream<Arguments> codeLists() {
    return Stream.of(
        Arguments.of(ExitStatus.class, (Function<String, Object>) ExitStatus::parse, "exit status"),
        Arguments.of(Health.class, (Function<String, Object>) Health::parse, "health"),
        Arguments.of(HouseholdAttribute.class, (Function<String, Object>) HouseholdAttribute::parse, "attribute"),
        Arguments.of(LabourSkill.class, (Function<String, Object>) LabourSkill::parse, "labour"),
        Arguments.of(PovertyCause.class, (Function<String, Object>) PovertyCause::parse, "cause of poverty"),
        Arguments.of(Relation.class, (Function<String, Object>) Relation::parse, "relation"),
        Arguments.of(Sex.class, (Function<String, Object>) Sex::parse, "sex"));
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  public void test_parse_readsBackCodeLabelsAndName(Class<? extends Enum<?>> type, Function<String, Object> parse,
      String what) {
    for (Enum<?> e : type.getEnumConstants()) {
      Coded c = (Coded) e;
      assertThat(parse.apply(c.code())).as("%s code %s", type.getSimpleName(), c.code()).isSameAs(e);
      assertThat(parse.apply(c.label().zh())).as("%s label %s", type.getSimpleName(), c.label().zh()).isSameAs(e);
      assertThat(parse.apply(c.label().en().toUpperCase(Locale.ROOT))).isSameAs(e);
      assertThat(parse.apply(e.name().toLowerCase(Locale.ROOT))).isSameAs(e);
      assertThat(parse.apply(" " + c.code() + " ")).isSameAs(e);
    }
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  public void test_codesAndLabelsAreUnique(Class<? extends Enum<?>> type, Function<String, Object> parse,
      String what) {
    Coded[] values = (Coded[]) type.getEnumConstants();
    assertThat(Arrays.stream(values).map(Coded::code)).doesNotHaveDuplicates();
    assertThat(Arrays.stream(values).map(c -> c.label().zh())).doesNotHaveDuplicates();
    assertThat(Arrays.stream(values).map(c -> c.label().en().toLowerCase(Locale.ROOT))).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  public void test_parse_rejectsUnknownTextListingTheCodes(Class<? extends Enum<?>> type,
      Function<String, Object> parse, String what) {
    Coded first = (Coded) type.getEnumConstants()[0];
    assertThatIllegalArgumentException().isThrownBy(() -> parse.apply("99"))
        .withMessageContaining(what).withMessageContaining("'99'")
        .withMessageContaining(first.code() + " " + first.label().zh());
  }

  @ParameterizedTest
  @MethodSource("codeLists")
  public void test_parse_rejectsNull(Class<? extends Enum<?>> type, Function<String, Object> parse, String what) {
    assertThatNullPointerException().isThrownBy(() -> parse.apply(null));
  }

  @Test
  public void test_povertyCause_codesFollowTheNationalList() {
    assertThat(PovertyCause.values()).extracting(PovertyCause::code)
        .containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11");
    assertThat(PovertyCause.values()).extracting(c -> c.label().zh()).containsExactly(
        "因病", "因残", "因学", "因灾", "缺土地", "缺水", "缺技术", "缺劳动力", "缺资金", "交通条件落后", "自身发展动力不足");
  }

  @Test
  public void test_householdAttribute_codesFollowTheLaterNationalList() {
    assertThat(HouseholdAttribute.values()).extracting(a -> a.code() + " " + a.label().zh()).containsExactly(
        "01 一般贫困户", "02 低保脱贫户", "03 特困供养脱贫户", "04 低保贫困户", "05 一般脱贫户", "06 特困供养贫困户",
        "07 低保特困供养贫困户");
  }

  @Test
  public void test_exitStatus_codesFollowTheNationalList() {
    assertThat(ExitStatus.values()).extracting(s -> s.code() + " " + s.label().zh()).containsExactly(
        "0 未脱贫", "1 已脱贫享受政策", "3 返贫", "4 已脱贫不再享受政策");
    assertThatIllegalArgumentException().isThrownBy(() -> ExitStatus.parse("2")).withMessageContaining("'2'");
  }

  @Test
  public void test_healthAndLabour_labelsFollowTheForm() {
    assertThat(Health.values()).extracting(h -> h.label().zh()).containsExactly("健康", "长期慢性病", "患有大病", "残疾");
    assertThat(LabourSkill.values()).extracting(l -> l.label().zh())
        .containsExactly("普通劳动力", "技能劳动力", "丧失劳动力", "无劳动力");
    assertThat(Sex.parse("1")).isEqualTo(Sex.MALE);
    assertThat(Sex.parse("女")).isEqualTo(Sex.FEMALE);
  }

  @ParameterizedTest
  @CsvSource({
      "本人, HOUSEHOLDER", "户主, HOUSEHOLDER", "妻子, SPOUSE", "丈夫, SPOUSE", "之妻, SPOUSE", "配偶, SPOUSE",
      "儿子, SON", "之子, SON", "女儿, DAUGHTER", "之父, PARENT", "之母, PARENT", "母亲, PARENT",
      "之公婆, PARENT_IN_LAW", "之岳母, PARENT_IN_LAW", "之祖母, GRANDPARENT", "之妹, SIBLING",
      "之外孙女, DAUGHTERS_DAUGHTER", "daughter's son, DAUGHTERS_SON", "其他, OTHER", "15, OTHER",
  })
  public void test_relation_parseReadsCommonVariants(String text, Relation expected) {
    assertThat(Relation.parse(text)).isEqualTo(expected);
  }
}
