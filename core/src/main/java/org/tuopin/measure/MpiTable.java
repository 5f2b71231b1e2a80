package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tuopin.basics.TextTable;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.tuopin.internal.JsonBinding;

/**
 * The Alkire–Foster measures of some data in total and by group.
 *
 * <p>M0, M1 and M2 decompose by groups: the total is the sum of each group's population share
 * times its measure ({@link #contribution(String)} for M0).
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
public final class MpiTable {

  /** The name of the row of all records: {@code all}. */
  public static final String ALL = MeasureTable.ALL;

  private final AlkireFoster measure;
  private final MpiResult all;
  private final ImmutableList<MpiResult> groups;

  MpiTable(AlkireFoster measure, MpiResult all, List<MpiResult> groups) {
    this.measure = requireNonNull(measure, "measure");
    this.all = requireNonNull(all, "all");
    this.groups = ImmutableList.copyOf(groups);
  }

  /**
   * Returns the measure computed.
   *
   * @return the indicators and k, not null
   */
  public AlkireFoster measure() {
    return measure;
  }

  /**
   * Returns the figures of all records.
   *
   * @return the row {@code all}, not null
   */
  public MpiResult all() {
    return all;
  }

  /**
   * Returns the figures of each group, sorted by name.
   *
   * @return the rows, empty if ungrouped, not null
   */
  public ImmutableList<MpiResult> groups() {
    return groups;
  }

  /**
   * Finds a group's figures.
   *
   * @param name  the group, not null
   * @return the row, or empty if there is no such group
   */
  public Optional<MpiResult> group(String name) {
    return groups.stream().filter(g -> g.group().equals(name)).findFirst();
  }

  /**
   * Returns a group's contribution to the total M0: its population share times its M0.
   *
   * @param name  the group, not null
   * @return the contribution; the groups' contributions add up to the total M0
   * @throws IllegalArgumentException if there is no such group
   */
  public double contribution(String name) {
    MpiResult g = group(name).orElseThrow(() -> new IllegalArgumentException("no group '" + name + "'"));
    return g.population() / all.population() * g.m0();
  }

  /**
   * Returns the rows: {@code all}, then each group.
   *
   * @return the rows, not null
   */
  public ImmutableList<MpiResult> rows() {
    return ImmutableList.<MpiResult>builder().add(all).addAll(groups).build();
  }

  /**
   * Returns the table as text: H, A, M0, M1, M2 and the contributions, six decimals.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    List<String> headers = new ArrayList<>(List.of("group", "n", "h", "a", "m0", "m1", "m2"));
    measure.indicators().forEach(i -> headers.add("contribution_" + i.name()));
    boolean[] right = new boolean[headers.size()];
    java.util.Arrays.fill(right, 1, right.length, true);
    TextTable t = new TextTable(headers, right);
    for (MpiResult r : rows()) {
      List<String> cells = new ArrayList<>(List.of(r.group(), Long.toString(r.n()), f(r.h()), f(r.a()), f(r.m0()),
          f(r.m1()), f(r.m2())));
      r.contributions().values().forEach(c -> cells.add(f(c)));
      t.add(cells);
    }
    return t.toString();
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  // JSON binding (see JsonBinding): {"measure": ..., "all": ..., "groups": [...]}.

  @JsonCreator
  private static MpiTable ofJson(@JsonProperty("measure") AlkireFoster measure, @JsonProperty("all") MpiResult all,
      @JsonProperty("groups") @Nullable List<MpiResult> groups) {
    return new MpiTable(measure, all, groups == null ? List.of() : groups);
  }

  @JsonProperty("measure")
  private AlkireFoster measureJson() {
    return measure;
  }

  @JsonProperty("all")
  private MpiResult allJson() {
    return all;
  }

  @JsonProperty("groups")
  private List<MpiResult> groupsJson() {
    return groups;
  }

  /**
   * Compares the measure and the rows.
   *
   * @param obj  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof MpiTable o && measure.equals(o.measure) && all.equals(o.all) && groups.equals(o.groups);
  }

  @Override
  public int hashCode() {
    return (measure.hashCode() * 31 + all.hashCode()) * 31 + groups.hashCode();
  }
}
