package org.tuopin.assist.contact;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.tuopin.assist.pairing.CadreId;
import org.tuopin.registry.HouseholdId;

/**
 * One contact between a helper and a household (对接联系), as logged on the household's help
 * card (帮扶联系卡): the date, the cadre, the household, and whether the household signed the
 * entry (帮扶对象签字认可).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Visit implements WithVisit {

  Visit() {
  }

  /**
   * Obtains a visit.
   *
   * @param date  the date of the contact, not null
   * @param cadre  the cadre who made it, not null
   * @param household  the household contacted, not null
   * @param signed  whether the household signed the entry on its card
   * @return the visit, not null
   */
  public static Visit of(LocalDate date, CadreId cadre, HouseholdId household, boolean signed) {
    return ImmutableVisit.of(date, cadre, household, signed);
  }

  /**
   * Returns the date of the contact.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns the cadre who made the contact.
   *
   * @return the cadre id, not null
   */
  @Value.Parameter
  public abstract CadreId cadre();

  /**
   * Returns the household contacted.
   *
   * @return the household id, not null
   */
  @Value.Parameter
  public abstract HouseholdId household();

  /**
   * Checks whether the household signed the entry on its card.
   *
   * @return true if signed
   */
  @Value.Parameter
  public abstract boolean isSigned();

  /**
   * Returns {@code date cadre→household}, with {@code (unsigned)} when not signed.
   *
   * @return a short description, not null
   */
  @Override
  public String toString() {
    return date() + " " + cadre() + "→" + household() + (isSigned() ? "" : " (unsigned)");
  }
}
