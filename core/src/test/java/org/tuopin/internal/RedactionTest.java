package org.tuopin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  public void test_idNumber_keepsCountyAndLastFour() {
    assertThat(Redaction.idNumber("11010519491231002X")).isEqualTo("110105********002X");
    assertThat(Redaction.idNumber("110105491231002")).isEqualTo("110105*****1002");
  }

  @Test
  public void test_idNumber_hidesShortTextEntirely() {
    assertThat(Redaction.idNumber("")).isEmpty();
    assertThat(Redaction.idNumber("1101051949")).isEqualTo("**********");
  }

  @Test
  public void test_idNumber_keepsTheLength() {
    for (int n = 0; n <= 30; n++) {
      assertThat(Redaction.idNumber("7".repeat(n))).hasSize(n);
    }
  }

  @Test
  public void test_name_keepsTheFirstCharacter() {
    assertThat(Redaction.name("张三丰")).isEqualTo("张**");
    assertThat(Redaction.name("王芳")).isEqualTo("王*");
    assertThat(Redaction.name("")).isEmpty();
    assertThat(Redaction.name("𠀋一")).isEqualTo("𠀋*");
  }

  @Test
  public void test_textIds_trimAndNeverEqualAcrossKinds() {
    assertThat(org.tuopin.registry.HouseholdId.of(" a-1 ")).hasToString("a-1");
    assertThat((Object) org.tuopin.registry.HouseholdId.of("a-1")).isNotEqualTo(org.tuopin.registry.PersonId.of("a-1"));
  }

  @Test
  public void test_idNumber_neverKeepsANameOrAMonthAndDay() {
    assertThat(Redaction.idNumber("张三丰11010519491231002X")).isEqualTo("*".repeat(21));
    assertThat(Redaction.idNumber("51192119380104")).isEqualTo("511921********");
  }

  @Test
  public void test_quote_masksIdsAndDates_cutsLongValues_andEscapesControls() {
    assertThat(Redaction.quote("north")).isEqualTo("'north'");
    assertThat(Redaction.quote("51192110520")).isEqualTo("'51192110520'");
    assertThat(Redaction.quote("x511921197008080054")).isEqualTo("'x511921********0054'");
    assertThat(Redaction.quote("1984-02-30")).isEqualTo("'****-**-**'");
    assertThat(Redaction.quote("生于1984年2月3日")).isEqualTo("'生于****年*月*日'");
    assertThat(Redaction.quote("19840230")).isEqualTo("'********'");
    assertThat(Redaction.quote("a\nb\u0000")).isEqualTo("'a\\nb\\u0000'");
    assertThat(Redaction.quote("a".repeat(1000))).isEqualTo("'" + "a".repeat(60) + "'…(1000 characters)");
    assertThat(Redaction.quotePersonal("欧阳娜娜")).isEqualTo("'欧***'");
  }

  @Test
  public void test_reason_replacesTheQuotedValue() {
    assertThat(Redaction.reason("sex must be one of 1 男, 2 女: '欧阳娜娜'", "欧阳娜娜", true))
        .isEqualTo("sex must be one of 1 男, 2 女: '欧***'");
    assertThat(Redaction.reason("bad: 'north'", "north", false)).isEqualTo("bad: 'north'");
    assertThat(Redaction.reason("bad\nvalue", "x", false)).isEqualTo("bad\\nvalue");
  }

  @Test
  public void test_header_asWrittenUnlessLongOrHoldingAnIdOrDate() {
    assertThat(Redaction.header("notes")).isEqualTo("notes");
    assertThat(Redaction.header("a\tb")).isEqualTo("a\\tb");
    assertThat(Redaction.header("11010519491231002X")).isEqualTo("'110105********002X'");
    assertThat(Redaction.header("1949-12-31")).doesNotContain("1949", "12-31");
    assertThat(Redaction.header("x".repeat(61))).startsWith("'").endsWith("(61 characters)");
  }
}
