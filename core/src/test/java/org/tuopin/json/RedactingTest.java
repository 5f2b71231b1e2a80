package org.tuopin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuopin.testing.Theories.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.YearRange;
import org.tuopin.registry.Household;
import org.tuopin.registry.Member;
import org.tuopin.registry.ResidentId;
import org.tuopin.testing.Fixtures;
import org.tuopin.report.Redacting;
import org.tuopin.testing.Generators;

/**
 * The redacting writer leaks no resident ID, birth date or full name, under either databind
 * line, while the plain binding writes them in full.
 */
class RedactingTest {

  private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON_2 =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private static final tools.jackson.databind.ObjectMapper JACKSON_3 =
      tools.jackson.databind.json.JsonMapper.builder().addMixIns(Redacting.mixIns()).build();

  static {
    Redacting.mixIns().forEach(JACKSON_2::addMixIn);
  }

  private static String jackson2(Object value) {
    try {
      return JACKSON_2.writeValueAsString(value);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static void check(Function<Object, String> writer) {
    qt(300).forAll(Generators.households(YearRange.of(2014, 2019))).checkAssert(h -> {
      String json = writer.apply(h);
      for (Member m : h.members()) {
        m.residentId().ifPresent(id -> {
          assertThat(json).doesNotContain(id.toUnredactedString()).contains(id.toString());
        });
        m.birthDate().ifPresent(d -> assertThat(json).doesNotContain(d.toString()));
        m.name().filter(n -> n.codePointCount(0, n.length()) > 1)
            .ifPresent(n -> assertThat(json).doesNotContain("\"" + n + "\""));
      }
    });
  }

  @Test
  void test_jackson2_leaksNoIdBirthDateOrName() {
    check(RedactingTest::jackson2);
  }

  @Test
  void test_jackson3_leaksNoIdBirthDateOrName() {
    check(JACKSON_3::writeValueAsString);
  }

  private static Household named() {
    Household h = Fixtures.workedExampleHousehold();
    Member m = Member.builder().from(h.members().get(0)).name("张三丰")
        .residentId(ResidentId.parse(Fixtures.GB_EXAMPLE_ID)).birthDate(LocalDate.of(1949, 12, 31)).build();
    return Household.builder().from(h).members(List.of(m)).build();
  }

  @Test
  void test_redacting_writesTheRedactedForms() {
    for (String json : List.of(jackson2(named()), JACKSON_3.writeValueAsString(named()))) {
      assertThat(json).doesNotContain("张三丰").doesNotContain(Fixtures.GB_EXAMPLE_ID)
          .doesNotContain("1949-12-31").doesNotContain("birthDate")
          .contains("\"name\":\"张**\"").contains("\"residentId\":\"110105********002X\"");
    }
  }

  @Test
  void test_plainBinding_writesPersonalDataInFull() {
    String json = Binders.JACKSON_2.write(named());
    assertThat(json).contains("张三丰").contains(Fixtures.GB_EXAMPLE_ID).contains("1949-12-31");
    assertThat(Binders.JACKSON_3.read(Binders.JACKSON_3.write(named()), Household.class)).isEqualTo(named());
  }
}
