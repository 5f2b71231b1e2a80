package org.tuopin.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Text;
import org.tuopin.basics.YearRange;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.registry.Member;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.Relation;

class StandardsComparisonTest {

  private static final IncomeLine LINE = IncomeLine.constant(Text.of("线", "line"), Yuan.of(4000),
      YearRange.of(2016, 2020), Provenance.of("test", true));
  private static final StandardSet AT_LEAST = StandardSetBuilder.create("test.at_least").name("达到", "at least")
      .years(2016, 2020).incomeLine(LINE, Comparison.AT_LEAST).build();
  private static final StandardSet ABOVE = AT_LEAST.derive("test.above").incomeLine(LINE, Comparison.ABOVE)
      .years(2017, 2020).householdCondition(Conditions.HOUSING).build();

  private static Household household(String id, int year, String net) {
    return Household.builder().id(HouseholdId.of(id)).village(RegionCode.parse("320707105201"))
        .addMembers(Member.of(PersonId.of(id + "p"), Relation.HOUSEHOLDER))
        .income(IncomeStatement.of(year, Yuan.parse(net), Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO))
        .met(Conditions.HOUSING).build();
  }

  @Test
  void test_countsPerStandard_andTheHouseholdsThatDiffer() {
    StandardsComparison c = StandardsComparison.of(List.of(AT_LEAST, ABOVE), List.of(
        household("A", 2017, "4000"), household("B", 2017, "4000.01"), household("C", 2017, "3999.99"),
        household("D", 2016, "5000")));
    assertThat(c.counts(AT_LEAST.id())).containsEntry(Verdict.EXIT_ELIGIBLE, 3L).containsEntry(Verdict.NOT_ELIGIBLE, 1L);
    assertThat(c.counts(ABOVE.id())).containsEntry(Verdict.EXIT_ELIGIBLE, 1L).containsEntry(Verdict.NOT_ELIGIBLE, 2L);
    assertThat(c.notCovered(ABOVE.id())).isEqualTo(1);
    assertThat(c.notCovered(AT_LEAST.id())).isZero();
    assertThat(c.differing()).extracting(Object::toString).containsExactly("A");
    assertThat(c.verdicts(HouseholdId.of("D"))).containsEntry(ABOVE.id(), Verdict.NOT_COVERED);
    assertThat(c.assessment(HouseholdId.of("D"), ABOVE.id()).findings()).isEmpty();
    assertThat(c.counts(ABOVE.id())).containsEntry(Verdict.NOT_COVERED, 1L);
    assertThat(c.differs(HouseholdId.of("D"))).isFalse();
    assertThat(c.toString()).contains("test.above", "differing 1");
  }

  @Test
  void test_derive_keepsTheBaseAndChangesOnlyWhatIsSaid() {
    assertThat(ABOVE.householdCriteria(2018)).extracting(x -> x.id().toString()).containsExactly("income", "housing");
    assertThat(AT_LEAST.householdCriteria(2018)).extracting(x -> x.id().toString()).containsExactly("income");
    StandardSet noIncome = ABOVE.derive("test.no_income").withoutHouseholdCriterion("income").build();
    assertThat(noIncome.incomeLine()).isEmpty();
    assertThatThrownBy(() -> ABOVE.derive("test.x").withoutHouseholdCriterion("water"))
        .hasMessageContaining("water").hasMessageContaining("housing");
    assertThatThrownBy(() -> StandardSetBuilder.create("test.bad").name("a", "b").years(2015, 2020)
        .incomeLine(LINE, Comparison.ABOVE).build()).hasMessageContaining("2015");
  }

  @Test
  void test_aSetNamedTwice_isRefused() {
    assertThatThrownBy(() -> StandardsComparison.builder(List.of(AT_LEAST, AT_LEAST)))
        .hasMessageContaining("test.at_least");
    assertThatThrownBy(() -> StandardsComparison.builder(List.of())).hasMessageContaining("at least one");
  }
}
