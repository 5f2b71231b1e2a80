package org.tuopin.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.tuopin.testing.Theories.qt;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Language;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.YearRange;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.Criterion;
import org.tuopin.standard.CriterionId;
import org.tuopin.standard.Finding;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSetId;
import org.tuopin.standard.Verdict;

/**
 * The contract every {@link StandardSet} keeps. Extend it once per built-in set and
 * implement {@link #standardSet()}; the tests run against generated households whose
 * income lies in the set's effective years.
 */
public abstract class StandardSetContract {

  /** Examples per property: each example assesses a whole household, twice. */
  protected static final int EXAMPLES = 300;

  /**
   * Returns the set under test.
   *
   * @return the set, not null
   */
  protected abstract StandardSet standardSet();

  @Test
  public void test_id_parsesBackFromItsText() {
    StandardSetId id = standardSet().id();
    assertThat(StandardSetId.parse(id.toString())).isEqualTo(id);
  }

  @Test
  public void test_incomeLine_coversEveryEffectiveYear() {
    StandardSet set = standardSet();
    YearRange years = set.effectiveYears();
    set.incomeLine().ifPresent(line -> {
      for (int y = years.first(); y <= years.last(); y++) {
        assertThat(line.find(y)).as("line figure for %s", y).isPresent();
        assertThat(line.amount(y).isPositive()).isTrue();
      }
    });
  }

  @Test
  public void test_householdCriteria_areNonEmptyAndDistinctForEveryEffectiveYear() {
    StandardSet set = standardSet();
    for (int y = set.effectiveYears().first(); y <= set.effectiveYears().last(); y++) {
      ImmutableList<Criterion<Household>> criteria = set.householdCriteria(y);
      assertThat(criteria).as("criteria for %s", y).isNotEmpty();
      assertThat(criteria.stream().map(Criterion::id).collect(Collectors.toList()))
          .as("criterion ids for %s", y).doesNotHaveDuplicates();
    }
  }

  @Test
  public void test_householdCriteria_rejectYearsOutsideTheEffectiveYears() {
    StandardSet set = standardSet();
    int before = set.effectiveYears().first() - 1;
    int after = set.effectiveYears().last() + 1;
    assertThatIllegalArgumentException().isThrownBy(() -> set.householdCriteria(before))
        .withMessageContaining(Integer.toString(before));
    assertThatIllegalArgumentException().isThrownBy(() -> set.householdCriteria(after))
        .withMessageContaining(Integer.toString(after));
  }

  @Test
  public void test_assess_givesOneFindingPerCriterionAndNamesTheIncomeYear() {
    StandardSet set = standardSet();
    qt(EXAMPLES).forAll(Generators.households(set.effectiveYears())).checkAssert(h -> {
      Assessment<HouseholdId> a = set.assess(h);
      assertThat(a.subject()).isEqualTo(h.id());
      assertThat(a.standard()).isEqualTo(set.id());
      assertThat(a.year()).hasValue(h.income().year());
      java.util.List<CriterionId> expected = set.householdCriteria(h.income().year()).stream().map(Criterion::id)
          .collect(Collectors.toCollection(java.util.ArrayList::new));
      set.observationRule().ifPresent(r -> expected.add(CriterionId.OBSERVATION));
      assertThat(a.findings().stream().map(Finding::criterion).collect(Collectors.toList())).isEqualTo(expected);
    });
  }

  @Test
  public void test_everyThresholdAndLineFigure_hasASource() {
    StandardSet set = standardSet();
    set.thresholds().values().forEach(t -> assertThat(t.provenance().source()).as(t.key().toString()).isNotBlank());
    set.incomeLine().ifPresent(line -> line.entries().values()
        .forEach(e -> assertThat(e.provenance().source()).as("line %s", e.year()).isNotBlank()));
    assertThat(set.name().zh()).isNotBlank().isNotEqualTo(set.name().en());
  }

  @Test
  public void test_assess_verdictIsTheKleeneAndOfTheFindings() {
    StandardSet set = standardSet();
    qt(EXAMPLES).forAll(Generators.households(set.effectiveYears())).checkAssert(h -> {
      Assessment<HouseholdId> a = set.assess(h);
      boolean anyNotMet = a.findings().stream().anyMatch(f -> f.status() == Tristate.NOT_MET);
      boolean anyUnknown = a.findings().stream().anyMatch(f -> f.status() == Tristate.UNKNOWN);
      Verdict expected = anyNotMet ? Verdict.NOT_ELIGIBLE
          : anyUnknown ? Verdict.INSUFFICIENT_DATA : Verdict.EXIT_ELIGIBLE;
      assertThat(a.verdict()).isEqualTo(expected);
    });
  }

  @Test
  public void test_assess_doesNotDependOnMemberOrder() {
    StandardSet set = standardSet();
    qt(EXAMPLES).forAll(Generators.reorderedPairs(Generators.households(set.effectiveYears())))
        .checkAssert(p -> {
          Assessment<HouseholdId> a = set.assess(p._1);
          Assessment<HouseholdId> b = set.assess(p._2);
          assertThat(b).isEqualTo(a);
          assertThat(b.verdict()).isEqualTo(a.verdict());
          assertThat(b.explain(Language.EN)).isEqualTo(a.explain(Language.EN));
        });
  }

  @Test
  public void test_assess_explainsEveryCriterionInBothLanguages() {
    StandardSet set = standardSet();
    qt(EXAMPLES).forAll(Generators.households(set.effectiveYears())).checkAssert(h -> {
      Assessment<HouseholdId> a = set.assess(h);
      for (Criterion<Household> c : set.householdCriteria(h.income().year())) {
        assertThat(a.explain(Language.ZH)).contains(c.label().zh());
        assertThat(a.explain(Language.EN)).contains(c.label().en());
      }
    });
  }
}
