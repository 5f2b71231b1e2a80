package org.tuopin.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Unit;
import org.tuopin.basics.Units;
import org.tuopin.region.RegionCode;

/**
 * QuickTheories generators for quantities and plans: exact decimals, units, quantities,
 * dates, and splits of a whole into parts.
 *
 * <p>Splits are made by cutting the whole at random points, not by any code under test, so
 * the parts add back up to the whole by construction.
 */
public final class PlanGenerators {

  /** The largest unscaled value of {@link #decimals(int)}. */
  public static final long MAX_UNSCALED = 1_000_000_000_000L;

  private PlanGenerators() {
  }

  /**
   * A split of a whole into parts that add up to it.
   *
   * @param whole  the whole, not negative
   * @param parts  the parts, each not negative, adding up to the whole
   */
  public record Split(long whole, List<Long> parts) {

    /**
     * Returns the split with one part changed by an amount.
     *
     * @param index  the part to change
     * @param delta  the amount added to it
     * @return the changed parts, not null
     */
    public List<Long> changed(int index, long delta) {
      List<Long> copy = new ArrayList<>(parts);
      copy.set(index, copy.get(index) + delta);
      return copy;
    }
  }

  /**
   * Decimals of up to 12 digits with 0 to {@code maxScale} decimal places, positive, negative
   * or zero, mixed with small values.
   *
   * @param maxScale  the largest number of decimal places
   * @return the generator, not null
   */
  public static Gen<BigDecimal> decimals(int maxScale) {
    Gen<Long> unscaled = longs().between(-MAX_UNSCALED, MAX_UNSCALED).mix(longs().between(-1000, 1000));
    return unscaled.zip(integers().between(0, maxScale), BigDecimal::valueOf)
        .describedAs(BigDecimal::toPlainString);
  }

  /**
   * The built-in units.
   *
   * @return the generator, not null
   */
  public static Gen<Unit> units() {
    return Generate.pick(Units.all()).describedAs(Unit::toString);
  }

  /**
   * Quantities in the built-in units, with up to four decimal places.
   *
   * @return the generator, not null
   */
  public static Gen<Quantity> quantities() {
    return decimals(4).zip(units(), Quantity::of).describedAs(Quantity::toString);
  }

  /**
   * Pairs of built-in units of the same dimension (a unit with itself among them).
   *
   * @return the generator of two-element lists, not null
   */
  public static Gen<List<Unit>> compatibleUnitPairs() {
    List<List<Unit>> pairs = new ArrayList<>();
    for (Unit a : Units.all()) {
      for (Unit b : Units.all()) {
        if (a.base().equals(b.base())) {
          pairs.add(List.of(a, b));
        }
      }
    }
    return Generate.pick(pairs).describedAs(p -> p.get(0) + "→" + p.get(1));
  }

  /**
   * Pairs of built-in units of different dimensions.
   *
   * @return the generator of two-element lists, not null
   */
  public static Gen<List<Unit>> incompatibleUnitPairs() {
    List<List<Unit>> pairs = new ArrayList<>();
    for (Unit a : Units.all()) {
      for (Unit b : Units.all()) {
        if (!a.base().equals(b.base())) {
          pairs.add(List.of(a, b));
        }
      }
    }
    return Generate.pick(pairs).describedAs(p -> p.get(0) + "→" + p.get(1));
  }

  /**
   * Days from 2010 to 2025.
   *
   * @return the generator, not null
   */
  public static Gen<LocalDate> dates() {
    return longs().between(LocalDate.of(2010, 1, 1).toEpochDay(), LocalDate.of(2025, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay).describedAs(LocalDate::toString);
  }

  /**
   * Splits of a whole of up to {@code maxWhole} into 1 to {@code maxParts} parts, made by
   * cutting the whole at random points (parts may be zero).
   *
   * @param maxWhole  the largest whole
   * @param maxParts  the largest number of parts, at least 1
   * @return the generator, not null
   */
  public static Gen<Split> splits(long maxWhole, int maxParts) {
    return in -> {
      long whole = longs().between(0, maxWhole).generate(in);
      int n = integers().between(1, maxParts).generate(in);
      List<Long> cuts = new ArrayList<>();
      for (int i = 0; i < n - 1; i++) {
        cuts.add(longs().between(0, whole).generate(in));
      }
      Collections.sort(cuts);
      List<Long> parts = new ArrayList<>();
      long previous = 0;
      for (long c : cuts) {
        parts.add(c - previous);
        previous = c;
      }
      parts.add(whole - previous);
      return new Split(whole, parts);
    };
  }

  /**
   * The codes of the villages 001 to {@code n} of a township.
   *
   * @param township  the township, not null
   * @param n  the number of villages, 1 to 999
   * @return the village codes, not null
   */
  public static List<RegionCode> villages(RegionCode township, int n) {
    List<RegionCode> codes = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      codes.add(RegionCode.of(township.toLong() + i));
    }
    return codes;
  }
}
