package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The identifier of a standard set: dotted lower-case words, by jurisdiction and year,
 * such as {@code cn.national} or {@code cn.sichuan.tongjiang.2016}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardSetId implements Comparable<StandardSetId>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)*");

  /** The id text. */
  private final String value;

  private StandardSetId(String value) {
    this.value = value;
  }

  /**
   * Obtains an instance from its text.
   *
   * @param text  dotted words of lower-case letters, digits, {@code -} and {@code _}
   * @return the id, not null
   * @throws IllegalArgumentException if the text is malformed
   */
  public static StandardSetId of(String text) {
    requireNonNull(text, "text");
    String t = text.trim();
    if (t.length() > 100 || !ID.matcher(t).matches()) {
      throw new IllegalArgumentException(
          "standard set id must be dotted lower-case words, such as cn.national: '" + text + "'");
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

  @Override
  public int compareTo(StandardSetId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof StandardSetId && ((StandardSetId) obj).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the id's text.
   *
   * @return the text that {@link #parse(String)} reads back, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
