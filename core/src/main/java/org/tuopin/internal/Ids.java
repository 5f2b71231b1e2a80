package org.tuopin.internal;

import static java.util.Objects.requireNonNull;

/** Syntax checks shared by the text identifiers. */
public final class Ids {

  /** The longest identifier accepted. */
  public static final int MAX_LENGTH = 64;

  private Ids() {
  }

  /**
   * Checks the syntax of a textual identifier: 1 to 64 characters, letters, digits,
   * {@code - _ . :} only.
   *
   * @param kind  the kind of identifier, for the message, such as "household id"
   * @param text  the text, not null
   * @return the text, trimmed
   * @throws IllegalArgumentException quoting the text if the syntax is wrong
   */
  public static String check(String kind, String text) {
    requireNonNull(text, kind);
    String t = text.trim();
    if (t.isEmpty() || t.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(kind + " must have 1 to " + MAX_LENGTH + " characters: "
          + Redaction.quotePersonal(text));
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':')) {
        throw new IllegalArgumentException(
            kind + " may hold only letters, digits and - _ . : (found "
            + Redaction.quote(String.valueOf(c)) + "): " + Redaction.quotePersonal(text));
      }
    }
    return t;
  }
}
