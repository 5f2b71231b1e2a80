package org.tuopin.basics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tuopin.internal.Messages;

/**
 * A language module whose provider cannot be made ({@link BrokenMessagesProvider}, on the
 * test class path) is left out with a warning: explanations still come in the languages that
 * load, and a language nobody supplies is English.
 */
class BrokenLanguageModuleTest {

  @Test
  void test_brokenProvider_leftOut_otherLanguagesStillLoad() {
    // a locale core has no file for asks the providers, and the broken one is skipped
    assertThat(Messages.bundle(Locale.forLanguageTag("ug")).getString("verdict.EXIT_ELIGIBLE"))
        .isEqualTo("eligible to exit");
    assertThat(Messages.bundle(Locale.CHINESE).getString("verdict.EXIT_ELIGIBLE")).isNotEqualTo("eligible to exit");
  }
}
