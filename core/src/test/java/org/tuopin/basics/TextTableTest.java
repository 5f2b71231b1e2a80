package org.tuopin.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  public void test_width_countsWideCharactersTwice() {
    assertThat(TextTable.width("abc")).isEqualTo(3);
    assertThat(TextTable.width("青花椒")).isEqualTo(6);
    assertThat(TextTable.width("8,700 亩")).isEqualTo(8);
    assertThat(TextTable.width("（）")).isEqualTo(4);
    assertThat(TextTable.width("≥ ✓")).isEqualTo(3);
    assertThat(TextTable.width("𠀀")).isEqualTo(2);
  }

  @Test
  public void test_toString_alignsMixedText() {
    String t = new TextTable(List.of("指标", "n"), false, true)
        .add(List.of("青花椒", "8,700 亩"))
        .add(List.of("roads", "10.2 km"))
        .toString();
    assertThat(t).isEqualTo(
        "指标           n\n"
            + "------  --------\n"
            + "青花椒  8,700 亩\n"
            + "roads    10.2 km\n");
  }

  /** Moved from the command line's tests, whose table now renders with this one. */
  @Test
  void test_width_countsChineseCharactersDouble() {
    assertThat(TextTable.width("户编号")).isEqualTo(6);
    assertThat(TextTable.width("¥2,855.00")).isEqualTo(9);
  }

  /** East Asian Width: W and F take two columns, N, Na, H and A one. */
  @Test
  public void test_width_followsEastAsianWidth() {
    // fullwidth punctuation and signs (F), CJK and kana (W)
    assertThat(TextTable.width("，（）：、。")).isEqualTo(12);
    assertThat(TextTable.width("￥")).isEqualTo(2);
    assertThat(TextTable.width("\u3000")).isEqualTo(2);
    assertThat(TextTable.width("かな한글")).isEqualTo(8);
    assertThat(TextTable.width("😀")).isEqualTo(2);
    assertThat(TextTable.width("\u2329")).isEqualTo(2);
    assertThat(TextTable.width("\uFE50")).isEqualTo(2);
    assertThat(TextTable.width("\u3400\u9FFF\uFAFF")).isEqualTo(6);
    assertThat(TextTable.width(new String(Character.toChars(0x3FFFD)))).isEqualTo(2);
    // narrow (Na), halfwidth (H), ambiguous (A) and neutral (N): one column
    assertThat(TextTable.width("¥")).isEqualTo(1);
    assertThat(TextTable.width("ｶ")).isEqualTo(1);
    assertThat(TextTable.width("—·Σ≥")).isEqualTo(4);
    assertThat(TextTable.width("\u303F")).isEqualTo(1);
    assertThat(TextTable.width("\u4DC0")).isEqualTo(1);
    assertThat(TextTable.width("\uA4D0")).isEqualTo(1);
    assertThat(TextTable.width("\uFF61")).isEqualTo(1);
    assertThat(TextTable.isWide(0x10FFFF)).isFalse();
    assertThat(TextTable.isWide(0)).isFalse();
    assertThat(TextTable.isWide(0x1100)).isTrue();
    assertThat(TextTable.isWide(0x115F)).isTrue();
    assertThat(TextTable.isWide(0x1160)).isFalse();
  }

  @Test
  public void test_ruledAcross_drawsOneRuleUnderTheWholeTable() {
    String t = new TextTable(List.of("指标", "n"), false, true).ruledAcross()
        .add(List.of("青花椒", "8,700 亩"))
        .toString();
    assertThat(t).isEqualTo(
        "指标           n\n"
            + "----------------\n"
            + "青花椒  8,700 亩\n");
    assertThat(new TextTable(List.of()).ruledAcross().toString()).isEqualTo("\n\n");
  }

  @Test
  public void test_rejectsMismatchedRows() {
    assertThatIllegalArgumentException().isThrownBy(() -> new TextTable(List.of("a", "b"), false))
        .withMessageContaining("2 headers");
    assertThatIllegalArgumentException().isThrownBy(() -> new TextTable(List.of("a"), false).add(List.of("1", "2")))
        .withMessageContaining("2 cells for 1 columns");
  }

  @Test
  void test_write_streamsRowsAsIfAdded() throws java.io.IOException {
    List<List<String>> more = List.of(List.of("青花椒", "8,700 亩"), List.of("roads", "10.2 km"));
    StringBuilder out = new StringBuilder();
    new TextTable(List.of("指标", "n"), false, true).add(List.of("a", "1")).ruledAcross().write(out, more);
    TextTable added = new TextTable(List.of("指标", "n"), false, true).add(List.of("a", "1")).ruledAcross();
    more.forEach(added::add);
    assertThat(out.toString()).isEqualTo(added.toString());
    assertThatIllegalArgumentException().isThrownBy(() -> new TextTable(List.of("a"), false)
        .write(new StringBuilder(), List.of(List.of("1", "2"))));
  }
}
