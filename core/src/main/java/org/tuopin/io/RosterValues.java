package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.tuopin.basics.Tristate;
import org.tuopin.internal.Redaction;
import org.tuopin.registry.ExitStatus;
import org.tuopin.registry.Health;
import org.tuopin.registry.HouseholdAttribute;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.LabourSkill;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.PovertyCause;
import org.tuopin.registry.Relation;
import org.tuopin.registry.ResidentId;
import org.tuopin.registry.Sex;

/**
 * The one parser of the roster's field values (建档立卡 roster), shared by the object reader
 * ({@link RosterReader}) and the columnar reader ({@code org.tuopin.table}), so that the same
 * bad field gives the same error on both paths.
 *
 * <p>Each method takes the trimmed, non-empty text of a field and either returns its value
 * or throws {@link IllegalArgumentException} naming the value and the rule, which rejects
 * the row. Every quoted value passes through {@link Redaction}. An income year outside a
 * standard's years is no error of the value: such a household is {@code NOT_COVERED}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RosterValues {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private RosterValues() {
  }

  /**
   * Parses the text of a field of a roster column into its value: a {@code RegionCode} for
   * the village, the id types, the code-list enums, a {@code LocalDate} for the birth date,
   * an {@code Integer} for years, a {@code Yuan} for amounts and a {@code Tristate} for flags.
   *
   * @param column  the column, not null
   * @param text  the trimmed, non-empty text, not null
   * @return the value, not null
   * @throws IllegalArgumentException naming the value and the rule if the text is bad
   */
  public static Object parse(RosterColumn column, String text) {
    requireNonNull(column, "column");
    requireNonNull(text, "text");
    switch (column) {
      case VILLAGE_CODE:
        return TableValues.villageCode(text);
      case GROUP:
      case NAME:
        return text;
      case HOUSEHOLD_ID:
        return HouseholdId.of(text);
      case PERSON_ID:
        return PersonId.of(text);
      case ID_NUMBER:
        return ResidentId.parse(text);
      case RELATION:
        return Relation.parse(text);
      case SEX:
        return Sex.parse(text);
      case BIRTH_DATE:
        return birthDate(text);
      case HEALTH:
        return Health.parse(text);
      case LABOR:
        return LabourSkill.parse(text);
      case ATTRIBUTE:
        return HouseholdAttribute.parse(text);
      case PRIMARY_CAUSE:
        return PovertyCause.parse(text);
      case IDENTIFIED_YEAR:
      case EXIT_YEAR:
      case INCOME_YEAR:
        return year(column, text);
      case EXIT_STATUS:
        return ExitStatus.parse(text);
      case WAGE_INCOME:
      case BUSINESS_INCOME:
      case PROPERTY_INCOME:
      case TRANSFER_INCOME:
      case BUSINESS_EXPENSE:
        return TableValues.amount(column.key(), text);
      default:
        return TableValues.flag(text);
    }
  }

  /**
   * The plausible cap of an amount in fen, 100,000,000 yuan (一亿元): a larger amount is a
   * rejected value, on both readers.
   */
  public static final long MAX_AMOUNT_FEN = TableValues.MAX_AMOUNT.fen();

  /**
   * Parses an amount column into fen, by the same rule as {@link #parse}; the columnar
   * reader's form, without a {@code Yuan} per field.
   *
   * @param column  the amount column, not null
   * @param text  the trimmed, non-empty text, not null
   * @return the amount in fen, not negative
   * @throws IllegalArgumentException naming the value and the rule if the text is bad
   */
  public static long amountFen(RosterColumn column, String text) {
    return TableValues.amountFen(column.key(), text);
  }

  /**
   * Parses a year column ({@code income_year}, {@code identified_year}, {@code exit_year}).
   *
   * @param column  the year column, not null
   * @param text  the trimmed, non-empty text, not null
   * @return the year
   * @throws IllegalArgumentException naming the value and the rule if the text is bad
   */
  public static int year(RosterColumn column, String text) {
    return TableValues.year(column.key(), text);
  }


  /**
   * Parses a flag column: 是/否, 1/0, true/false, yes/no in any case.
   *
   * @param text  the trimmed, non-empty text, not null
   * @return met or not met, not null
   * @throws IllegalArgumentException if the text is no flag
   */
  public static Tristate flag(String text) {
    return TableValues.flag(text);
  }

  private static LocalDate birthDate(String text) {
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException ex) {
      throw new IllegalArgumentException(
          "birth date must be a real date as YYYY-MM-DD: " + Redaction.quotePersonal(text), ex);
    }
  }
}
