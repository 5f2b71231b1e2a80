package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.tuopin.basics.Ratio;
import org.tuopin.internal.Redaction;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;

/**
 * An indicator of an Alkire–Foster measure (多维贫困指标): its name, its deprivation cut-off
 * and its weight as an exact fraction.
 *
 * <p>A record is deprived in the indicator when its value is <b>strictly below</b> the
 * cut-off; its normalised gap is then (cut-off − value) ÷ cut-off. A yes/no fact is the value
 * 1 (yes) or 0 (no) with cut-off 1, so that "no" is deprived with gap 1.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
public final class MpiIndicator {

  private final String name;
  private final double cutoff;
  private final Ratio weight;

  private MpiIndicator(String name, double cutoff, Ratio weight) {
    this.name = name;
    this.cutoff = cutoff;
    this.weight = weight;
  }

  /**
   * Obtains an indicator.
   *
   * @param name  the name, not blank, not null
   * @param cutoff  the deprivation cut-off, positive and finite
   * @param weight  the weight, an exact fraction above 0, not null
   * @return the indicator, not null
   * @throws IllegalArgumentException if the name is blank, the cut-off not positive or the weight 0
   */
  public static MpiIndicator of(String name, double cutoff, Ratio weight) {
    requireNonNull(name, "name");
    requireNonNull(weight, "weight");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an indicator needs a name");
    }
    if (!(cutoff > 0) || !Double.isFinite(cutoff)) {
      throw new IllegalArgumentException("indicator " + name + " needs a positive cut-off: " + cutoff);
    }
    if (weight.numerator() == 0) {
      throw new IllegalArgumentException("indicator " + name + " needs a weight above 0: " + weight);
    }
    return new MpiIndicator(name, cutoff, weight);
  }

  /**
   * Obtains a yes/no indicator: value 1 for yes, 0 for no (deprived), cut-off 1.
   *
   * @param name  the name, not null
   * @param weight  the weight, not null
   * @return the indicator, not null
   */
  public static MpiIndicator ofFlag(String name, Ratio weight) {
    return of(name, 1, weight);
  }

  /**
   * Reads a fraction written as a decimal ({@code 0.25}) or as {@code numerator/denominator}
   * ({@code 1/6}), exactly.
   *
   * @param text  the text, not null
   * @return the fraction, not null
   * @throws IllegalArgumentException if the text is neither form or is negative
   */
  public static Ratio parseFraction(String text) {
    requireNonNull(text, "text");
    String t = text.trim();
    if (t.contains("/")) {
      return Ratio.parse(t);
    }
    try {
      BigDecimal d = new BigDecimal(t).stripTrailingZeros();
      int scale = Math.max(d.scale(), 0);
      return Ratio.of(d.movePointRight(scale).longValueExact(), BigInteger.TEN.pow(scale).longValueExact());
    } catch (NumberFormatException | ArithmeticException ex) {
      throw new IllegalArgumentException("a fraction is written as a decimal (0.25) or numerator/denominator (1/6): "
          + Redaction.quote(text));
    }
  }

  /**
   * Returns the name.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the deprivation cut-off: deprived when the value is strictly below it.
   *
   * @return the cut-off, positive
   */
  public double cutoff() {
    return cutoff;
  }

  /**
   * Returns the weight.
   *
   * @return the weight, an exact fraction, not null
   */
  public Ratio weight() {
    return weight;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MpiIndicator && ((MpiIndicator) obj).name.equals(name)
        && Double.compare(((MpiIndicator) obj).cutoff, cutoff) == 0 && ((MpiIndicator) obj).weight.equals(weight);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Double.hashCode(cutoff) * 7 + weight.hashCode();
  }

  /**
   * Returns {@code NAME:CUTOFF:WEIGHT}, as the command line's {@code --indicator}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return name + ":" + BigDecimal.valueOf(cutoff).stripTrailingZeros().toPlainString() + ":" + weight;
  }

  // JSON binding (see JsonBinding): {"name": ..., "cutoff": ..., "weight": "1/3"}, read back
  // through of(), so its checks run on JSON input too.

  @JsonCreator
  private static MpiIndicator ofJson(@JsonProperty("name") String name, @JsonProperty("cutoff") double cutoff,
      @JsonProperty("weight") Ratio weight) {
    return of(name, cutoff, weight);
  }

  @JsonProperty("name")
  private String nameJson() {
    return name;
  }

  @JsonProperty("cutoff")
  private double cutoffJson() {
    return cutoff;
  }

  @JsonProperty("weight")
  private Ratio weightJson() {
    return weight;
  }
}
