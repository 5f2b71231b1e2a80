package org.tuopin.assist;

import org.tuopin.basics.TuopinException;

/**
 * Thrown when a look-up of the assistance catalogues finds nothing: a strategy taxonomy, a
 * strategy, a quota policy or a reporting schedule. The message names the key looked for and
 * the keys known.
 */
public class AssistNotFoundException extends TuopinException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message  the message, naming the key and the known keys, not null
   */
  public AssistNotFoundException(String message) {
    super(message);
  }
}
