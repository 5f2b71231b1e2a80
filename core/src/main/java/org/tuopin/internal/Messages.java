package org.tuopin.internal;

import java.util.Locale;
import java.util.ResourceBundle;
import org.tuopin.basics.Text;

/**
 * The project's message bundles: sentence frames in {@code messages*.properties} beside the
 * classes that use them, so that a third language is a file, not code.
 *
 * <p>A locale whose language has no file gets English (the root bundle), never the machine's
 * default locale. Values held as {@link Text} (zh and en) are shown in Chinese for a Chinese
 * locale and in English otherwise, unless the bundle gives a label of its own.
 */
public final class Messages {

  private static final String STANDARD = "org.tuopin.standard.messages";

  private Messages() {
  }

  /**
   * The bundle of the assessment and finding explanations.
   *
   * @param locale  the locale, not null
   * @return the bundle, not null
   */
  public static ResourceBundle standard(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(STANDARD, locale);
    String found = bundle.getLocale().getLanguage();
    if (!found.isEmpty() && !found.equals(locale.getLanguage())) {
      // the JDK fell back to the default locale: use English instead
      return ResourceBundle.getBundle(STANDARD, Locale.ENGLISH);
    }
    return bundle;
  }

  /**
   * Fills a frame: {@code {0}}, {@code {1}}... replaced by the arguments as text.
   *
   * @param bundle  the bundle, not null
   * @param key  the frame's key, not null
   * @param args  the arguments, not null
   * @return the text, not null
   */
  public static String format(ResourceBundle bundle, String key, Object... args) {
    String frame = bundle.getString(key);
    StringBuilder out = new StringBuilder(frame.length() + 32);
    for (int i = 0; i < frame.length(); i++) {
      char c = frame.charAt(i);
      int close = c == '{' ? frame.indexOf('}', i) : -1;
      if (close > i + 1 && frame.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(frame.substring(i + 1, close));
        out.append(n < args.length ? String.valueOf(args[n]) : frame.substring(i, close + 1));
        i = close;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A label: the bundle's own under the key if it has one, else the text in Chinese for a
   * Chinese locale and in English otherwise.
   *
   * @param bundle  the bundle, not null
   * @param key  the label's key, such as {@code verdict.NOT_ELIGIBLE}, not null
   * @param text  the label held by the value, not null
   * @param locale  the locale, not null
   * @return the label, not null
   */
  public static String label(ResourceBundle bundle, String key, Text text, Locale locale) {
    return bundle.containsKey(key) ? bundle.getString(key) : in(text, locale);
  }

  /**
   * A text in a locale: Chinese for a Chinese locale, English otherwise.
   *
   * @param text  the text, not null
   * @param locale  the locale, not null
   * @return the text, not null
   */
  public static String in(Text text, Locale locale) {
    return locale.getLanguage().equals("zh") ? text.zh() : text.en();
  }
}
