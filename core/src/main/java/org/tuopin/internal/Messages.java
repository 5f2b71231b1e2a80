package org.tuopin.internal;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The project's message bundle, {@code org/tuopin/basics/messages*.properties}: every frame and
 * label an explanation says (findings, assessments, plan checks, progress reports, procedures),
 * so that a third language is a file, not code. Texts resolve through it
 * ({@link org.tuopin.basics.Text#message(String, Object...)}).
 *
 * <p>A locale whose language has no file gets English (the root bundle), never the machine's
 * default locale; a key a file lacks is read from the root bundle.
 */
public final class Messages {

  /** The bundle's base name. */
  public static final String BUNDLE = "org.tuopin.basics.messages";

  private Messages() {
  }

  /**
   * The bundle of a locale.
   *
   * @param locale  the locale, not null
   * @return the bundle, not null
   */
  public static ResourceBundle bundle(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    String found = bundle.getLocale().getLanguage();
    if (!found.isEmpty() && !found.equals(locale.getLanguage())) {
      // the JDK fell back to the default locale: use English instead
      return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
    }
    return bundle;
  }

  /**
   * Fills a frame: {@code {0}}, {@code {1}}... replaced by the arguments as text. Unlike
   * {@link java.text.MessageFormat}, quotes are plain characters and numbers are not
   * reformatted.
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
}
