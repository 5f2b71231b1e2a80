package org.tuopin.basics;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An exact amount in a {@link Unit}: 8,700 亩, 10.2 公里, 19 亿元, 30%.
 *
 * <p>The value is a {@link BigDecimal}, never a {@code double}. Quantities of the same
 * dimension convert exactly ({@link #to(Unit)}): 10.2 公里 is 10,200 米, 2 公顷 is 30 亩,
 * 19 亿元 is 190,000 万元. A conversion whose result is not a terminating decimal
 * (1 亩 is 1/15 公顷) throws rather than round, unless a rounding is given
 * ({@link #to(Unit, int, RoundingMode)}). Quantities of different dimensions never mix:
 * adding, comparing or converting 亩 and 公里 throws an {@link IllegalArgumentException}
 * naming both units.
 *
 * <p>Like {@link BigDecimal}, {@link #equals} compares the unit and the value (trailing
 * zeros ignored), while {@link #compareTo} compares amounts across units: 1 公里 and
 * 1,000 米 compare equal but are not equal. Money in 元 converts to and from {@link Yuan}.
 *
 * <p>{@link #toString()} gives {@code 8700 亩} (and {@code 30%}), which
 * {@link #parse(String)} reads back for the built-in units.
 *
 * <p>JSON: exact, as that text, {@code "8700 亩"}; in a unit of one's own as an object of the
 * plain value and the unit, {@code {"value": "12", "unit": {"key": "stick", ...}}}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Quantity implements Comparable<Quantity>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern TEXT = Pattern.compile(
      "([+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]{1,4})?)\\s*(.*)");
  private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
  private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

  /** The value, without trailing zeros. */
  private final BigDecimal value;
  /** The unit. */
  private final Unit unit;

  private Quantity(BigDecimal value, Unit unit) {
    this.value = value;
    this.unit = unit;
  }

  /**
   * Obtains an instance from a value and a unit.
   *
   * @param value  the value, not null
   * @param unit  the unit, not null
   * @return the quantity, not null
   */
  public static Quantity of(BigDecimal value, Unit unit) {
    requireNonNull(value, "value");
    requireNonNull(unit, "unit");
    return new Quantity(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros(), unit);
  }

  /**
   * Obtains an instance from a whole number and a unit: {@code Quantity.of(8700, Units.MU)}.
   *
   * @param value  the value
   * @param unit  the unit, not null
   * @return the quantity, not null
   */
  public static Quantity of(long value, Unit unit) {
    return of(BigDecimal.valueOf(value), unit);
  }

  /**
   * Obtains an instance from a number written as text and a unit. The number may have
   * thousands separators and may end in 万 (× 10,000) or 亿 (× 100,000,000), as the plans
   * write it: {@code Quantity.of("1.5亿", sticks)} is 150,000,000 sticks.
   *
   * @param number  the number, such as {@code 8,700}, {@code 10.2} or {@code 11.6万}, not null
   * @param unit  the unit, not null
   * @return the quantity, not null
   * @throws IllegalArgumentException if the text is not such a number
   */
  public static Quantity of(String number, Unit unit) {
    requireNonNull(number, "number");
    requireNonNull(unit, "unit");
    Matcher m = TEXT.matcher(number.strip());
    String rest = m.matches() ? m.group(2).strip() : "?";
    if (rest.isEmpty()) {
      return of(new BigDecimal(m.group(1).replace(",", "")), unit);
    }
    if (rest.equals("万") || rest.equals("亿")) {
      return of(new BigDecimal(m.group(1).replace(",", "")).multiply(rest.equals("万") ? WAN : YI), unit);
    }
    throw new IllegalArgumentException(
        "a number is digits with optional separators, decimals and 万 or 亿, such as 11.6万: '" + number + "'");
  }

  /**
   * Obtains an instance by reading a number and a built-in unit: {@code 8700 亩},
   * {@code 8,700亩}, {@code 10.2 km}, {@code 19亿元}, {@code 60万亩}, {@code 30%}.
   *
   * <p>A 万 or 亿 before the unit is part of the unit when the two make a unit (亿元 in
   * {@code 19亿元}) and otherwise multiplies the number ({@code 60万亩} is 600,000 亩).
   *
   * @param text  the text, not null
   * @return the quantity, not null
   * @throws IllegalArgumentException if the text is not a number followed by a built-in unit
   */
  public static Quantity parse(String text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text.strip());
    if (m.matches() && !m.group(2).isBlank()) {
      BigDecimal number = new BigDecimal(m.group(1).replace(",", ""));
      String rest = m.group(2).strip();
      Optional<Unit> found = Units.find(rest);
      if (found.isPresent()) {
        return of(number, found.get());
      }
      if (rest.length() > 1 && (rest.charAt(0) == '万' || rest.charAt(0) == '亿')) {
        found = Units.find(rest.substring(1));
        if (found.isPresent()) {
          return of(number.multiply(rest.charAt(0) == '万' ? WAN : YI), found.get());
        }
      }
    }
    throw new IllegalArgumentException("a quantity is a number and one of the units "
        + Units.symbols() + ", such as 8700 亩 or 19亿元: " + Redaction.quote(text));
  }

  /**
   * Obtains an amount of money in 元 from a {@link Yuan}.
   *
   * @param yuan  the amount, not null
   * @return the quantity in 元, not null
   */
  public static Quantity from(Yuan yuan) {
    requireNonNull(yuan, "yuan");
    return of(yuan.toBigDecimal(), Units.YUAN);
  }

  /**
   * Returns the sum of quantities of one dimension, in the unit of the first quantity if
   * every other converts to it exactly, otherwise in the first unit among them that all
   * convert to exactly: 3.2 公里 + 500 米 is 3.7 公里, 1 公顷 + 1 亩 is 16 亩.
   *
   * @param quantities  the quantities, at least one, not null
   * @return the exact sum, not null
   * @throws IllegalArgumentException if there are none or they are of different dimensions
   * @throws ArithmeticException if no unit among them holds every part exactly
   */
  public static Quantity sum(Collection<Quantity> quantities) {
    requireNonNull(quantities, "quantities");
    if (quantities.isEmpty()) {
      throw new IllegalArgumentException("a sum needs at least one quantity");
    }
    Iterator<Quantity> it = quantities.iterator();
    Unit first = it.next().unit;
    Set<Unit> units = new LinkedHashSet<>();
    units.add(first);
    while (it.hasNext()) {
      Unit u = it.next().unit;
      first.checkCompatible(u, "add");
      units.add(u);
    }
    for (Unit candidate : units) {
      List<BigDecimal> converted = new ArrayList<>(quantities.size());
      for (Quantity q : quantities) {
        BigDecimal v = q.exactValueIn(candidate);
        if (v == null) {
          break;
        }
        converted.add(v);
      }
      if (converted.size() == quantities.size()) {
        return of(converted.stream().reduce(BigDecimal.ZERO, BigDecimal::add), candidate);
      }
    }
    throw new ArithmeticException("no unit among " + units + " holds every part of the sum exactly: " + quantities);
  }

  /**
   * Returns the value.
   *
   * @return the value without trailing zeros, not null
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns the unit.
   *
   * @return the unit, not null
   */
  public Unit unit() {
    return unit;
  }

  /**
   * Checks whether this quantity can be compared with, added to or converted into a unit.
   *
   * @param other  the unit, not null
   * @return true if the unit measures the same dimension
   */
  public boolean isCompatibleWith(Unit other) {
    return unit.isCompatibleWith(other);
  }

  /**
   * Returns this quantity in another unit of the same dimension, exactly: 10.2 公里 is
   * 10,200 米, 2 公顷 is 30 亩.
   *
   * @param target  the unit to convert to, not null
   * @return the same amount in that unit, not null
   * @throws IllegalArgumentException naming both units if they measure different dimensions
   * @throws ArithmeticException if the result is not a terminating decimal (1 亩 in 公顷)
   */
  public Quantity to(Unit target) {
    requireNonNull(target, "target");
    unit.checkCompatible(target, "convert between");
    BigDecimal v = exactValueIn(target);
    if (v == null) {
      throw new ArithmeticException(this + " in " + target + " is not a terminating decimal;"
          + " give a scale and a rounding to convert it");
    }
    return of(v, target);
  }

  /**
   * Returns this quantity in another unit of the same dimension, rounded: 1 亩 is
   * 0.0667 公顷 to four places, half up.
   *
   * @param target  the unit to convert to, not null
   * @param scale  the number of decimal places to keep
   * @param rounding  how to round, not null
   * @return the same amount in that unit, rounded, not null
   * @throws IllegalArgumentException naming both units if they measure different dimensions
   * @throws ArithmeticException if rounding is {@link RoundingMode#UNNECESSARY} and the
   *     result needs rounding
   */
  public Quantity to(Unit target, int scale, RoundingMode rounding) {
    requireNonNull(target, "target");
    requireNonNull(rounding, "rounding");
    unit.checkCompatible(target, "convert between");
    BigInteger num = unit.numerator().multiply(target.denominator());
    BigInteger den = unit.denominator().multiply(target.numerator());
    return of(value.multiply(new BigDecimal(num)).divide(new BigDecimal(den), scale, rounding), target);
  }

  /**
   * Returns the value in another unit if it is an exact decimal, else null.
   *
   * @param target  a compatible unit
   * @return the value in that unit, or null
   */
  private @Nullable BigDecimal exactValueIn(Unit target) {
    if (target.equals(unit)) {
      return value;
    }
    BigInteger num = unit.numerator().multiply(target.denominator());
    BigInteger den = unit.denominator().multiply(target.numerator());
    try {
      return value.multiply(new BigDecimal(num)).divide(new BigDecimal(den));
    } catch (ArithmeticException ex) {
      return null;
    }
  }

  /**
   * Returns this amount of money as a {@link Yuan}.
   *
   * @return the amount in yuan, not null
   * @throws IllegalArgumentException if the quantity is not money or is finer than a fen
   */
  public Yuan toYuan() {
    unit.checkCompatible(Units.YUAN, "convert between");
    BigDecimal v = exactValueIn(Units.YUAN);
    if (v == null || v.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("an amount in yuan is a whole number of fen (0.01 元), not " + this);
    }
    return Yuan.of(v);
  }

  /**
   * Returns this quantity plus another of the same dimension, exactly. The sum is in this
   * quantity's unit when the other converts to it exactly, otherwise in the other's unit:
   * 1 公顷 + 1 亩 is 16 亩.
   *
   * @param other  the quantity to add, not null
   * @return the sum, not null
   * @throws IllegalArgumentException naming both units if they measure different dimensions
   * @throws ArithmeticException if neither unit holds the sum exactly
   */
  public Quantity plus(Quantity other) {
    requireNonNull(other, "other");
    unit.checkCompatible(other.unit, "add");
    BigDecimal v = other.exactValueIn(unit);
    if (v != null) {
      return of(value.add(v), unit);
    }
    BigDecimal w = exactValueIn(other.unit);
    if (w != null) {
      return of(w.add(other.value), other.unit);
    }
    throw new ArithmeticException("neither " + unit + " nor " + other.unit + " holds " + this + " + " + other + " exactly");
  }

  /**
   * Returns this quantity minus another of the same dimension, exactly, in the unit chosen
   * as for {@link #plus(Quantity)}.
   *
   * @param other  the quantity to subtract, not null
   * @return the difference, not null
   * @throws IllegalArgumentException naming both units if they measure different dimensions
   * @throws ArithmeticException if neither unit holds the difference exactly
   */
  public Quantity minus(Quantity other) {
    requireNonNull(other, "other");
    return plus(other.negated());
  }

  /**
   * Returns this quantity multiplied by a number: 40 万元 × 2,880 is 115,200 万元.
   *
   * @param factor  the factor, not null
   * @return the product, in this unit, not null
   */
  public Quantity multipliedBy(BigDecimal factor) {
    requireNonNull(factor, "factor");
    return of(value.multiply(factor), unit);
  }

  /**
   * Returns this quantity multiplied by a whole number.
   *
   * @param factor  the factor
   * @return the product, in this unit, not null
   */
  public Quantity multipliedBy(long factor) {
    return multipliedBy(BigDecimal.valueOf(factor));
  }

  /**
   * Returns this quantity with its sign reversed.
   *
   * @return the negated quantity, not null
   */
  public Quantity negated() {
    return of(value.negate(), unit);
  }

  /**
   * Returns the sign of the value.
   *
   * @return -1, 0 or 1
   */
  public int signum() {
    return value.signum();
  }

  /**
   * Checks whether the value is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /**
   * Checks whether the value is less than zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return value.signum() < 0;
  }

  /**
   * Compares the amounts of two quantities of the same dimension, exactly, whatever their
   * units: 1 公顷 compares equal to 15 亩.
   *
   * @param other  the other quantity, not null
   * @return negative, zero or positive as this amount is less than, equal to or greater
   *     than the other
   * @throws IllegalArgumentException naming both units if they measure different dimensions
   */
  @Override
  public int compareTo(Quantity other) {
    requireNonNull(other, "other");
    unit.checkCompatible(other.unit, "compare");
    if (unit.equals(other.unit)) {
      return value.compareTo(other.value);
    }
    BigDecimal left = value.multiply(new BigDecimal(unit.numerator().multiply(other.unit.denominator())));
    BigDecimal right = other.value.multiply(new BigDecimal(other.unit.numerator().multiply(unit.denominator())));
    return left.compareTo(right);
  }

  /**
   * Checks whether this quantity is the same amount as another, whatever their units.
   *
   * @param other  the other quantity, of the same dimension, not null
   * @return true if the amounts are equal
   * @throws IllegalArgumentException naming both units if they measure different dimensions
   */
  public boolean isSameAmountAs(Quantity other) {
    return compareTo(other) == 0;
  }

  /**
   * Formats the quantity for people, with thousands separators and the symbol in a
   * language: {@code 8,700 亩} / {@code 8,700 mu}, {@code 30%}.
   *
   * @param language  the language of the symbol, not null
   * @return the text, not null
   */
  public String format(Language language) {
    requireNonNull(language, "language");
    return text().in(language);
  }

  /**
   * Returns the quantity as text for people, in any locale: the number with thousands
   * separators and the unit's symbol, {@code 8,700 亩} / {@code 8,700 mu}, {@code 30%}, from the
   * frames {@code quantity} and {@code quantity.percent} of Tuopin's message bundle.
   *
   * @return the text, not null
   */
  public Text text() {
    String plain = value.toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(',');
      }
      grouped.append(whole.charAt(i));
    }
    String number = (negative ? "-" : "") + grouped + (dot < 0 ? "" : digits.substring(dot));
    return Text.message(unit.equals(Units.PERCENT) ? "quantity.percent" : "quantity", number, unit.symbol());
  }

  private String join(String number, String symbol) {
    return unit.equals(Units.PERCENT) ? number + symbol : number + " " + symbol;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Quantity && ((Quantity) obj).value.equals(value) && ((Quantity) obj).unit.equals(unit);
  }

  @Override
  public int hashCode() {
    return value.hashCode() * 31 + unit.hashCode();
  }

  /**
   * Returns the canonical text: the plain value, a space and the Chinese symbol
   * ({@code 8700 亩}, {@code 10.2 公里}), or the value and {@code %} ({@code 30%}).
   *
   * @return the text that {@link #parse(String)} reads back for a built-in unit, not null
   */
  @Override
  public String toString() {
    return join(value.toPlainString(), unit.symbol(Language.ZH));
  }

  // JSON binding: see the class comment.

  @JsonValue
  private Object json() {
    if (unit.isBuiltIn()) {
      return toString();
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", value.toPlainString());
    m.put("unit", unit);
    return m;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static Quantity ofJsonText(String text) {
    return parse(text);
  }

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  private static Quantity ofJsonObject(@JsonProperty("value") String value, @JsonProperty("unit") Unit unit) {
    return of(new BigDecimal(requireNonNull(value, "value")), unit);
  }
}
