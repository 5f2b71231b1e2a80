package org.tuopin.basics;

/**
 * Thrown when a look-up by key or id finds nothing: a standard set, a unit, a condition, a
 * facility, a strategy taxonomy, a quota policy. The message names the kind of thing looked
 * up, the key asked for and the known keys.
 *
 * <p>This is the library's one not-found exception; every {@code of(key)} look-up throws it.
 */
public class NotFoundException extends TuopinException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message  the message, naming the kind, the key and the known keys, not null
   */
  public NotFoundException(String message) {
    super(message);
  }
}
