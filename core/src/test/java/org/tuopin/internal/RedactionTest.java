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
}
