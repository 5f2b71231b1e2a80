package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.TextTable;
import org.tuopin.internal.JsonBinding;

/**
 * The measures of a welfare column in total and by group, with their subgroup
 * decompositions (分组分解).
 *
 * <p>FGT(α) and Watts are additively decomposable: the total is the sum over groups of each
 * group's contribution, its share of the population times its measure
 * ({@link #contribution(Measure, String)}). Theil and MLD split into a within-group part
 * (Theil: groups weighted by their share of total welfare; MLD: by their share of
 * population) and a between-group part (the measure of the group means), which add up to
 * the total ({@link #within(Measure)}, {@link #between(Measure)}). The parts are computed in
 * floating point and add up to the total up to rounding (about 10⁻¹⁵ relative).
 *
 * <p>JSON: {@code {"all": ..., "groups": [...]}}, each a {@link GroupMeasures}; the
 * decompositions are derived and not written.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
public final class MeasureTable {

  /** The name of the whole column's row: {@code all}. */
  public static final String ALL = "all";

  private final GroupMeasures all;
  private final ImmutableList<GroupMeasures> groups;

  MeasureTable(GroupMeasures all, List<GroupMeasures> groups) {
    this.all = requireNonNull(all, "all");
    this.groups = ImmutableList.copyOf(groups);
  }

  @JsonCreator
  private static MeasureTable ofJson(@JsonProperty("all") GroupMeasures all,
      @JsonProperty("groups") @Nullable List<GroupMeasures> groups) {
    return new MeasureTable(all, groups == null ? List.of() : groups);
  }

  @JsonProperty("all")
  private GroupMeasures jsonAll() {
    return all;
  }

  @JsonProperty("groups")
  private List<GroupMeasures> jsonGroups() {
    return groups;
  }

  /**
   * Compares the row of all records and the groups' rows.
   *
   * @param obj  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof MeasureTable o && all.equals(o.all) && groups.equals(o.groups);
  }

  @Override
  public int hashCode() {
    return all.hashCode() * 31 + groups.hashCode();
  }

  /**
   * Returns the measures of the whole column.
   *
   * @return the row {@code all}, not null
   */
  public GroupMeasures all() {
    return all;
  }

  /**
   * Returns the measures of each group, in the order of the groups (sorted by name when
   * given as labels).
   *
   * @return the rows, empty for an ungrouped column, not null
   */
  public ImmutableList<GroupMeasures> groups() {
    return groups;
  }

  /**
   * Finds a group's measures.
   *
   * @param name  the group's name, not null
   * @return the row, or empty if there is no such group
   */
  public Optional<GroupMeasures> group(String name) {
    requireNonNull(name, "name");
    return groups.stream().filter(g -> g.group().equals(name)).findFirst();
  }

  /**
   * Returns a group's contribution to an additive measure: its population share times its
   * measure. The contributions of all groups add up to the total.
   *
   * @param measure  an additive measure (FGT, Watts), not null
   * @param group  the group's name, not null
   * @return the contribution
   * @throws IllegalArgumentException if the measure is not additive or the group unknown
   */
  public double contribution(Measure measure, String group) {
    requireNonNull(measure, "measure");
    if (!measure.isAdditive()) {
      throw new IllegalArgumentException(measure + " does not decompose additively by population shares");
    }
    GroupMeasures g = group(group).orElseThrow(() -> new IllegalArgumentException("no group '" + group + "'"));
    return g.population() / all.population() * g.value(measure).orElseThrow();
  }

  /**
   * Returns the contributions of every group to an additive measure, in group order.
   *
   * @param measure  an additive measure (FGT, Watts), not null
   * @return the contributions by group name, adding up to the total, not null
   */
  public ImmutableMap<String, Double> contributions(Measure measure) {
    ImmutableMap.Builder<String, Double> b = ImmutableMap.builder();
    groups.forEach(g -> b.put(g.group(), contribution(measure, g.group())));
    return b.build();
  }

  /**
   * Returns the within-group part of Theil or MLD: the groups' indices weighted by their
   * share of total welfare (Theil) or of population (MLD).
   *
   * @param measure  {@link Measure#THEIL} or {@link Measure#MLD}, not null
   * @return the part, empty if the measure is undefined (a welfare ≤ 0)
   * @throws IllegalArgumentException for another measure
   */
  public OptionalDouble within(Measure measure) {
    checkEntropy(measure);
    if (all.value(measure).isEmpty()) {
      return OptionalDouble.empty();
    }
    double sum = 0;
    for (GroupMeasures g : groups) {
      double share = measure == Measure.THEIL ? g.total() / all.total() : g.population() / all.population();
      sum += share * g.value(measure).orElseThrow();
    }
    return OptionalDouble.of(sum);
  }

  /**
   * Returns the between-group part of Theil or MLD: the index of a column in which everyone
   * has their group's mean.
   *
   * @param measure  {@link Measure#THEIL} or {@link Measure#MLD}, not null
   * @return the part, empty if the measure is undefined (a welfare ≤ 0)
   * @throws IllegalArgumentException for another measure
   */
  public OptionalDouble between(Measure measure) {
    checkEntropy(measure);
    if (all.value(measure).isEmpty()) {
      return OptionalDouble.empty();
    }
    double mu = all.mean();
    double sum = 0;
    for (GroupMeasures g : groups) {
      if (g.population() > 0) {
        sum += measure == Measure.THEIL
            ? g.total() / all.total() * Math.log(g.mean() / mu)
            : g.population() / all.population() * Math.log(mu / g.mean());
      }
    }
    return OptionalDouble.of(sum);
  }

  private static void checkEntropy(Measure measure) {
    if (requireNonNull(measure, "measure") != Measure.THEIL && measure != Measure.MLD) {
      throw new IllegalArgumentException("within and between parts are given for THEIL and MLD, not " + measure);
    }
  }

  /**
   * Returns the rows: {@code all}, then each group.
   *
   * @return the rows, not null
   */
  public ImmutableList<GroupMeasures> rows() {
    return ImmutableList.<GroupMeasures>builder().add(all).addAll(groups).build();
  }

  /**
   * Returns the table as text: one row per group, the measures with six decimals; Theil and
   * MLD blank where undefined.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    List<String> headers = new ArrayList<>(List.of("group", "n", "population"));
    boolean[] right = new boolean[3 + Measure.values().length];
    java.util.Arrays.fill(right, 1, right.length, true);
    for (Measure m : Measure.values()) {
      headers.add(m.key());
    }
    TextTable t = new TextTable(headers, right);
    for (GroupMeasures g : rows()) {
      List<String> cells = new ArrayList<>(List.of(g.group(), Long.toString(g.n()), format(g.population())));
      for (Measure m : Measure.values()) {
        OptionalDouble v = g.value(m);
        cells.add(v.isPresent() ? String.format(Locale.ROOT, "%.6f", v.getAsDouble()) : "");
      }
      t.add(cells);
    }
    return t.toString();
  }

  private static String format(double population) {
    return population == Math.rint(population) && Math.abs(population) < 1e15
        ? Long.toString((long) population) : String.format(Locale.ROOT, "%.4f", population);
  }
}
