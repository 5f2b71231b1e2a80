package org.tuopin.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Language;
import org.tuopin.registry.HouseholdId;
import org.tuopin.testing.Fixtures;

/** Explanations come from ResourceBundle frames: Language and Locale agree; a third language is a file. */
class ExplainLocaleTest {

  private static Assessment<HouseholdId> assessment() {
    return Fixtures.exitStandard().assess(Fixtures.workedExampleHousehold());
  }

  @Test
  void test_languageAndLocale_agree() {
    Assessment<HouseholdId> a = assessment();
    assertThat(a.explain(Locale.SIMPLIFIED_CHINESE)).isEqualTo(a.explain(Language.ZH)).contains("：要求 ")
        .contains("（标准 ");
    assertThat(a.explain(Locale.ENGLISH)).isEqualTo(a.explain(Language.EN)).contains(": required ")
        .contains(" (standard ");
    assertThat(a.explain(Locale.TRADITIONAL_CHINESE)).isEqualTo(a.explain(Language.ZH));
  }

  @Test
  void test_thirdLanguage_isAFile() {
    Assessment<HouseholdId> a = assessment();
    String fr = a.explain(Locale.FRENCH);
    assertThat(fr).contains("(norme " + a.standard()).contains(", année " + a.year().getAsInt())
        .contains("revenu net par habitant : exigé ");
    assertThat(fr.lines().count()).isEqualTo(a.explain(Language.EN).lines().count());
  }

  @Test
  void test_languageWithoutAFile_isEnglish_whateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      Assessment<HouseholdId> a = assessment();
      assertThat(a.explain(Locale.GERMAN)).isEqualTo(a.explain(Language.EN));
      assertThat(a.explain(Locale.ENGLISH)).isEqualTo(a.explain(Language.EN)).doesNotContain("要求");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
