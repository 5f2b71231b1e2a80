package org.tuopin.basics;

/**
 * The root of Tuopin's unchecked exceptions.
 *
 * <p>Bad arguments are reported with {@link IllegalArgumentException} naming the value
 * and the rule broken; failed look-ups and other domain failures extend this class.
 */
public class TuopinException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message  the message, naming the value and the rule, not null
   */
  public TuopinException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message  the message, naming the value and the rule, not null
   * @param cause  the cause, not null
   */
  public TuopinException(String message, Throwable cause) {
    super(message, cause);
  }
}
