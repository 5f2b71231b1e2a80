package org.tuopin.registry;

import org.tuopin.basics.TypedString;
import org.tuopin.internal.Ids;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The identifier of a person in a registry (人编号), unique within its registry.
 *
 * <p>Any text of 1 to 64 letters, digits and {@code - _ . :} is accepted, so the national
 * system's numeric ids and a project's own keys both fit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PersonId extends TypedString<PersonId> {

  private static final long serialVersionUID = 1L;

  private PersonId(String text) {
    super(Ids.check("person id", text));
  }

  /**
   * Obtains an instance by reading its text.
   *
   * @param text  the identifier, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is empty, too long or holds other characters
   */
  @JsonCreator
  public static PersonId of(String text) {
    return new PersonId(text);
  }

  /**
   * Obtains an instance by reading its text; the same as {@link #of(String)}.
   *
   * @param text  the identifier, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is empty, too long or holds other characters
   */
  public static PersonId parse(String text) {
    return of(text);
  }
}
