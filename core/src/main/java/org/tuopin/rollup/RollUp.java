package org.tuopin.rollup;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.tuopin.indicator.Indicator;
import org.tuopin.plan.Observation;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.HouseholdSummary;
import org.tuopin.standard.Verdict;

/**
 * Figures of every region, from villages up to provinces, rolled up along the 12-digit
 * region code, keyed by {@link Indicator} (see {@link RegionStats} for which figure
 * answers which indicator).
 *
 * <p>Built in one pass by a {@link Builder} that keeps a handful of counters per village,
 * so households can be streamed in: memory grows with the number of villages, not people.
 * Each region's counts are the sums of its villages'; its incidence is recomputed from
 * those sums. {@link #observations(LocalDate)} turns the whole roll-up into plan
 * observations, so a plan's progress can be read straight from a registry.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RollUp {

  private final ImmutableSortedMap<RegionCode, RegionStats> stats;

  private RollUp(ImmutableSortedMap<RegionCode, RegionStats> stats) {
    this.stats = stats;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the figures of a region.
   *
   * @param region  the region code, at any level, not null
   * @return the figures, or empty if no village below it was added
   */
  public Optional<RegionStats> stats(RegionCode region) {
    return Optional.ofNullable(stats.get(requireNonNull(region, "region")));
  }

  /**
   * Returns the figures of every region of a level, ordered by code.
   *
   * @param level  the level, not null
   * @return the figures, not null
   */
  public ImmutableList<RegionStats> level(RegionLevel level) {
    return stats.values().stream().filter(s -> s.region().level() == level)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the figures of every region, ordered by code (a parent before its children).
   *
   * @return the figures, not null
   */
  public ImmutableList<RegionStats> all() {
    return stats.values().asList();
  }

  /**
   * Returns the figures of the regions directly below a region.
   *
   * @param region  the region, not null
   * @return the children's figures, ordered by code, not null
   */
  public ImmutableList<RegionStats> children(RegionCode region) {
    return stats.values().stream()
        .filter(s -> s.region().parent().map(region::equals).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the figures of every region as plan observations at a date, as
   * {@link RegionStats#toObservations(LocalDate)} gives them, regions in code order.
   *
   * @param date  the date the figures describe, such as the registry snapshot's date, not null
   * @return the observations, not null
   */
  public ImmutableList<Observation> observations(LocalDate date) {
    requireNonNull(date, "date");
    return stats.values().stream().flatMap(s -> s.toObservations(date).stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of regions.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "RollUp{" + stats.size() + " regions}";
  }

  /**
   * Accumulates villages and households, then rolls them up.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private final Map<RegionCode, long[]> villages = new HashMap<>();

    private static final int POPULATION = 0;
    private static final int KNOWN = 1;
    private static final int HOUSEHOLDS = 2;
    private static final int PEOPLE = 3;
    private static final int EXIT_HOUSEHOLDS = 4;
    private static final int EXIT_PEOPLE = 5;
    private static final int EXITED_HOUSEHOLDS = 6;
    private static final int EXITED_PEOPLE = 7;
    /** Households added without their exit status, which leave the village's exits unknown. */
    private static final int EXITS_UNKNOWN = 8;
    private static final int COUNTERS = 9;

    Builder() {
    }

    private long[] counters(RegionCode village) {
      requireNonNull(village, "village");
      if (village.level() != RegionLevel.VILLAGE) {
        throw new IllegalArgumentException("figures are added per village, not per " + village.level().key()
            + ": '" + village + "'");
      }
      return villages.computeIfAbsent(village, v -> new long[COUNTERS]);
    }

    /**
     * Adds a village's rural population, the incidence denominator.
     *
     * @param village  the village code, not null
     * @param population  the rural population, not negative
     * @return this builder, not null
     * @throws IllegalArgumentException if the population is negative or the village was given one already
     */
    public Builder village(RegionCode village, long population) {
      if (population < 0) {
        throw new IllegalArgumentException("village " + village + " population must not be negative: " + population);
      }
      long[] c = counters(village);
      if (c[KNOWN] != 0) {
        throw new IllegalArgumentException("village " + village + " already has a population: " + c[POPULATION]);
      }
      c[POPULATION] = population;
      c[KNOWN] = 1;
      return this;
    }

    /**
     * Adds a registered poor household whose exit status is not known: the recorded exits of
     * its village, and of every region above, are then unknown.
     *
     * @param village  the household's village, not null
     * @param people  the household's size, positive
     * @param exitEligible  whether the household is eligible to exit; a household that is
     *     not (including one whose data is insufficient) counts as remaining poor
     * @return this builder, not null
     * @throws IllegalArgumentException if the size is not positive or the code is not a village's
     */
    public Builder household(RegionCode village, int people, boolean exitEligible) {
      counters(village, people, exitEligible)[EXITS_UNKNOWN]++;
      return this;
    }

    /**
     * Adds a registered poor household with its recorded exit status.
     *
     * @param village  the household's village, not null
     * @param people  the household's size, positive
     * @param exitEligible  whether the household is eligible to exit under the standard
     *     assessed; a household that is not (including one whose data is insufficient) counts
     *     as remaining poor
     * @param exited  whether the register records the household as exited (已脱贫), which
     *     is counted apart from eligibility
     * @return this builder, not null
     * @throws IllegalArgumentException if the size is not positive or the code is not a village's
     */
    public Builder household(RegionCode village, int people, boolean exitEligible, boolean exited) {
      long[] c = counters(village, people, exitEligible);
      if (exited) {
        c[EXITED_HOUSEHOLDS]++;
        c[EXITED_PEOPLE] += people;
      }
      return this;
    }

    /**
     * Adds a registered household of a registry: its village, its size and whether it is
     * recorded as exited, that is, not poor by its exit status ({@link Household#isPoor()}:
     * 已脱贫 exited, 未脱贫, 返贫 or no status not).
     *
     * @param household  the household, not null
     * @param exitEligible  whether the household is eligible to exit under the standard assessed
     * @return this builder, not null
     */
    public Builder household(Household household, boolean exitEligible) {
      requireNonNull(household, "household");
      return household(household.village(), household.size(), exitEligible, !household.isPoor());
    }

    /**
     * Adds the totals of many registered households of one village at once, as a columnar
     * table sums them: the same as adding each household with
     * {@link #household(RegionCode, int, boolean, boolean)} (those whose exit status is
     * known) or {@link #household(RegionCode, int, boolean)} (the others).
     *
     * @param village  the village, not null
     * @param totals  the village's totals: households, people, eligible households, eligible
     *     people, exited households, exited people, households without exit status; not null
     * @return this builder, not null
     * @throws IllegalArgumentException if the totals are not seven non-negative counts or the
     *     code is not a village's
     */
    public Builder householdTotals(RegionCode village, long[] totals) {
      requireNonNull(totals, "totals");
      if (totals.length != 7 || Arrays.stream(totals).anyMatch(t -> t < 0)) {
        throw new IllegalArgumentException("household totals are seven non-negative counts: "
            + Arrays.toString(totals));
      }
      long[] c = counters(village);
      c[HOUSEHOLDS] += totals[0];
      c[PEOPLE] += totals[1];
      c[EXIT_HOUSEHOLDS] += totals[2];
      c[EXIT_PEOPLE] += totals[3];
      c[EXITED_HOUSEHOLDS] += totals[4];
      c[EXITED_PEOPLE] += totals[5];
      c[EXITS_UNKNOWN] += totals[6];
      return this;
    }

    private long[] counters(RegionCode village, int people, boolean exitEligible) {
      if (people <= 0) {
        throw new IllegalArgumentException("a household has at least one person, not " + people);
      }
      long[] c = counters(village);
      c[HOUSEHOLDS]++;
      c[PEOPLE] += people;
      if (exitEligible) {
        c[EXIT_HOUSEHOLDS]++;
        c[EXIT_PEOPLE] += people;
      }
      return c;
    }

    /**
     * Adds an assessed household: its village, size and exit status as the assessment keeps
     * them, eligible when the verdict is {@link Verdict#EXIT_ELIGIBLE}. An incomplete household
     * counts its rows as its people and leaves recorded exits unknown; one whose village is
     * unknown is skipped.
     *
     * @param assessment  the household's assessment, keeping its summary, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if the assessment keeps no household summary
     */
    public Builder household(Assessment<HouseholdId> assessment) {
      HouseholdSummary h = assessment.household().orElseThrow(() -> new IllegalArgumentException(
          "the assessment of " + assessment.subject() + " keeps no household summary"));
      boolean eligible = assessment.verdict() == Verdict.EXIT_ELIGIBLE;
      h.village().ifPresent(v -> {
        if (h.isComplete()) {
          household(v, h.size(), eligible, !h.isPoor());
        } else {
          household(v, h.size(), eligible);
        }
      });
      return this;
    }

    /**
     * Rolls the villages up to townships, counties, prefectures and provinces.
     *
     * @return the roll-up, not null
     */
    public RollUp build() {
      TreeMap<RegionCode, RegionStats> all = new TreeMap<>();
      Map<RegionCode, List<RegionStats>> level = new HashMap<>();
      for (Map.Entry<RegionCode, long[]> e : villages.entrySet()) {
        long[] c = e.getValue();
        RegionStats s = RegionStats.of(e.getKey(), c[KNOWN] != 0 ? OptionalLong.of(c[POPULATION]) : OptionalLong.empty(),
            c[HOUSEHOLDS], c[PEOPLE], c[EXIT_HOUSEHOLDS], c[EXIT_PEOPLE]);
        if (c[EXITS_UNKNOWN] == 0) {
          s = s.withExited(c[EXITED_HOUSEHOLDS], c[EXITED_PEOPLE]);
        }
        all.put(e.getKey(), s);
        level.computeIfAbsent(e.getKey().parent().orElseThrow(), k -> new ArrayList<>()).add(s);
      }
      while (!level.isEmpty()) {
        Map<RegionCode, List<RegionStats>> up = new HashMap<>();
        for (Map.Entry<RegionCode, List<RegionStats>> e : level.entrySet()) {
          RegionStats s = RegionStats.sum(e.getKey(), e.getValue());
          all.put(e.getKey(), s);
          e.getKey().parent().ifPresent(p -> up.computeIfAbsent(p, k -> new ArrayList<>()).add(s));
        }
        level = up;
      }
      return new RollUp(ImmutableSortedMap.copyOfSorted(all));
    }
  }
}
