package org.tuopin.basics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tuopin.internal.Messages;

/** Tuopin's message bundle is whole in every language, and its frames take the same arguments. */
class MessagesTest {

  private static final Pattern ARG = Pattern.compile("\\{(\\d+)\\}");

  /**
   * Frames whose Chinese leaves out an argument the English shows: the milestone's indicator,
   * which the check's subject already names.
   */
  private static final Map<String, Set<Integer>> ZH_OMITS = Map.of(
      "plan.check.milestone.late", Set.of(1),
      "plan.check.milestone.no_target", Set.of(1));

  private static Properties file(String language) throws IOException {
    String name = "/org/tuopin/basics/messages" + (language.isEmpty() ? "" : "_" + language) + ".properties";
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    }
    return p;
  }

  private static Set<Integer> args(String frame) {
    Set<Integer> out = new TreeSet<>();
    Matcher m = ARG.matcher(frame);
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  @Test
  void test_everyKeyOfTheRoot_isInChineseAndEnglish() throws IOException {
    Properties root = file("");
    Properties zh = file("zh");
    assertThat(root).isNotEmpty();
    assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(root.stringPropertyNames());
    ResourceBundle en = Messages.bundle(Locale.ENGLISH);
    assertThat(en.keySet()).containsAll(root.stringPropertyNames());
    for (String key : root.stringPropertyNames()) {
      assertThat(en.getString(key)).isEqualTo(root.getProperty(key));
    }
  }

  @Test
  void test_framesTakeTheSameArguments_inEveryLanguage() throws IOException {
    Properties root = file("");
    Properties zh = file("zh");
    Properties bo = file("bo");
    for (String key : root.stringPropertyNames()) {
      Set<Integer> expected = args(root.getProperty(key));
      for (int i = 0; i < expected.size(); i++) {
        assertThat(expected).as("the arguments of %s are numbered from 0 without gaps", key).contains(i);
      }
      Set<Integer> inZh = new TreeSet<>(args(zh.getProperty(key)));
      inZh.addAll(ZH_OMITS.getOrDefault(key, Set.of()));
      assertThat(inZh).as("the arguments of %s in Chinese", key).isEqualTo(expected);
      assertThat(args(bo.getProperty(key, ""))).as("the arguments of %s in the test's third language", key)
          .isEqualTo(expected);
    }
    assertThat(bo.stringPropertyNames()).containsAll(root.stringPropertyNames());
  }

  @Test
  void test_aLanguageWithoutAFile_isEnglish_andTheFileFallsBackToTheRootKeyByKey() {
    assertThat(Messages.bundle(Locale.GERMAN).getString("tristate.MET")).isEqualTo("yes");
    assertThat(Messages.bundle(Locale.CHINA).getString("tristate.MET")).isEqualTo("是");
    // the French test file names only a few labels: the rest is English
    assertThat(Messages.bundle(Locale.FRENCH).getString("verdict.NOT_ELIGIBLE")).isEqualTo("non éligible à la sortie");
    assertThat(Messages.bundle(Locale.FRENCH).getString("tristate.MET")).isEqualTo("yes");
  }

  @Test
  void test_text_message_keyed_join() {
    Text t = Text.message("finding.note", Text.message("tristate.MET"));
    assertThat(t.zh()).isEqualTo("（是）");
    assertThat(t.en()).isEqualTo(" (yes)");
    assertThat(t).isEqualTo(Text.of("（是）", " (yes)")).hasSameHashCodeAs(Text.of("（是）", " (yes)"));
    assertThat(t.in(Locale.forLanguageTag("bo"))).isEqualTo("⟪finding.note⟫ ⟪tristate.MET⟫");
    Text keyed = Text.of("安全", "safe").keyed("condition.housing");
    assertThat(keyed.in(Locale.CHINA)).isEqualTo("安全");
    assertThat(keyed.in(Locale.ENGLISH)).isEqualTo("safe");
    assertThat(keyed.in(Locale.forLanguageTag("bo"))).isEqualTo("⟪condition.housing⟫");
    assertThat(Text.of("安全", "safe").keyed("condition.nowhere").in(Locale.forLanguageTag("bo"))).isEqualTo("safe");
    Text joined = Text.join(Text.message("plan.list.names"), java.util.List.of(Text.of("甲", "a"), Text.of("乙", "b")));
    assertThat(joined.zh()).isEqualTo("甲、乙");
    assertThat(joined.en()).isEqualTo("a, b");
    assertThat(Quantity.parse("8700 亩").text().in(Locale.forLanguageTag("bo"))).isEqualTo("⟪quantity⟫ 8,700 ⟪unit.mu⟫");
  }
}
