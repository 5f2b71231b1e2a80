package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tuopin.registry.HouseholdId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import java.util.List;

/**
 * What a {@link DataCheck} found in a roster: the check, the household, the lines of the rows
 * concerned and a detail whose values are redacted (no name, no whole resident ID, no birth
 * date). A warning never rejects a row.
 *
 * <p>{@link #toString()} gives {@code line 3, 4: household H001: same_sex_spouse: detail}.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
public final class DataWarning implements Comparable<DataWarning> {

  private final DataCheck check;
  private final HouseholdId household;
  private final ImmutableList<Long> lines;
  private final String detail;

  private DataWarning(DataCheck check, HouseholdId household, ImmutableList<Long> lines, String detail) {
    this.check = check;
    this.household = household;
    this.lines = lines;
    this.detail = detail;
  }

  /**
   * Obtains an instance.
   *
   * @param check  the check, not null
   * @param household  the household, not null
   * @param lines  the lines of the rows concerned, at least one, in ascending order, not null
   * @param detail  what was found, its values redacted, not null
   * @return the warning, not null
   * @throws IllegalArgumentException if no line is given
   */
  public static DataWarning of(DataCheck check, HouseholdId household, Iterable<Long> lines, String detail) {
    ImmutableList<Long> l = ImmutableList.sortedCopyOf(requireNonNull(lines, "lines"));
    if (l.isEmpty()) {
      throw new IllegalArgumentException("a warning names at least one line");
    }
    return new DataWarning(requireNonNull(check, "check"), requireNonNull(household, "household"), l,
        requireNonNull(detail, "detail"));
  }

  /**
   * Returns the check.
   *
   * @return the check, not null
   */
  public DataCheck check() {
    return check;
  }

  /**
   * Returns the household.
   *
   * @return the household id, not null
   */
  public HouseholdId household() {
    return household;
  }

  /**
   * Returns the lines of the rows concerned (the header is line 1), in ascending order.
   *
   * @return the lines, at least one, not null
   */
  public ImmutableList<Long> lines() {
    return lines;
  }

  /**
   * Returns what was found, its values redacted.
   *
   * @return the detail, not null
   */
  public String detail() {
    return detail;
  }

  /** Orders by first line, then check, then household. */
  @Override
  public int compareTo(DataWarning o) {
    int c = Long.compare(lines.get(0), o.lines.get(0));
    if (c == 0) {
      c = check.compareTo(o.check);
    }
    return c != 0 ? c : household.toString().compareTo(o.household.toString());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof DataWarning w && w.check == check && w.household.equals(household)
        && w.lines.equals(lines) && w.detail.equals(detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(check, household, lines, detail);
  }

  /**
   * Returns {@code line 3, 4: household H001: same_sex_spouse: detail}.
   *
   * @return the warning as one line of text, not null
   */
  @Override
  public String toString() {
    return (lines.size() == 1 ? "line " : "lines ") + lines.stream().map(String::valueOf).collect(Collectors.joining(", "))
        + ": household " + household + ": " + check.key() + ": " + detail;
  }

  // JSON binding (see JsonBinding): {"check", "household", "lines", "detail"}, read back
  // through of(), so its checks run on JSON input too.

  @JsonCreator
  private static DataWarning ofJson(@JsonProperty("check") DataCheck check,
      @JsonProperty("household") HouseholdId household, @JsonProperty("lines") List<Long> lines,
      @JsonProperty("detail") String detail) {
    return of(check, household, lines, detail);
  }

  @JsonProperty("check")
  private DataCheck checkJson() {
    return check;
  }

  @JsonProperty("household")
  private HouseholdId householdJson() {
    return household;
  }

  @JsonProperty("lines")
  private List<Long> linesJson() {
    return lines;
  }

  @JsonProperty("detail")
  private String detailJson() {
    return detail;
  }
}
