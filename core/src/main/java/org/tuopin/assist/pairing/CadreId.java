package org.tuopin.assist.pairing;

import org.tuopin.basics.TypedString;
import org.tuopin.internal.Ids;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The identifier of a cadre who helps households (帮扶责任人), such as a staff number; unique
 * among the cadres of a pairing plan. It is not personal data, unlike the cadre's name.
 *
 * <p>Any text of 1 to 64 letters, digits and {@code - _ . :} is accepted.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CadreId extends TypedString<CadreId> {

  private static final long serialVersionUID = 1L;

  private CadreId(String text) {
    super(Ids.check("cadre id", text));
  }

  /**
   * Obtains an instance by reading its text.
   *
   * @param text  the identifier, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is empty, too long or holds other characters
   */
  @JsonCreator
  public static CadreId of(String text) {
    return new CadreId(text);
  }

  /**
   * Obtains an instance by reading its text; the same as {@link #of(String)}.
   *
   * @param text  the identifier, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is empty, too long or holds other characters
   */
  public static CadreId parse(String text) {
    return of(text);
  }

}
