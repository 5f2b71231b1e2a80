package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tuopin.basics.Text;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.StandardSetId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * A household of the roster with at least one rejected row: it is not assessed on the rows
 * left, but it is reported, as {@code INSUFFICIENT_DATA} with the criterion
 * {@code incomplete}.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
public final class IncompleteHousehold {

  private final HouseholdId id;
  private final Optional<RegionCode> village;
  private final int rows;
  private final ImmutableList<RowError> errors;

  IncompleteHousehold(HouseholdId id, Optional<RegionCode> village, int rows, ImmutableList<RowError> errors) {
    this.id = requireNonNull(id, "id");
    this.village = requireNonNull(village, "village");
    this.rows = rows;
    this.errors = requireNonNull(errors, "errors");
  }

  /**
   * Returns the household id.
   *
   * @return the id, not null
   */
  public HouseholdId id() {
    return id;
  }

  /**
   * Returns the village code, if the rows gave a valid one.
   *
   * @return the village code
   */
  public Optional<RegionCode> village() {
    return village;
  }

  /**
   * Returns the number of rows the file has for the household, rejected ones included.
   *
   * @return the number of rows, at least 1
   */
  public int rows() {
    return rows;
  }

  /**
   * Returns the errors that made the household incomplete.
   *
   * @return the errors, at least one, not null
   */
  public ImmutableList<RowError> errors() {
    return errors;
  }

  /**
   * Returns the assessment of the household: {@code INSUFFICIENT_DATA} with the criterion
   * {@code incomplete}, observing which lines were rejected.
   *
   * @param standard  the standard set that would have applied, not null
   * @return the assessment, not null
   */
  public Assessment<HouseholdId> assessment(StandardSetId standard) {
    String lines = errors.stream().map(e -> Long.toString(e.line())).distinct().collect(Collectors.joining(", "));
    return Assessment.incomplete(id, standard, Text.message("finding.rejected_lines", lines));
  }

  @Override
  public String toString() {
    return "IncompleteHousehold{" + id + ", rows=" + rows + ", errors=" + errors.size() + "}";
  }

  /**
   * Compares the id, village, row count and errors.
   *
   * @param obj  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof IncompleteHousehold o && id.equals(o.id) && village.equals(o.village) && rows == o.rows
        && errors.equals(o.errors);
  }

  @Override
  public int hashCode() {
    return ((id.hashCode() * 31 + village.hashCode()) * 31 + rows) * 31 + errors.hashCode();
  }

  // JSON binding (see JsonBinding): {"id", "village" if known, "rows", "errors"}.

  @JsonCreator
  private static IncompleteHousehold ofJson(@JsonProperty("id") HouseholdId id,
      @JsonProperty("village") @Nullable RegionCode village, @JsonProperty("rows") int rows,
      @JsonProperty("errors") @Nullable List<RowError> errors) {
    return new IncompleteHousehold(id, Optional.ofNullable(village), rows,
        errors == null ? ImmutableList.of() : ImmutableList.copyOf(errors));
  }

  @JsonProperty("id")
  private HouseholdId idJson() {
    return id;
  }

  @JsonProperty("village")
  private @Nullable RegionCode villageJson() {
    return village.orElse(null);
  }

  @JsonProperty("rows")
  private int rowsJson() {
    return rows;
  }

  @JsonProperty("errors")
  private List<RowError> errorsJson() {
    return errors;
  }
}
