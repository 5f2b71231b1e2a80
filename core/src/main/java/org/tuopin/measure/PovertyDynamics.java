package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.tuopin.basics.Ratio;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.ExitStatus;
import org.tuopin.registry.HouseholdTransition;
import org.tuopin.registry.RegistryHistory;
import org.tuopin.registry.Transition;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * Poverty dynamics (贫困动态) of a {@link RegistryHistory}: for each region at a level and each
 * pair of consecutive snapshot years, the people newly identified, exited and returned to
 * poverty (返贫), and their rates.
 *
 * <p>Counts are people (人), from {@link RegistryHistory#transitions(int, int)}. The rates are
 * exact {@link Ratio}s, empty when their denominator is 0:
 * <ul>
 *   <li>entry rate (新识别率) = newly identified ÷ people poor in the earlier snapshot;
 *   <li>exit rate (脱贫率) = exited ÷ people poor in the earlier snapshot;
 *   <li>return rate (返贫率) = returned ÷ (returned + stayed exited): of the people who had
 *       exited, the share back in poverty in the later snapshot.
 * </ul>
 * Poor in a snapshot is its exit status 0, 3 or none recorded, as {@link Transition} reads it.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
public final class PovertyDynamics {

  private final ImmutableList<Row> rows;

  private PovertyDynamics(List<Row> rows) {
    this.rows = ImmutableList.copyOf(rows);
  }

  /**
   * Computes the dynamics between each pair of consecutive snapshot years.
   *
   * @param history  the history, not null
   * @param level  the region level to count at, not null
   * @return the dynamics, rows by year pair then region code, not null
   */
  public static PovertyDynamics of(RegistryHistory history, RegionLevel level) {
    requireNonNull(history, "history");
    requireNonNull(level, "level");
    List<Row> rows = new ArrayList<>();
    Integer previous = null;
    for (int year : history.years()) {
      if (previous != null) {
        TreeMap<RegionCode, long[]> counts = new TreeMap<>();
        for (HouseholdTransition t : history.transitions(previous, year)) {
          long[] c = counts.computeIfAbsent(t.village().at(level), r -> new long[5]);
          boolean exitedBefore = t.statusBefore().map(s -> s == ExitStatus.EXITED || s == ExitStatus.EXITED_WITH_POLICY)
              .orElse(false);
          if (t.transition() != Transition.NEWLY_IDENTIFIED && !exitedBefore) {
            c[0] += t.people();
          }
          switch (t.transition()) {
            case NEWLY_IDENTIFIED -> c[1] += t.people();
            case EXITED -> c[2] += t.people();
            case RETURNED -> c[3] += t.people();
            case STAYED_EXITED -> c[4] += t.people();
            default -> { }
          }
        }
        int from = previous;
        counts.forEach((region, c) -> rows.add(new Row(region, from, year, c[0], c[1], c[2], c[3], c[4])));
      }
      previous = year;
    }
    return new PovertyDynamics(rows);
  }

  /**
   * Returns the rows.
   *
   * @return the rows, by year pair then region code, not null
   */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /**
   * Returns the rows of one region.
   *
   * @param region  the region, not null
   * @return its rows, by year pair, not null
   */
  public ImmutableList<Row> rows(RegionCode region) {
    requireNonNull(region, "region");
    return rows.stream().filter(r -> r.region().equals(region)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns one row per line.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    rows.forEach(r -> b.append(r).append('\n'));
    return b.toString();
  }

  /**
   * The dynamics of one region between two snapshot years, in people.
   *
   * @param region  the region
   * @param fromYear  the earlier snapshot year
   * @param toYear  the later snapshot year
   * @param poorBefore  people poor in the earlier snapshot
   * @param newlyIdentified  people newly identified (新识别)
   * @param exited  people exited (脱贫)
   * @param returned  people returned to poverty (返贫)
   * @param stayedExited  people who stayed exited (稳定脱贫)
   */
  public record Row(RegionCode region, int fromYear, int toYear, long poorBefore, long newlyIdentified, long exited,
      long returned, long stayedExited) {

    /**
     * Returns the entry rate: newly identified ÷ poor before.
     *
     * @return the rate, empty if no one was poor before
     */
    public Optional<Ratio> entryRate() {
      return rate(newlyIdentified, poorBefore);
    }

    /**
     * Returns the exit rate: exited ÷ poor before.
     *
     * @return the rate, empty if no one was poor before
     */
    public Optional<Ratio> exitRate() {
      return rate(exited, poorBefore);
    }

    /**
     * Returns the return-to-poverty rate (返贫率): returned ÷ (returned + stayed exited).
     *
     * @return the rate, empty if no one had exited
     */
    public Optional<Ratio> returnRate() {
      return rate(returned, returned + stayedExited);
    }

    private static Optional<Ratio> rate(long part, long whole) {
      return whole == 0 ? Optional.empty() : Optional.of(Ratio.of(part, whole));
    }

    /**
     * Returns the region, years, counts and rates on one line.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
      return region + " " + fromYear + "→" + toYear + ": poor " + poorBefore + ", new " + newlyIdentified
          + ", exited " + exited + ", returned " + returned + "; entry " + text(entryRate()) + ", exit "
          + text(exitRate()) + ", return " + text(returnRate());
    }

    private static String text(Optional<Ratio> r) {
      return r.map(Ratio::toPercentString).orElse("–");
    }
  }

  /**
   * Compares the rows.
   *
   * @param obj  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PovertyDynamics o && rows.equals(o.rows);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }

  // JSON binding (see JsonBinding): {"rows": [...]}, each row its record components.

  @JsonCreator
  private static PovertyDynamics ofJson(@JsonProperty("rows") @Nullable List<Row> rows) {
    return new PovertyDynamics(rows == null ? List.of() : rows);
  }

  @JsonProperty("rows")
  private List<Row> rowsJson() {
    return rows;
  }
}
