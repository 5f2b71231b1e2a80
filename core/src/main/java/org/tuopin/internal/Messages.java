package org.tuopin.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.tuopin.basics.spi.MessagesProvider;

/**
 * The project's message bundle, {@code org/tuopin/basics/messages*.properties}: every frame and
 * label an explanation says (findings, assessments, plan checks, progress reports, procedures,
 * assistance, reports), so that a third language is a file, not code. Texts resolve through it
 * ({@link org.tuopin.basics.Text#message(String, Object...)}).
 *
 * <p>A locale is read from core's own files or a file on the class path; failing those, from
 * the first {@link MessagesProvider} (a language module, found by {@link ServiceLoader}) that
 * gives a bundle for the locale or its language, over English. A locale whose language no one
 * gives gets English (the root bundle), never the machine's default locale; a key a file lacks
 * is read from the root bundle.
 */
public final class Messages {

  /** The bundle's base name. */
  public static final String BUNDLE = "org.tuopin.basics.messages";

  /** The bundle of each locale asked for: a provider's bundle is read once. */
  private static final Map<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

  private Messages() {
  }

  /**
   * The language modules, loaded once. A provider that cannot be loaded or made is left out
   * with a warning, so that one broken language module does not take every explanation down
   * with it.
   */
  private static final class Providers {
    static final List<MessagesProvider> ALL = load();

    private static List<MessagesProvider> load() {
      List<MessagesProvider> all = new ArrayList<>();
      Iterator<ServiceLoader.Provider<MessagesProvider>> it = ServiceLoader.load(MessagesProvider.class,
          Messages.class.getClassLoader()).stream().iterator();
      while (true) {
        try {
          if (!it.hasNext()) {
            return List.copyOf(all);
          }
          all.add(it.next().get());
        } catch (ServiceConfigurationError ex) {
          LoggerFactory.getLogger(Messages.class).warn("a language module's messages provider is left out: {}",
              ex.getMessage());
        }
      }
    }
  }

  /**
   * The bundle of a locale.
   *
   * @param locale  the locale, not null
   * @return the bundle, not null
   */
  public static ResourceBundle bundle(Locale locale) {
    return BUNDLES.computeIfAbsent(locale, Messages::load);
  }

  private static ResourceBundle load(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
    String found = bundle.getLocale().getLanguage();
    if (found.equals(locale.getLanguage())) {
      return bundle;
    }
    ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
    List<Locale> candidates = locale.getCountry().isEmpty() && locale.getVariant().isEmpty() ? List.of(locale)
        : List.of(locale, new Locale(locale.getLanguage()));
    for (MessagesProvider provider : Providers.ALL) {
      for (Locale candidate : candidates) {
        ResourceBundle provided = provider.getBundle(BUNDLE, candidate);
        if (provided != null) {
          return new Provided(provided, english, candidate);
        }
      }
    }
    // the JDK fell back to the default locale, or found only the root: use English
    return found.isEmpty() ? bundle : english;
  }

  /** A provider's bundle over English, key by key. */
  private static final class Provided extends ResourceBundle {
    private final ResourceBundle own;
    private final Locale locale;

    Provided(ResourceBundle own, ResourceBundle english, Locale locale) {
      this.own = own;
      this.locale = locale;
      setParent(english);
    }

    @Override
    protected @Nullable Object handleGetObject(String key) {
      return own.containsKey(key) ? own.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
      Set<String> keys = new LinkedHashSet<>(own.keySet());
      keys.addAll(parent.keySet());
      return Collections.enumeration(keys);
    }

    @Override
    public Locale getLocale() {
      return locale;
    }
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
