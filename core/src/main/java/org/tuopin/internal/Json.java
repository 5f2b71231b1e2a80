package org.tuopin.internal;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * A small JSON writer (RFC 8259) for reports, so that core needs no JSON library: objects,
 * arrays, strings, exact decimal numbers, booleans and null, indented by two spaces.
 *
 * <p>Strings are escaped as the RFC requires: quotation mark, reverse solidus and the
 * control characters U+0000 to U+001F, the latter as {@code \b \f \n \r \t} or
 * {@code \}{@code u00XX}. U+2028 and U+2029 and unpaired surrogates are escaped too, so the
 * output is valid UTF-8 and safe in JavaScript. Misuse (a value where a name is due, an
 * unclosed object) throws {@link IllegalStateException}.
 */
public final class Json {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** Whether each open container is an object, innermost last. */
  private final Deque<Boolean> objects = new ArrayDeque<>();
  /** Whether each open container has had an element, innermost last. */
  private final Deque<Boolean> started = new ArrayDeque<>();
  private final StringBuilder out = new StringBuilder();
  private boolean nameWritten;
  private boolean done;

  /**
   * Creates a writer for one JSON value.
   */
  public Json() {
  }

  /**
   * Returns a string as a JSON string literal, quoted and escaped.
   *
   * @param text  the text, not null
   * @return the literal, not null
   */
  public static String quote(String text) {
    requireNonNull(text, "text");
    StringBuilder b = new StringBuilder(text.length() + 2);
    appendQuoted(b, text);
    return b.toString();
  }

  private static void appendQuoted(StringBuilder b, String text) {
    b.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\b':
          b.append("\\b");
          break;
        case '\f':
          b.append("\\f");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || isUnpairedSurrogate(text, i)) {
            b.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF])
                .append(HEX[c & 0xF]);
          } else {
            b.append(c);
          }
      }
    }
    b.append('"');
  }

  private static boolean isUnpairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }

  /**
   * Opens an object.
   *
   * @return this writer, not null
   */
  public Json beginObject() {
    beforeValue(false);
    out.append('{');
    objects.push(true);
    started.push(false);
    return this;
  }

  /**
   * Closes the innermost object.
   *
   * @return this writer, not null
   */
  public Json endObject() {
    return end(true, '}');
  }

  /**
   * Opens an array.
   *
   * @return this writer, not null
   */
  public Json beginArray() {
    beforeValue(false);
    out.append('[');
    objects.push(false);
    started.push(false);
    return this;
  }

  /**
   * Closes the innermost array.
   *
   * @return this writer, not null
   */
  public Json endArray() {
    return end(false, ']');
  }

  private Json end(boolean object, char close) {
    if (objects.isEmpty() || objects.peek() != object || nameWritten) {
      throw new IllegalStateException("nothing to close with " + close);
    }
    objects.pop();
    boolean any = started.pop();
    if (any) {
      newline();
    }
    out.append(close);
    done = objects.isEmpty();
    return this;
  }

  /**
   * Writes the name of the next member of the innermost object.
   *
   * @param name  the name, not null
   * @return this writer, not null
   */
  public Json name(String name) {
    requireNonNull(name, "name");
    if (objects.isEmpty() || !objects.peek() || nameWritten) {
      throw new IllegalStateException("a name is not expected here: " + name);
    }
    separate();
    appendQuoted(out, name);
    out.append(": ");
    nameWritten = true;
    return this;
  }

  /**
   * Writes a string, or null.
   *
   * @param value  the string, or null
   * @return this writer, not null
   */
  public Json value(@Nullable String value) {
    beforeValue();
    if (value == null) {
      out.append("null");
    } else {
      appendQuoted(out, value);
    }
    return this;
  }

  /**
   * Writes an exact decimal number, or null.
   *
   * @param value  the number, or null
   * @return this writer, not null
   */
  public Json value(@Nullable BigDecimal value) {
    beforeValue();
    out.append(value == null ? "null" : value.toPlainString());
    return this;
  }

  /**
   * Writes a whole number.
   *
   * @param value  the number
   * @return this writer, not null
   */
  public Json value(long value) {
    beforeValue();
    out.append(value);
    return this;
  }

  /**
   * Writes a boolean.
   *
   * @param value  the boolean
   * @return this writer, not null
   */
  public Json value(boolean value) {
    beforeValue();
    out.append(value);
    return this;
  }

  private void beforeValue() {
    beforeValue(true);
  }

  private void beforeValue(boolean scalar) {
    if (done) {
      throw new IllegalStateException("the JSON value is complete");
    }
    if (objects.isEmpty()) {
      done = scalar;
      return;
    }
    if (objects.peek()) {
      if (!nameWritten) {
        throw new IllegalStateException("an object member needs a name first");
      }
      nameWritten = false;
    } else {
      separate();
    }
  }

  private void separate() {
    if (started.peek()) {
      out.append(',');
    }
    started.pop();
    started.push(true);
    newline();
  }

  private void newline() {
    out.append('\n');
    out.append("  ".repeat(objects.size()));
  }

  /**
   * Returns the JSON text.
   *
   * @return the text, not null
   * @throws IllegalStateException if a container is still open or nothing was written
   */
  @Override
  public String toString() {
    if (!objects.isEmpty() || out.length() == 0) {
      throw new IllegalStateException("the JSON value is incomplete: " + out);
    }
    return out.toString();
  }
}
