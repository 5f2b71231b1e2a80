package org.tuopin.internal;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.Coded;
import org.tuopin.basics.Labelled;
import org.tuopin.basics.Text;

/**
 * The table of codes and labels behind the library's coded enums ({@link Coded},
 * {@link Labelled}), and the reading of their values from a code, Chinese label or English
 * name.
 *
 * <p>An enum gives each constant's code and label from its constructor:
 *
 * <pre>{@code
 * public enum Sex implements Coded {
 *   MALE("1", "男", "male"), FEMALE("2", "女", "female");
 *
 *   Sex(String code, String zh, String en) {
 *     Codes.define(this, code, zh, en);
 *   }
 * }
 * }</pre>
 */
public final class Codes {

  /** The code and label of each defined constant, by identity of the constant. */
  private static final Map<Labelled, Entry> ENTRIES = new ConcurrentHashMap<>();

  /** For each coded enum, its constants by code, Chinese label, and lower-case English label and name. */
  private static final ClassValue<Map<String, Object>> LOOKUP = new ClassValue<>() {
    @Override
    protected Map<String, Object> computeValue(Class<?> type) {
      Map<String, Object> byText = new HashMap<>();
      for (Object constant : type.getEnumConstants()) {
        Coded c = (Coded) constant;
        byText.putIfAbsent(c.code(), c);
        byText.putIfAbsent(c.label().zh(), c);
        byText.putIfAbsent(c.label().en().toLowerCase(Locale.ROOT), c);
        byText.putIfAbsent(((Enum<?>) constant).name().toLowerCase(Locale.ROOT), c);
      }
      return byText;
    }
  };

  private Codes() {
  }

  /**
   * The code and label of a constant.
   *
   * @param code  the code, or null if the constant has a label only
   * @param label  the label, not null
   */
  public record Entry(@Nullable String code, Text label) {

    /**
     * Returns the code.
     *
     * @return the code, not null
     * @throws IllegalStateException if the constant has a label only
     */
    @Override
    public String code() {
      if (code == null) {
        throw new IllegalStateException("no code was defined, only the label " + label);
      }
      return code;
    }
  }

  /**
   * Defines the code and label of a constant of a coded enum; called from its constructor.
   *
   * @param constant  the constant, not null
   * @param code  the code as written in the national code list, not null
   * @param zh  the Chinese label, not null
   * @param en  the English label, not null
   */
  public static void define(Coded constant, String code, String zh, String en) {
    ENTRIES.put(constant, new Entry(requireNonNull(code, "code"), label(constant, zh, en)));
  }

  /**
   * Defines the label of a constant that has no code; called from its constructor.
   *
   * @param constant  the constant, not null
   * @param zh  the Chinese label, not null
   * @param en  the English label, not null
   */
  public static void define(Labelled constant, String zh, String en) {
    ENTRIES.put(constant, new Entry(null, label(constant, zh, en)));
  }

  /**
   * The label of a constant: its Chinese and English forms, which are also what a code list is
   * parsed by; a third language may name it in Tuopin's bundle under
   * {@code <SimpleClassName>.<CONSTANT>}, such as {@code CheckRule.FUNDING}.
   */
  private static Text label(Object constant, String zh, String en) {
    Enum<?> e = (Enum<?>) constant;
    return Text.of(zh, en).keyed(e.getDeclaringClass().getSimpleName() + "." + e.name());
  }

  /**
   * Returns the code and label of a constant.
   *
   * @param constant  the constant, not null
   * @return the entry, not null
   * @throws IllegalStateException if the constant defined none
   */
  public static Entry entry(Labelled constant) {
    Entry entry = ENTRIES.get(constant);
    if (entry == null) {
      throw new IllegalStateException(constant.getClass().getName() + " defines no code or label: override "
          + "code() and label()");
    }
    return entry;
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
    Map<String, Object> byText = LOOKUP.get(type);
    Object found = byText.get(t);
    if (found == null) {
      found = byText.get(t.toLowerCase(Locale.ROOT));
    }
    if (found != null) {
      return type.cast(found);
    }
    throw new IllegalArgumentException(what + " must be one of "
        + Arrays.stream(type.getEnumConstants()).map(e -> e.code() + " " + e.label().zh())
            .collect(Collectors.joining(", "))
        + ": " + Redaction.quote(text));
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
