package org.tuopin.standard;

import org.tuopin.basics.TuopinException;

/**
 * Thrown when no standard set has the id asked for; the message lists the known ids.
 */
public class StandardSetNotFoundException extends TuopinException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message  the message, naming the id and the known ids, not null
   */
  public StandardSetNotFoundException(String message) {
    super(message);
  }
}
