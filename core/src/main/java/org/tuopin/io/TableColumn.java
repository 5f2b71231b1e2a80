package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A column of a table of the data contract, as the shared reading needs it: the English key
 * and Chinese alias that may head it, and whether every row must give a value.
 *
 * <p>Implemented by the column enums of each file ({@link RosterColumn},
 * {@link VillageColumn}); each constant gives its header from its enum's constructor with
 * {@link Header#define(TableColumn, String, String, boolean)}, and the methods here read it.
 */
interface TableColumn {

  /**
   * Returns the English key, such as {@code village_code}.
   *
   * @return the key, not null
   */
  default String key() {
    return Header.of(this).key;
  }

  /**
   * Returns the Chinese alias, such as 行政区划代码.
   *
   * @return the alias, not null
   */
  default String zh() {
    return Header.of(this).zh;
  }

  /**
   * Checks whether every row must give a value.
   *
   * @return true if required
   */
  default boolean isRequired() {
    return Header.of(this).required;
  }

  /**
   * Checks whether the column holds personal data of a person, whose text an error message
   * never quotes beyond its first character.
   *
   * @return true for a person-level column; false unless a column type says otherwise
   */
  default boolean isPersonal() {
    return false;
  }

  /**
   * Checks whether the column places a row in the file, such as a roster's household id: the
   * one column read from a row whose field count is wrong, and whose bad text still groups
   * the row with the rows of the same text.
   *
   * @return true for a placing column; false unless a column type says otherwise
   */
  default boolean placesRows() {
    return false;
  }

  /**
   * Finds the column of a table headed by a key or a Chinese alias.
   *
   * @param <C>  the column type
   * @param type  the column enum, not null
   * @param header  the header text, trimmed, not null
   * @return the column, or empty if the header names none
   */
  static <C extends Enum<C> & TableColumn> Optional<C> find(Class<C> type, String header) {
    for (C c : type.getEnumConstants()) {
      if (c.key().equals(header) || c.zh().equals(header)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The key, alias and requirement of each column, given as its constant is created. */
  final class Header {

    private static final Map<TableColumn, Header> HEADERS = new ConcurrentHashMap<>();

    private final String key;
    private final String zh;
    private final boolean required;

    private Header(String key, String zh, boolean required) {
      this.key = requireNonNull(key, "key");
      this.zh = requireNonNull(zh, "zh");
      this.required = required;
    }

    /**
     * Defines the header of a column; called from its enum's constructor.
     *
     * @param column  the column, not null
     * @param key  the English key, not null
     * @param zh  the Chinese alias, not null
     * @param required  whether every row must give a value
     */
    static void define(TableColumn column, String key, String zh, boolean required) {
      HEADERS.put(column, new Header(key, zh, required));
    }

    private static Header of(TableColumn column) {
      return HEADERS.get(column);
    }
  }
}
