package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tuopin.basics.Ratio;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.tuopin.internal.JsonBinding;

/**
 * An Alkire–Foster multidimensional poverty measure (多维贫困指数): indicators with cut-offs
 * and weights, and the poverty cut-off k.
 *
 * <p>Identification uses two cut-offs. A record is deprived in an indicator when its value is
 * strictly below the indicator's cut-off; its deprivation score is the sum of the weights of
 * the indicators it is deprived in; it is poor when its score is <b>at least k</b>, including
 * exactly k. Weights and k are exact fractions and the comparison is exact: the weights are
 * brought to a common denominator and scores are whole numbers, so 1/4 + 1/12 is exactly 1/3.
 * The weights must add up to exactly 1.
 *
 * <p>Aggregation follows Alkire and Foster (2011), "Counting and multidimensional poverty
 * measurement", Journal of Public Economics 95, 476–487, with weights adding up to 1:
 * M_α = Σᵢ wᵢ Σⱼ vⱼ gᵢⱼ^α ÷ W over the poor (vⱼ the indicator weights, gᵢⱼ the normalised gap
 * of a deprivation, 1 for a yes/no fact), so M0 = H × A, and M0 = Σⱼ vⱼ × censored headcount
 * ratio ⱼ, whence the contributions. A record missing a value (NaN) is left out.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
public final class AlkireFoster {

  private final ImmutableList<MpiIndicator> indicators;
  private final Ratio k;
  /** The weights over a common denominator, and k over it. */
  private final long[] weightUnits;
  private final long kUnits;
  private final long denominator;

  private AlkireFoster(ImmutableList<MpiIndicator> indicators, Ratio k, long[] weightUnits, long kUnits,
      long denominator) {
    this.indicators = indicators;
    this.k = k;
    this.weightUnits = weightUnits;
    this.kUnits = kUnits;
    this.denominator = denominator;
  }

  /**
   * Obtains a measure from its indicators and poverty cut-off.
   *
   * @param indicators  the indicators, at least one, distinct names, weights adding up to exactly 1, not null
   * @param k  the poverty cut-off, above 0 and at most 1, not null
   * @return the measure, not null
   * @throws IllegalArgumentException if the weights do not add up to 1 (naming their sum), a
   *     name repeats, or k is out of range
   */
  public static AlkireFoster of(List<MpiIndicator> indicators, Ratio k) {
    ImmutableList<MpiIndicator> list = ImmutableList.copyOf(indicators);
    requireNonNull(k, "k");
    if (list.isEmpty()) {
      throw new IllegalArgumentException("an Alkire-Foster measure needs at least one indicator");
    }
    Set<String> names = new HashSet<>();
    BigInteger lcm = BigInteger.valueOf(k.denominator());
    for (MpiIndicator i : list) {
      if (!names.add(i.name())) {
        throw new IllegalArgumentException("indicator named twice: " + i.name());
      }
      BigInteger d = BigInteger.valueOf(i.weight().denominator());
      lcm = lcm.divide(lcm.gcd(d)).multiply(d);
    }
    BigInteger sum = BigInteger.ZERO;
    long[] units = new long[list.size()];
    for (int j = 0; j < list.size(); j++) {
      Ratio w = list.get(j).weight();
      BigInteger u = lcm.divide(BigInteger.valueOf(w.denominator())).multiply(BigInteger.valueOf(w.numerator()));
      sum = sum.add(u);
      units[j] = u.longValueExact();
    }
    if (!sum.equals(lcm)) {
      BigInteger g = sum.gcd(lcm);
      throw new IllegalArgumentException("indicator weights must add up to exactly 1: they add up to "
          + sum.divide(g) + "/" + lcm.divide(g));
    }
    BigInteger kUnits = lcm.divide(BigInteger.valueOf(k.denominator())).multiply(BigInteger.valueOf(k.numerator()));
    if (kUnits.signum() <= 0 || kUnits.compareTo(lcm) > 0) {
      throw new IllegalArgumentException("the poverty cut-off k must be above 0 and at most 1: " + k);
    }
    return new AlkireFoster(list, k, units, kUnits.longValueExact(), lcm.longValueExact());
  }

  /**
   * Returns the indicators.
   *
   * @return the indicators, in order, not null
   */
  public ImmutableList<MpiIndicator> indicators() {
    return indicators;
  }

  /**
   * Returns the poverty cut-off k.
   *
   * @return k, an exact fraction, not null
   */
  public Ratio k() {
    return k;
  }

  /**
   * Returns a copy with another poverty cut-off.
   *
   * @param newK  the cut-off, not null
   * @return the measure, not null
   */
  public AlkireFoster withK(Ratio newK) {
    return of(indicators, newK);
  }

  /**
   * Returns whether a deprivation score, given as the indicators a record is deprived in,
   * reaches k, exactly.
   *
   * @param deprived  for each indicator, whether the record is deprived in it, not null
   * @return true if the weighted score is at least k
   */
  public boolean isPoor(boolean... deprived) {
    long score = 0;
    for (int j = 0; j < deprived.length; j++) {
      if (deprived[j]) {
        score += weightUnits[j];
      }
    }
    return score >= kUnits;
  }

  /**
   * Computes the measures in total and for each group of the data.
   *
   * @param data  the data, one column per indicator in order, not null
   * @return the table, not null
   * @throws IllegalArgumentException if the data has another number of columns
   */
  public MpiTable measure(MpiData data) {
    requireNonNull(data, "data");
    if (data.indicators() != indicators.size()) {
      throw new IllegalArgumentException("data has " + data.indicators() + " columns for " + indicators.size()
          + " indicators");
    }
    List<MpiResult> groups = new ArrayList<>();
    MpiResult all = compute(data, -1, MpiTable.ALL);
    for (int g = 0; g < data.groupNames().size(); g++) {
      groups.add(compute(data, g, data.groupNames().get(g)));
    }
    return new MpiTable(this, all, groups);
  }

  private MpiResult compute(MpiData data, int group, String name) {
    int d = indicators.size();
    double[] cutoffs = indicators.stream().mapToDouble(MpiIndicator::cutoff).toArray();
    double[] v = new double[d];
    for (int j = 0; j < d; j++) {
      v[j] = (double) weightUnits[j] / denominator;
    }
    long n = 0;
    long excluded = 0;
    double w = 0;
    double poor = 0;
    double scoreSum = 0;
    double m1 = 0;
    double m2 = 0;
    double[] uncensored = new double[d];
    double[] censored = new double[d];
    boolean[] deprived = new boolean[d];
    double[] gap = new double[d];
    records:
    for (int i = 0; i < data.size(); i++) {
      if (group >= 0 && data.group(i) != group) {
        continue;
      }
      long score = 0;
      double wi = data.weight(i);
      long count = data.isFrequencyWeighted() ? (long) wi : 1; // the records this one stands for
      for (int j = 0; j < d; j++) {
        double x = data.value(j, i);
        if (Double.isNaN(x)) {
          excluded += count;
          continue records;
        }
        deprived[j] = x < cutoffs[j];
        gap[j] = deprived[j] ? (cutoffs[j] - x) / cutoffs[j] : 0;
        if (deprived[j]) {
          score += weightUnits[j];
        }
      }
      n += count;
      w += wi;
      boolean isPoor = score >= kUnits;
      if (isPoor) {
        poor += wi;
        scoreSum += wi * score / denominator;
      }
      for (int j = 0; j < d; j++) {
        if (deprived[j]) {
          uncensored[j] += wi;
          if (isPoor) {
            censored[j] += wi;
            m1 += wi * v[j] * gap[j];
            m2 += wi * v[j] * gap[j] * gap[j];
          }
        }
      }
    }
    double m0 = 0;
    for (int j = 0; j < d; j++) {
      m0 += v[j] * censored[j];
    }
    m0 /= w;
    ImmutableMap.Builder<String, Double> u = ImmutableMap.builder();
    ImmutableMap.Builder<String, Double> c = ImmutableMap.builder();
    ImmutableMap.Builder<String, Double> share = ImmutableMap.builder();
    for (int j = 0; j < d; j++) {
      String key = indicators.get(j).name();
      u.put(key, uncensored[j] / w);
      c.put(key, censored[j] / w);
      share.put(key, m0 == 0 ? 0 : v[j] * censored[j] / w / m0);
    }
    return new MpiResult(name, n, excluded, w, poor / w, poor == 0 ? 0 : scoreSum / poor, m0, m1 / w, m2 / w,
        u.build(), c.build(), share.build());
  }

  /**
   * Returns the indicators and k, as the command line writes them.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "AlkireFoster{indicators=" + indicators + ", k=" + k + "}";
  }

  // JSON binding (see JsonBinding): {"indicators": [...], "k": "1/3"}, read back through of(),
  // so its checks run on JSON input too.

  @JsonCreator
  private static AlkireFoster ofJson(@JsonProperty("indicators") List<MpiIndicator> indicators,
      @JsonProperty("k") Ratio k) {
    return of(indicators, k);
  }

  @JsonProperty("indicators")
  private List<MpiIndicator> indicatorsJson() {
    return indicators;
  }

  @JsonProperty("k")
  private Ratio kJson() {
    return k;
  }

  /**
   * Compares the indicators and k.
   *
   * @param obj  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof AlkireFoster o && indicators.equals(o.indicators) && k.equals(o.k);
  }

  @Override
  public int hashCode() {
    return indicators.hashCode() * 31 + k.hashCode();
  }
}
