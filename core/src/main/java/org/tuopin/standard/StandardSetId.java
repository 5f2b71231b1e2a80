package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.tuopin.basics.TypedString;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.tuopin.internal.Redaction;

/**
 * The identifier of a standard set: dotted lower-case words, by jurisdiction and year,
 * such as {@code cn.national} or {@code cn.sichuan.tongjiang.2016}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardSetId extends TypedString<StandardSetId> {

  private static final long serialVersionUID = 1L;
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)*");

  private StandardSetId(String value) {
    super(value);
  }

  /**
   * Obtains an instance from its text.
   *
   * @param text  dotted words of lower-case letters, digits, {@code -} and {@code _}
   * @return the id, not null
   * @throws IllegalArgumentException if the text is malformed
   */
  @JsonCreator
  public static StandardSetId of(String text) {
    requireNonNull(text, "text");
    String t = text.trim();
    if (t.length() > 100 || !ID.matcher(t).matches()) {
      throw new IllegalArgumentException(
          "standard set id must be dotted lower-case words, such as cn.national: " + Redaction.quote(text));
    }
    return new StandardSetId(t);
  }

  /**
   * Obtains an instance by reading its text; the same as {@link #of(String)}.
   *
   * @param text  the text, not null
   * @return the id, not null
   * @throws IllegalArgumentException if the text is malformed
   */
  public static StandardSetId parse(String text) {
    return of(text);
  }

}
