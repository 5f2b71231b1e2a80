package org.tuopin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The edges of the redactor that mutation testing (PIT) found untested: the lengths at which
 * an ID keeps its head and tail, the 13-digit run, the 60-character cut, and the reason
 * rewriting.
 */
class RedactionBoundaryTest {

  @Test
  void test_idNumber_keepsHeadFrom12Characters_andTailOnlyIfIdLike() {
    assertThat(Redaction.idNumber("110105194912")).isEqualTo("110105******");
    assertThat(Redaction.idNumber("11010519491")).isEqualTo("***********");
    assertThat(Redaction.idNumber("11010519491231002X")).isEqualTo("110105********002X");
    assertThat(Redaction.idNumber("110105194912310abc")).isEqualTo("110105************");
    assertThat(Redaction.idNumber("1234")).isEqualTo("****");
  }

  @Test
  void test_name_keepsTheFirstCharacter() {
    assertThat(Redaction.name("张三丰")).isEqualTo("张**");
    assertThat(Redaction.name("张")).isEqualTo("张*");
  }

  @Test
  void test_masked_runsOf13DigitsOrMore_andTrailingX() {
    assertThat(Redaction.masked("village 511921105201")).isEqualTo("village 511921105201");
    assertThat(Redaction.masked("code 5119211052011")).isEqualTo("code 511921*******");
    assertThat(Redaction.masked("id 11010519491231002X.")).isEqualTo("id 110105********002X.");
    assertThat(Redaction.masked("born 19840230")).isEqualTo("born ********");
    assertThat(Redaction.masked("born 1984年2月3日")).isEqualTo("born ****年*月*日");
  }

  @Test
  void test_quotePersonal_masksNumbersAsNumbers_andTextAsAName() {
    assertThat(Redaction.quotePersonal("1984-02-30")).isEqualTo("'****-**-**'");
    assertThat(Redaction.quotePersonal("11010519491231002X")).isEqualTo("'110105********002X'");
    assertThat(Redaction.quotePersonal("a1984")).isEqualTo("'a****'");
    assertThat(Redaction.quoteIdNumber("11010519491231002X")).isEqualTo("'110105********002X'");
    assertThat(Redaction.quoteKeepingDates("2016-02-30/x")).isEqualTo("'2016-02-30/x'");
  }

  @Test
  void test_quote_cutsAfter60Characters_neverInsideASurrogatePair() {
    assertThat(Redaction.quote("a".repeat(60))).isEqualTo("'" + "a".repeat(60) + "'");
    assertThat(Redaction.quote("a".repeat(61))).isEqualTo("'" + "a".repeat(60) + "'…(61 characters)");
    String emoji = "a".repeat(59) + "😀" + "b";
    assertThat(Redaction.quote(emoji)).isEqualTo("'" + "a".repeat(59) + "'…(61 characters)");
  }

  @Test
  void test_reason_replacesTheValueQuotedOrNot_andCapsItsLength() {
    String id = "11010519491231002X";
    assertThat(Redaction.reason("bad '" + id + "'", id, false)).isEqualTo("bad '110105********002X'");
    assertThat(Redaction.reason("bad " + id, id, false)).isEqualTo("bad '110105********002X'");
    assertThat(Redaction.reason("bad '张三丰'", "张三丰", true)).isEqualTo("bad '张**'");
    assertThat(Redaction.reason("bad 'ok'", "ok", false)).isEqualTo("bad 'ok'");
    String x = "x".repeat(440);
    assertThat(Redaction.reason(x, "y", false)).isEqualTo(x);
    assertThat(Redaction.reason(x + "z", "y", false)).isEqualTo(x + "…");
    assertThat(Redaction.reason("a\nb", "y", false)).isEqualTo("a\\nb");
  }
}
