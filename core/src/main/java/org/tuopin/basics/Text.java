package org.tuopin.basics;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.tuopin.internal.Messages;

/**
 * A short piece of text that reads in any language, such as a criterion's label, a finding's
 * required value or a plan check's message.
 *
 * <p>A text is either data or a message. Data ({@link #of(String, String)}), such as a plan's
 * name or a code list's label, holds its Chinese and English forms; {@link #keyed(String)}
 * lets Tuopin's message bundle give it a form in a third language. A message
 * ({@link #message(String, Object...)}) is a key of the bundle
 * {@code org/tuopin/basics/messages*.properties} and its arguments, resolved per
 * {@link Locale}: its Chinese and English forms are those of the Chinese and the root
 * (English) bundle, and a third language is a file {@code messages_xx.properties} beside them
 * (English for a language without one, or for a key the file lacks).
 *
 * <p>{@link #zh()} and {@link #en()} are the forms in Chinese and English; two texts are
 * equal when these are. JSON and Java serialization keep these two forms only: a text read
 * back is data.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Text implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The Chinese form, resolved on first use for a message. */
  private @Nullable String zh;
  /** The English form, resolved on first use for a message. */
  private @Nullable String en;
  /** How the text reads in a locale, or null for data in Chinese and English only. */
  private final transient @Nullable Function<Locale, String> render;

  private Text(@Nullable String zh, @Nullable String en, @Nullable Function<Locale, String> render) {
    this.zh = zh;
    this.en = en;
    this.render = render;
  }

  /**
   * Obtains an instance from its Chinese and English forms.
   *
   * @param zh  the Chinese text, not null
   * @param en  the English text, not null
   * @return the text, not null
   */
  @JsonCreator
  public static Text of(@JsonProperty("zh") String zh, @JsonProperty("en") String en) {
    return new Text(requireNonNull(zh, "zh"), requireNonNull(en, "en"), null);
  }

  /**
   * Obtains an instance that reads the same in every language, such as a number.
   *
   * @param both  the text, not null
   * @return the text, not null
   */
  public static Text of(String both) {
    requireNonNull(both, "both");
    return new Text(both, both, locale -> both);
  }

  /**
   * Obtains a message of Tuopin's bundle: the frame under a key, its {@code {0}}, {@code {1}}...
   * filled with the arguments in the same locale. A {@link Text} argument is read in that
   * locale, a {@link Quantity} is {@linkplain Quantity#text() formatted} in it, any other
   * argument is shown by {@link String#valueOf(Object)}.
   *
   * @param key  the key, such as {@code finding.note.line}, not null
   * @param args  the arguments, not null
   * @return the text, not null
   * @throws java.util.MissingResourceException on first use if the root bundle lacks the key
   */
  public static Text message(String key, Object... args) {
    requireNonNull(key, "key");
    Object[] copy = args.clone();
    for (int i = 0; i < copy.length; i++) {
      Object arg = requireNonNull(copy[i], "args");
      copy[i] = arg instanceof Quantity ? ((Quantity) arg).text() : arg;
    }
    return new Text(null, null, locale -> {
      ResourceBundle bundle = Messages.bundle(locale);
      Object[] shown = new Object[copy.length];
      for (int i = 0; i < copy.length; i++) {
        shown[i] = copy[i] instanceof Text ? ((Text) copy[i]).in(locale) : copy[i];
      }
      return Messages.format(bundle, key, shown);
    });
  }

  /**
   * Obtains the texts joined by a separator, each read in the same locale: a list of parts,
   * such as {@code a + b + c}.
   *
   * @param separator  the separator, not null
   * @param parts  the parts, not null
   * @return the text, not null
   */
  public static Text join(Text separator, Iterable<Text> parts) {
    requireNonNull(separator, "separator");
    List<Text> list = new ArrayList<>();
    parts.forEach(p -> list.add(requireNonNull(p, "parts")));
    return new Text(null, null,
        locale -> list.stream().map(p -> p.in(locale)).collect(Collectors.joining(separator.in(locale))));
  }

  /**
   * Returns this text, with a key under which Tuopin's bundle may give its form in a language
   * other than Chinese and English, such as {@code condition.safe_housing} for a label read
   * from a code list. Chinese and English keep this text's forms; a language whose bundle
   * lacks the key reads this text as before (a message in that language, data in English).
   *
   * @param key  the key, not null
   * @return the text, not null
   */
  public Text keyed(String key) {
    requireNonNull(key, "key");
    String zhForm = zh();
    String enForm = en();
    Function<Locale, String> before = render;
    return new Text(zhForm, enForm, locale -> {
      String language = locale.getLanguage();
      if (language.equals("zh")) {
        return zhForm;
      }
      if (language.equals("en")) {
        return enForm;
      }
      ResourceBundle bundle = Messages.bundle(locale);
      return bundle.containsKey(key) ? bundle.getString(key) : before != null ? before.apply(locale) : enForm;
    });
  }

  /**
   * Returns the Chinese form.
   *
   * @return the Chinese text, not null
   */
  @JsonProperty("zh")
  public String zh() {
    String form = zh;
    if (form == null) {
      form = in(Language.ZH.locale());
      zh = form;
    }
    return form;
  }

  /**
   * Returns the English form.
   *
   * @return the English text, not null
   */
  @JsonProperty("en")
  public String en() {
    String form = en;
    if (form == null) {
      form = in(Language.EN.locale());
      en = form;
    }
    return form;
  }

  /**
   * Returns the form in a language.
   *
   * @param language  the language, not null
   * @return the text in that language, not null
   */
  public String in(Language language) {
    return language == Language.ZH ? zh() : en();
  }

  /**
   * Returns the form in a locale: a message from the locale's bundle (English where it has
   * none); data in Chinese for a Chinese locale and in English otherwise, unless
   * {@linkplain #keyed(String) keyed} and the locale's bundle has the key.
   *
   * @param locale  the locale, not null
   * @return the text in that locale, not null
   */
  public String in(Locale locale) {
    requireNonNull(locale, "locale");
    if (render != null) {
      return render.apply(locale);
    }
    return locale.getLanguage().equals("zh") ? zh() : en();
  }

  /**
   * Writes the Chinese and English forms, resolved first for a message; how the text reads in
   * other languages is not serialized.
   *
   * @param out  the stream, not null
   * @throws IOException if the stream fails
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    zh();
    en();
    out.defaultWriteObject();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Text && ((Text) obj).zh().equals(zh()) && ((Text) obj).en().equals(en());
  }

  @Override
  public int hashCode() {
    return Objects.hash(zh(), en());
  }

  /** Returns the Chinese form, then the English form in brackets when it differs. */
  @Override
  public String toString() {
    return zh().equals(en()) ? zh() : zh() + " (" + en() + ")";
  }
}
