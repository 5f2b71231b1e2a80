package org.tuopin.internal;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * The syntax of keys, shared by the open sets of {@link org.tuopin.basics.FactKey} and the keys
 * of catalogues (taxonomies, quota policies, schedules): {@code relocation}, {@code ganyu}.
 */
public final class Keys {

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  private Keys() {
  }

  /**
   * Checks the syntax of a key: lower-case letters, digits and underscores, starting with a
   * letter, at most 64 characters.
   *
   * @param kind  the kind of key, for the message, such as "strategy key"
   * @param key  the key, not null
   * @return the key, not null
   * @throws IllegalArgumentException quoting the key if the syntax is wrong
   */
  public static String check(String kind, String key) {
    requireNonNull(key, kind);
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          kind + " must be lower-case letters, digits and _, starting with a letter: '" + key + "'");
    }
    return key;
  }
}
