package org.tuopin.basics;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A short piece of text in Chinese and in English, such as a criterion's label or a
 * finding's required value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Text implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The Chinese form. */
  private final String zh;
  /** The English form. */
  private final String en;

  private Text(String zh, String en) {
    this.zh = zh;
    this.en = en;
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
    return new Text(requireNonNull(zh, "zh"), requireNonNull(en, "en"));
  }

  /**
   * Obtains an instance that reads the same in both languages, such as a number.
   *
   * @param both  the text, not null
   * @return the text, not null
   */
  public static Text of(String both) {
    return of(both, both);
  }

  /**
   * Returns the Chinese form.
   *
   * @return the Chinese text, not null
   */
  @JsonProperty("zh")
  public String zh() {
    return zh;
  }

  /**
   * Returns the English form.
   *
   * @return the English text, not null
   */
  @JsonProperty("en")
  public String en() {
    return en;
  }

  /**
   * Returns the form in a language.
   *
   * @param language  the language, not null
   * @return the text in that language, not null
   */
  public String in(Language language) {
    return language == Language.ZH ? zh : en;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Text && ((Text) obj).zh.equals(zh) && ((Text) obj).en.equals(en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zh, en);
  }

  /** Returns the Chinese form, then the English form in brackets when it differs. */
  @Override
  public String toString() {
    return zh.equals(en) ? zh : zh + " (" + en + ")";
  }
}
