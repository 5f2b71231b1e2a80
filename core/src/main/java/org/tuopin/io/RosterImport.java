package org.tuopin.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.HouseholdSummary;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSetId;
import org.tuopin.standard.StandardsComparison;

/**
 * The result of reading a roster: the households built, the households left incomplete by
 * rejected rows, and (as every {@link TableImport}) an account of every row.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RosterImport extends TableImport {

  private final ImmutableList<HouseholdId> order;
  private final ImmutableMap<HouseholdId, Household> households;
  private final ImmutableMap<HouseholdId, IncompleteHousehold> incomplete;
  private final DataChecks dataChecks;

  RosterImport(String source, ImmutableList<HouseholdId> order, ImmutableMap<HouseholdId, Household> households,
      ImmutableMap<HouseholdId, IncompleteHousehold> incomplete, RowAccount account, DataChecks dataChecks) {
    super(source, account);
    this.order = order;
    this.households = households;
    this.incomplete = incomplete;
    this.dataChecks = dataChecks;
  }

  /**
   * Returns the national data checks run on the file ({@link DataCheck}): warnings kept apart
   * from the rejected rows, with their counts. They reject no row and change no verdict.
   *
   * @return the checks, not null
   */
  public DataChecks dataChecks() {
    return dataChecks;
  }

  /**
   * Returns the warnings of the national data checks, ordered by their first line; the same
   * as {@code dataChecks().warnings()}.
   *
   * @return the warnings, not null
   */
  public ImmutableList<DataWarning> warnings() {
    return dataChecks.warnings();
  }


  /**
   * Returns the households built from accepted rows, in order of first appearance.
   *
   * @return the households, not null
   */
  public ImmutableList<Household> households() {
    return households.values().asList();
  }

  /**
   * Returns the households with at least one rejected row, in order of first appearance.
   *
   * @return the incomplete households, not null
   */
  public ImmutableList<IncompleteHousehold> incomplete() {
    return incomplete.values().asList();
  }

  /**
   * Returns the ids of every household of the file, complete or not, in order of first
   * appearance.
   *
   * @return the ids, not null
   */
  public ImmutableList<HouseholdId> householdIds() {
    return order;
  }

  /**
   * Finds a complete household by id.
   *
   * @param id  the id, not null
   * @return the household, or empty if absent or incomplete
   */
  public Optional<Household> household(HouseholdId id) {
    return Optional.ofNullable(households.get(id));
  }

  /**
   * Finds an incomplete household by id.
   *
   * @param id  the id, not null
   * @return the incomplete household, or empty if absent or complete
   */
  public Optional<IncompleteHousehold> incompleteHousehold(HouseholdId id) {
    return Optional.ofNullable(incomplete.get(id));
  }






  /**
   * Assesses every household of the file under a standard set, in order of first
   * appearance: complete households on their facts, incomplete ones as
   * {@code INSUFFICIENT_DATA} with the criterion {@code incomplete}, households whose income
   * year the set does not cover as {@code NOT_COVERED}. Every assessment keeps
   * its household's {@link HouseholdSummary summary}: village, size (an incomplete
   * household's rows) and per-capita net income.
   *
   * @param standard  the standard set, not null
   * @return one assessment per household, not null
   */
  public ImmutableList<Assessment<HouseholdId>> assess(StandardSet standard) {
    return order.stream()
        .map(id -> households.containsKey(id)
            ? standard.assess(households.get(id))
            : incompleteAssessment(incomplete.get(id), standard.id()))
        .collect(ImmutableList.toImmutableList());
  }

  /** The assessment of an incomplete household, keeping its village and rows for reports. */
  private static Assessment<HouseholdId> incompleteAssessment(IncompleteHousehold household, StandardSetId standard) {
    return household.assessment(standard).withHousehold(summary(household));
  }

  private static HouseholdSummary summary(IncompleteHousehold household) {
    return HouseholdSummary.ofIncomplete(household.village(), household.rows());
  }

  /**
   * Assesses every household of the file under several standard sets side by side:
   * complete households under each set that covers their income year, incomplete ones as
   * {@code INSUFFICIENT_DATA} with the criterion {@code incomplete} under every set.
   *
   * @param standards  the sets, at least one, distinct, not null
   * @return the comparison, households in order of first appearance, not null
   */
  public StandardsComparison compare(List<StandardSet> standards) {
    StandardsComparison.Builder b = StandardsComparison.builder(standards);
    for (HouseholdId id : householdIds()) {
      Optional<Household> h = household(id);
      if (h.isPresent()) {
        b.add(h.get());
      } else {
        IncompleteHousehold i = incompleteHousehold(id).orElseThrow();
        b.add(id, summary(i), s -> incompleteAssessment(i, s));
      }
    }
    return b.build();
  }


  @Override
  public String toString() {
    return source() + ": " + summary() + "; households: " + households.size() + " complete, "
        + incomplete.size() + " incomplete";
  }
}
