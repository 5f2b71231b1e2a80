package org.tuopin.basics;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A unit of measure (计量单位) in which a plan states a quantity: 人, 户, 亩, 公里, 万元, %….
 *
 * <p>Every unit belongs to a dimension, named by its base unit: 公里 and 米 measure length
 * (base 米), 元, 万元 and 亿元 money (base 元), 亩, 公顷 and 平方米 area (base 平方米). A
 * unit holds its size in base units as an exact fraction, so 1 公顷 = 15 亩 and
 * 1 亩 = 2000/3 平方米 exactly. Each counting unit (人, 户, 头, 只 …) is a dimension of its
 * own: people do not convert into households, nor heads of cattle into birds.
 *
 * <p>The built-in units are constants of {@link Units}; a user defines others with
 * {@link #of(String, String, String)} (a new dimension) or
 * {@link #ofMultiple(String, String, String, BigDecimal, Unit)} (a multiple of a known
 * unit). Two units are equal when their keys, dimensions and sizes are.
 *
 * <p>JSON: a built-in unit as its Chinese symbol, {@code "公里"}; one of one's own as an object
 * with its key and symbols, and, for a multiple, its base unit and its size in base units as
 * an exact fraction: {@code {"key": "jin", "zh": "斤", "en": "jin", "base": "公斤",
 * "numerator": "1", "denominator": "2"}}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Unit implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,31}");
  private static final BigInteger TWO = BigInteger.valueOf(2);
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  /** The key, as used in files and JSON ({@code km}). */
  private final String key;
  /** The Chinese symbol ({@code 公里}). */
  private final String zh;
  /** The English symbol ({@code km}). */
  private final String en;
  /** The base unit of the dimension, or null when this unit is the base. */
  private final @Nullable Unit base;
  /** The size in base units: the numerator of the reduced fraction, positive. */
  private final BigInteger numerator;
  /** The size in base units: the denominator of the reduced fraction, positive. */
  private final BigInteger denominator;

  private Unit(String key, String zh, String en, @Nullable Unit base, BigInteger numerator, BigInteger denominator) {
    this.key = key;
    this.zh = zh;
    this.en = en;
    this.base = base;
    BigInteger gcd = numerator.gcd(denominator);
    this.numerator = numerator.divide(gcd);
    this.denominator = denominator.divide(gcd);
  }

  /**
   * Obtains a base unit: a unit of a dimension of its own, such as 棒 (sticks of mushroom
   * culture) or 人 (people).
   *
   * @param key  the key: lower-case letters, digits and underscores, starting with a letter
   * @param zh  the Chinese symbol, such as 棒, not blank
   * @param en  the English symbol, such as {@code sticks}, not blank
   * @return the unit, not null
   * @throws IllegalArgumentException if the key is malformed or a symbol is blank
   */
  public static Unit of(String key, String zh, String en) {
    return new Unit(checkKey(key), checkSymbol("zh", zh), checkSymbol("en", en), null, BigInteger.ONE, BigInteger.ONE);
  }

  /**
   * Obtains a unit that is a decimal multiple of another, such as 万元 = 10,000 × 元 or
   * 公顷 = 10,000 × 平方米.
   *
   * @param key  the key: lower-case letters, digits and underscores, starting with a letter
   * @param zh  the Chinese symbol, not blank
   * @param en  the English symbol, not blank
   * @param factor  how many of {@code unit} make one of the new unit, positive, not null
   * @param unit  the unit it is a multiple of, not null
   * @return the unit, in the dimension of {@code unit}, not null
   * @throws IllegalArgumentException if the key is malformed, a symbol is blank or the factor
   *     is not positive
   */
  public static Unit ofMultiple(String key, String zh, String en, BigDecimal factor, Unit unit) {
    requireNonNull(factor, "factor");
    requireNonNull(unit, "unit");
    if (factor.signum() <= 0) {
      throw new IllegalArgumentException("a unit's factor must be positive: '" + factor.toPlainString() + "'");
    }
    BigDecimal f = factor.stripTrailingZeros();
    BigInteger num = f.scale() <= 0 ? f.toBigIntegerExact() : f.unscaledValue();
    BigInteger den = f.scale() <= 0 ? BigInteger.ONE : BigInteger.TEN.pow(f.scale());
    return ofFraction(key, zh, en, num, den, unit);
  }

  /**
   * Obtains a unit that is a fraction of another, such as 亩 = 1/15 公顷.
   *
   * @param key  the key: lower-case letters, digits and underscores, starting with a letter
   * @param zh  the Chinese symbol, not blank
   * @param en  the English symbol, not blank
   * @param numerator  the numerator of the size in {@code unit}, positive
   * @param denominator  the denominator of the size in {@code unit}, positive
   * @param unit  the unit it is measured in, not null
   * @return the unit, in the dimension of {@code unit}, not null
   * @throws IllegalArgumentException if the key is malformed, a symbol is blank or a part of
   *     the fraction is not positive
   */
  public static Unit ofFraction(String key, String zh, String en, long numerator, long denominator, Unit unit) {
    requireNonNull(unit, "unit");
    if (numerator <= 0 || denominator <= 0) {
      throw new IllegalArgumentException(
          "a unit's size must be a positive fraction: " + numerator + "/" + denominator);
    }
    return ofFraction(key, zh, en, BigInteger.valueOf(numerator), BigInteger.valueOf(denominator), unit);
  }

  private static Unit ofFraction(String key, String zh, String en, BigInteger num, BigInteger den, Unit unit) {
    return new Unit(checkKey(key), checkSymbol("zh", zh), checkSymbol("en", en), unit.base(),
        num.multiply(unit.numerator), den.multiply(unit.denominator));
  }

  private static String checkKey(String key) {
    requireNonNull(key, "key");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "unit key must be 1 to 32 lower-case letters, digits and _, starting with a letter: '" + key + "'");
    }
    return key;
  }

  private static String checkSymbol(String name, String symbol) {
    requireNonNull(symbol, name);
    if (symbol.isBlank() || !symbol.strip().equals(symbol)) {
      throw new IllegalArgumentException("unit symbol must not be blank or padded: '" + symbol + "'");
    }
    char c = symbol.charAt(0);
    if (Character.isDigit(c) || c == '.' || c == ',' || c == '+' || c == '-') {
      throw new IllegalArgumentException("unit symbol must not start with a digit or a sign: '" + symbol + "'");
    }
    return symbol;
  }

  /**
   * Obtains a built-in unit from its Chinese symbol (亩), English symbol (mu, ignoring case)
   * or key; see {@link Units#find(String)}.
   *
   * @param text  the symbol or key, not null
   * @return the unit, not null
   * @throws IllegalArgumentException naming the text and the known symbols if no built-in
   *     unit matches
   */
  public static Unit parse(String text) {
    requireNonNull(text, "text");
    return Units.find(text).orElseThrow(() -> new IllegalArgumentException(
        "unit must be one of " + Units.symbols() + ": " + Redaction.quote(text)));
  }

  /**
   * Returns the key, as used in files and JSON ({@code km}, {@code wan_yuan}).
   *
   * @return the key, not null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the symbols: Chinese (公里) and English (km).
   *
   * @return the symbol, not null
   */
  public Text symbol() {
    return Text.of(zh, en).keyed("unit." + key);
  }

  /**
   * Returns the symbol in a language.
   *
   * @param language  the language, not null
   * @return the symbol, not null
   */
  public String symbol(Language language) {
    return language == Language.ZH ? zh : en;
  }

  /**
   * Returns the base unit of this unit's dimension: 米 for 公里, 元 for 万元, 平方米 for 亩,
   * the unit itself for a base unit.
   *
   * @return the base unit, not null
   */
  public Unit base() {
    return base == null ? this : base;
  }

  /**
   * Checks whether this is the base unit of its dimension.
   *
   * @return true if the unit is its own base
   */
  public boolean isBase() {
    return base == null;
  }

  /**
   * Checks whether this unit measures the same dimension as another, so that quantities
   * convert between them: 公里 and 米 do, 亩 and 公里 do not.
   *
   * @param other  the other unit, not null
   * @return true if both have the same base unit
   */
  public boolean isCompatibleWith(Unit other) {
    requireNonNull(other, "other");
    return base().equals(other.base());
  }

  /**
   * Checks whether every quantity in this unit converts to another unit as an exact
   * decimal: 公顷 to 亩 (× 15) and 米 to 公里 (÷ 1000) do, 亩 to 公顷 (÷ 15) does not.
   *
   * @param other  the other unit, not null
   * @return true if the units are compatible and the ratio of their sizes is a terminating
   *     decimal
   */
  public boolean isExactlyConvertibleTo(Unit other) {
    if (!isCompatibleWith(other)) {
      return false;
    }
    BigInteger den = denominator.multiply(other.numerator);
    BigInteger num = numerator.multiply(other.denominator);
    den = den.divide(den.gcd(num));
    while (den.mod(TWO).signum() == 0) {
      den = den.divide(TWO);
    }
    while (den.mod(FIVE).signum() == 0) {
      den = den.divide(FIVE);
    }
    return den.equals(BigInteger.ONE);
  }

  /** The numerator of the size in base units. */
  BigInteger numerator() {
    return numerator;
  }

  /** The denominator of the size in base units. */
  BigInteger denominator() {
    return denominator;
  }

  /**
   * Checks that another unit is of the same dimension.
   *
   * @param other  the other unit
   * @param doing  what is being done, for the message
   * @throws IllegalArgumentException naming both units if they measure different dimensions
   */
  void checkCompatible(Unit other, String doing) {
    if (!isCompatibleWith(other)) {
      throw new IllegalArgumentException("cannot " + doing + " " + this + " and " + other
          + ": they measure different things (" + base() + " and " + other.base() + ")");
    }
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Unit)) {
      return false;
    }
    Unit other = (Unit) obj;
    return key.equals(other.key) && base().key.equals(other.base().key)
        && numerator.equals(other.numerator) && denominator.equals(other.denominator);
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + numerator.hashCode();
  }

  /**
   * Returns the Chinese symbol, such as {@code 公里}.
   *
   * @return the symbol that {@link #parse(String)} reads back for a built-in unit, not null
   */
  @Override
  public String toString() {
    return zh;
  }

  // JSON binding: see the class comment.

  /** Whether this is the built-in unit of its symbol, which the symbol alone reads back. */
  boolean isBuiltIn() {
    return Units.find(zh).filter(u -> u.equals(this) && u.zh.equals(zh) && u.en.equals(en)).isPresent();
  }

  @JsonValue
  private Object json() {
    if (isBuiltIn()) {
      return zh;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", key);
    m.put("zh", zh);
    m.put("en", en);
    if (base != null) {
      m.put("base", base.json());
      m.put("numerator", numerator.toString());
      m.put("denominator", denominator.toString());
    }
    return m;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static Unit ofJsonText(String symbol) {
    return parse(symbol);
  }

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  private static Unit ofJsonObject(@JsonProperty("key") String key, @JsonProperty("zh") String zh,
      @JsonProperty("en") String en, @JsonProperty("base") @Nullable Unit base,
      @JsonProperty("numerator") @Nullable String numerator, @JsonProperty("denominator") @Nullable String denominator) {
    if (base == null) {
      return of(key, zh, en);
    }
    BigInteger num = new BigInteger(requireNonNull(numerator, "numerator"));
    BigInteger den = new BigInteger(requireNonNull(denominator, "denominator"));
    if (num.signum() <= 0 || den.signum() <= 0) {
      throw new IllegalArgumentException("a unit's size must be a positive fraction: " + num + "/" + den);
    }
    return ofFraction(key, zh, en, num, den, base);
  }
}
