package org.tuopin.io;

/**
 * A column of a table of the data contract, as the shared reading needs it: the English key
 * and Chinese alias that may head it, and whether every row must give a value.
 *
 * <p>Implemented by the column enums of each file ({@link RosterColumn},
 * {@link VillageColumn}).
 */
interface TableColumn {

  /**
   * Returns the English key.
   *
   * @return the key, not null
   */
  String key();

  /**
   * Returns the Chinese alias.
   *
   * @return the alias, not null
   */
  String zh();

  /**
   * Checks whether every row must give a value.
   *
   * @return true if required
   */
  boolean isRequired();
}
