package org.tuopin.assist.batch;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tuopin.basics.Text;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.tuopin.internal.Redaction;

/**
 * A count of households and of the people in them, written as the policy texts write it:
 * {@code 841户2778人}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Headcount implements Serializable {

  /** No households, no people. */
  public static final Headcount ZERO = new Headcount(0, 0);

  private static final long serialVersionUID = 1L;
  private static final Pattern TEXT = Pattern.compile("(\\d+)\\s*户\\s*(\\d+)\\s*人");

  /** The number of households (户). */
  private final long households;
  /** The number of people (人). */
  private final long people;

  private Headcount(long households, long people) {
    this.households = households;
    this.people = people;
  }

  /**
   * Obtains a headcount.
   *
   * @param households  the number of households, not negative
   * @param people  the number of people, not negative
   * @return the headcount, not null
   * @throws IllegalArgumentException if a count is negative
   */
  public static Headcount of(long households, long people) {
    if (households < 0 || people < 0) {
      throw new IllegalArgumentException("a headcount must not be negative: " + households + "户" + people + "人");
    }
    return households == 0 && people == 0 ? ZERO : new Headcount(households, people);
  }

  /**
   * Obtains a headcount by reading {@code 841户2778人}.
   *
   * @param text  the text, not null
   * @return the headcount, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  @JsonCreator
  public static Headcount parse(String text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("a headcount is written N户M人, such as 841户2778人: " + Redaction.quote(text));
    }
    return of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
  }

  /**
   * Returns the number of households.
   *
   * @return the households (户), not negative
   */
  public long households() {
    return households;
  }

  /**
   * Returns the number of people.
   *
   * @return the people (人), not negative
   */
  public long people() {
    return people;
  }

  /**
   * Returns the sum of this headcount and another.
   *
   * @param other  the other headcount, not null
   * @return the sum, not null
   */
  public Headcount plus(Headcount other) {
    requireNonNull(other, "other");
    return of(Math.addExact(households, other.households), Math.addExact(people, other.people));
  }

  /**
   * Returns the sum of this headcount and one household of a size.
   *
   * @param size  the number of people in the household, not negative
   * @return the sum, not null
   */
  public Headcount plusHousehold(long size) {
    return of(households + 1, Math.addExact(people, size));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Headcount && ((Headcount) obj).households == households && ((Headcount) obj).people == people;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(households) * 31 + Long.hashCode(people);
  }

  /**
   * Returns the headcount as it reads in any language, with the frame {@code headcount} of
   * Tuopin's message bundle: {@code 841户2778人} in Chinese and in English alike.
   *
   * @return the text, not null
   */
  public Text text() {
    return Text.message("headcount", households, people);
  }

  /**
   * Returns {@code 841户2778人}.
   *
   * @return the text that {@link #parse(String)} reads back, not null
   */
  @Override
  @JsonValue
  public String toString() {
    return households + "户" + people + "人";
  }
}
