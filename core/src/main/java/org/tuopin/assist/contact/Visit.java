package org.tuopin.assist.contact;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.tuopin.assist.pairing.CadreId;
import org.tuopin.registry.HouseholdId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;

/**
 * One contact between a helper and a household (对接联系), as logged on the household's help
 * card (帮扶联系卡): the date, the cadre, the household, and whether the household signed the
 * entry (帮扶对象签字认可).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
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
  @JsonProperty("cadre")
  public abstract CadreId cadre();

  /**
   * Returns the household contacted.
   *
   * @return the household id, not null
   */
  @Value.Parameter
  @JsonProperty("household")
  public abstract HouseholdId household();

  /**
   * Checks whether the household signed the entry on its card.
   *
   * @return true if signed
   */
  @Value.Parameter
  @JsonProperty("isSigned")
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

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("date")
  private String dateJson() {
    return date().toString();
  }

  @JsonCreator
  private static Visit ofJson(
      @JsonProperty("date") String date,
      @JsonProperty("cadre") CadreId cadre,
      @JsonProperty("household") HouseholdId household,
      @JsonProperty("isSigned") boolean isSigned) {
    ImmutableVisit.Builder b = ImmutableVisit.builder();
    b.date(LocalDate.parse(date));
    b.cadre(cadre);
    b.household(household);
    b.isSigned(isSigned);
    return b.build();
  }
}
