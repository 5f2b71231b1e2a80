package org.tuopin.internal;

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

  @Test
  public void test_rejectsMismatchedRows() {
    assertThatIllegalArgumentException().isThrownBy(() -> new TextTable(List.of("a", "b"), false))
        .withMessageContaining("2 headers");
    assertThatIllegalArgumentException().isThrownBy(() -> new TextTable(List.of("a"), false).add(List.of("1", "2")))
        .withMessageContaining("2 cells for 1 columns");
  }
}
