package org.tuopin.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.ExitStatus;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.registry.Member;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.Registry;
import org.tuopin.registry.RegistryHistory;
import org.tuopin.registry.Relation;
import org.tuopin.standard.IncomeLine;
import org.tuopin.standard.Provenance;
import org.tuopin.standard.StandardSet;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Text;
import org.tuopin.basics.YearRange;

class DynamicsGrowthBootstrapTest {

  private static final RegionCode V1 = RegionCode.parse("511921105201");
  private static final RegionCode V2 = RegionCode.parse("511922100001");

  private static Household household(String id, RegionCode village, int size, Optional<ExitStatus> status, int year,
      long netYuan) {
    List<Member> members = new ArrayList<>();
    members.add(Member.of(PersonId.of(id + "-1"), Relation.HOUSEHOLDER));
    for (int i = 2; i <= size; i++) {
      members.add(Member.of(PersonId.of(id + "-" + i), Relation.SON));
    }
    Household.Builder b = Household.builder().id(HouseholdId.of(id)).village(village).addAllMembers(members)
        .income(IncomeStatement.of(year, Yuan.of(netYuan), Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO))
        .met(Conditions.FOOD, Conditions.CLOTHING, Conditions.EDUCATION, Conditions.MEDICAL, Conditions.HOUSING,
            Conditions.WATER);
    status.ifPresent(b::exitStatus);
    return b.build();
  }

  private static final Optional<ExitStatus> POOR = Optional.of(ExitStatus.NOT_EXITED);
  private static final Optional<ExitStatus> OUT = Optional.of(ExitStatus.EXITED);
  private static final Optional<ExitStatus> BACK = Optional.of(ExitStatus.RETURNED);

  /** A line of 3,000 yuan for 2016-2018, income strictly above it to exit. */
  private static final StandardSet LINE_3000 = StandardSet.builder("test.line3000").name("三千", "3000")
      .years(2016, 2018)
      .incomeLine(IncomeLine.constant(Text.of("三千", "3000"), Yuan.of(3000), YearRange.of(2016, 2018),
          Provenance.of("test", false)), Comparison.ABOVE)
      .build();

  @Test
  void test_dynamics_entryExitReturnRatesByRegionAndYear() {
    RegistryHistory history = RegistryHistory.of(List.of(
        Registry.of(2016, List.of(household("A", V1, 3, POOR, 2016, 1), household("B", V1, 4, POOR, 2016, 1),
            household("C", V2, 2, OUT, 2016, 1))),
        Registry.of(2017, List.of(household("A", V1, 3, OUT, 2017, 1), household("B", V1, 4, POOR, 2017, 1),
            household("C", V2, 2, BACK, 2017, 1), household("D", V1, 5, POOR, 2017, 1))),
        Registry.of(2018, List.of(household("A", V1, 3, OUT, 2018, 1), household("B", V1, 4, OUT, 2018, 1),
            household("C", V2, 2, BACK, 2018, 1), household("D", V1, 5, POOR, 2018, 1)))));
    PovertyDynamics d = PovertyDynamics.of(history, RegionLevel.COUNTY);
    PovertyDynamics.Row v1 = d.rows(V1.at(RegionLevel.COUNTY)).get(0);
    assertThat(v1.fromYear()).isEqualTo(2016);
    assertThat(v1.poorBefore()).isEqualTo(7);
    assertThat(v1.newlyIdentified()).isEqualTo(5);
    assertThat(v1.exited()).isEqualTo(3);
    assertThat(v1.entryRate()).contains(Ratio.of(5, 7));
    assertThat(v1.exitRate()).contains(Ratio.of(3, 7));
    assertThat(v1.returnRate()).isEmpty();
    PovertyDynamics.Row v2 = d.rows(V2.at(RegionLevel.COUNTY)).get(0);
    assertThat(v2.returned()).isEqualTo(2);
    assertThat(v2.returnRate()).contains(Ratio.of(2, 2));
    PovertyDynamics.Row v1Later = d.rows(V1.at(RegionLevel.COUNTY)).get(1);
    assertThat(v1Later.fromYear()).isEqualTo(2017);
    assertThat(v1Later.poorBefore()).isEqualTo(9);
    assertThat(v1Later.exited()).isEqualTo(4);
    assertThat(v1Later.returnRate()).contains(Ratio.of(0, 3));
    assertThat(d.toString()).contains("2016→2017");
  }

  @Test
  void test_growth_exitsUnderEachStandardSideBySide() {
    List<Household> households = List.of(household("A", V1, 2, POOR, 2016, 5800), household("B", V1, 1, POOR, 2016,
        2900), household("C", V1, 1, POOR, 2016, 2000));
    StandardSet line2800 = LINE_3000.derive("test.line2800").incomeLine(IncomeLine.constant(Text.of("二千八", "2800"),
        Yuan.of(2800), YearRange.of(2016, 2018), Provenance.of("test", false)), Comparison.ABOVE).build();
    GrowthScenario.Outcome o = GrowthScenario.ofPercent(10).run(households, List.of(LINE_3000, line2800));
    // A: 2,900 → 3,190; B: 2,900 → 3,190; C: 2,000 → 2,200
    assertThat(o.exits(LINE_3000.id())).extracting(HouseholdId::toString).containsExactly("A", "B");
    assertThat(o.exits(line2800.id())).isEmpty();
    assertThat(o.toString()).contains("test.line3000: eligible 0 → 2, exits 2");
    Household grown = GrowthScenario.of(new BigDecimal("2.5"), GrowthScenario.Component.WAGE).apply(households.get(2));
    assertThat(grown.income().wage()).isEqualTo(Yuan.of(2050));
    assertThatThrownBy(() -> GrowthScenario.ofPercent(-100)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_welfareFromHouseholds_perPersonAtTheLineIsNotPoor() {
    List<Household> households = List.of(household("A", V1, 3, POOR, 2016, 9000), household("B", V2, 2, POOR, 2016,
        5000));
    Welfare w = Welfare.ofHouseholds(households, LINE_3000, Welfare.byRegion(RegionLevel.COUNTY));
    assertThat(w.size()).isEqualTo(5);
    MeasureTable t = Measures.byGroup(w);
    assertThat(t.all().fgt0()).isCloseTo(0.4, within(1e-15));
    assertThat(t.groups()).extracting(GroupMeasures::group).containsExactly("511921000000", "511922000000");
    assertThat(Measures.fgt(w.withPoorWhen(Comparison.AT_MOST), 0)).isEqualTo(1);
    MpiTable mpi = RegistryMpi.PRESET.measure(RegistryMpi.data(households, LINE_3000, Welfare.ungrouped()));
    assertThat(mpi.all().uncensoredHeadcounts().get("income")).isCloseTo(0.4, within(1e-15));
    assertThat(mpi.all().h()).isZero();
  }

  @Test
  void test_bootstrap_isSeededAndCoversTheEstimate() {
    double[] y = new double[200];
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    for (int i = 0; i < y.length; i++) {
      y[i] = 1000 + r.nextInt(5000);
    }
    Welfare w = Welfare.of(y).withLine(2500);
    Estimate a = Bootstrap.of(42, 999).estimate(w, x -> Measures.fgt(x, 0), 0.95);
    Estimate b = Bootstrap.of(42, 999).estimate(w, x -> Measures.fgt(x, 0), 0.95);
    assertThat(a).isEqualTo(b);
    assertThat(a.lower()).isLessThan(a.value());
    assertThat(a.upper()).isGreaterThan(a.value());
    // the bootstrap and linearised standard errors agree within 15%
    assertThat(a.standardError()).isCloseTo(Measures.fgtStandardError(w, 0), within(0.15 * a.standardError()));
    Estimate gini = Bootstrap.of(1, 199).estimate(w, Measures::gini, 0.9);
    assertThat(gini.lower()).isLessThanOrEqualTo(gini.upper());
    assertThatThrownBy(() -> Bootstrap.of(1, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
