package org.tuopin.internal;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tuopin.basics.Coded;

/** Reads the values of coded enums from their code, Chinese label or English name. */
public final class Codes {

  private Codes() {
  }

  /**
   * Finds the constant of a coded enum whose code, Chinese label, English label or constant
   * name matches the text (ignoring case and surrounding space).
   *
   * @param <E>  the enum type
   * @param type  the enum class, not null
   * @param what  what the value is, for the error message, such as "health"
   * @param text  the text, not null
   * @return the constant, not null
   * @throws IllegalArgumentException naming the text and the accepted values if none matches
   */
  public static <E extends Enum<E> & Coded> E parse(Class<E> type, String what, String text) {
    requireNonNull(text, what);
    String t = text.trim();
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(t) || e.label().zh().equals(t) || e.label().en().equalsIgnoreCase(t)
          || e.name().equalsIgnoreCase(t)) {
        return e;
      }
    }
    throw new IllegalArgumentException(what + " must be one of "
        + Arrays.stream(type.getEnumConstants()).map(e -> e.code() + " " + e.label().zh())
            .collect(Collectors.joining(", "))
        + ": '" + text + "'");
  }

  /**
   * Returns the lower-case key of an enum constant, as used in files and reports.
   *
   * @param e  the constant, not null
   * @return the name in lower case, not null
   */
  public static String key(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
