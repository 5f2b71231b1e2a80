package org.tuopin.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.NotFoundException;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Units;
import org.tuopin.basics.Yuan;
import org.tuopin.region.Zone;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.rollup.RollUp;
import org.tuopin.testing.Fixtures;

/** Registries as instances, typed thresholds and findings that carry values. */
class StandardSetRegistryTest {

  private static final StandardSet A = Fixtures.standardSet("test.a", Fixtures.nationalLine(), Comparison.ABOVE);
  private static final StandardSet A2 = Fixtures.standardSet("test.a", Fixtures.nationalLine(), Comparison.AT_LEAST);
  private static final StandardSet B = Fixtures.standardSet("test.b", Fixtures.nationalLine(), Comparison.ABOVE);

  @Test
  void test_combinedWith_keepsThisRegistrysSetsFirst() {
    StandardSetRegistry mine = StandardSetRegistry.of(List.of(() -> List.of(A)));
    StandardSetRegistry other = StandardSetRegistry.of(List.of(() -> List.of(A2, B)));
    StandardSetRegistry both = mine.combinedWith(other);
    assertThat(both.of("test.a")).isSameAs(A);
    assertThat(both.of("test.b")).isSameAs(B);
    assertThat(both.all()).containsExactly(A, B);
    assertThat(mine.find(StandardSetId.of("test.b"))).isEmpty();
    assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> mine.of("test.b"))
        .withMessageContaining("'test.b'").withMessageContaining("known ids: [test.a]");
  }

  @Test
  void test_of_ranksByDeclaredPriority() {
    StandardSetProvider low = () -> List.of(A2);
    StandardSetProvider high = new StandardSetProvider() {
      @Override
      public List<StandardSet> standardSets() {
        return List.of(A);
      }

      @Override
      public int priority() {
        return 10;
      }
    };
    assertThat(StandardSetRegistry.of(List.of(low, high)).of("test.a")).isSameAs(A);
  }

  @Test
  void test_thresholdKey_parsesBackFromItsText() {
    ThresholdKey west = ThresholdKey.VILLAGE_INCIDENCE.inZone(Zone.WEST);
    assertThat(west).hasToString("village_incidence_west");
    assertThat(ThresholdKey.parse("village_incidence_west")).isEqualTo(west);
    assertThat(ThresholdKey.parse("observation_years")).isEqualTo(ThresholdKey.OBSERVATION_YEARS);
    assertThat(west.allZones()).isEqualTo(ThresholdKey.VILLAGE_INCIDENCE);
  }

  @Test
  void test_threshold_readsQuantities() {
    var read = Threshold.readCsv(new StringReader("key,comparison,value,unit,confirmed,source\n"
        + "village_incidence_west,below,3,percent,true,x\nobservation_years,at_least,2,years,false,y\n"));
    Threshold west = read.get(ThresholdKey.VILLAGE_INCIDENCE.inZone(Zone.WEST));
    assertThat(west.quantity()).isEqualTo(Quantity.of(3, Units.PERCENT));
    assertThat(read.get(ThresholdKey.OBSERVATION_YEARS).toYears()).isEqualTo(2);
    assertThat(read.get(ThresholdKey.OBSERVATION_YEARS).provenance().isConfirmed()).isFalse();
  }

  @Test
  void test_derive_changesAThreshold() {
    Provenance p = Provenance.of("test", false);
    StandardSet base = A.derive("test.village")
        .threshold(Threshold.of(ThresholdKey.VILLAGE_COLLECTIVE_INCOME, Comparison.AT_LEAST,
            Quantity.from(Yuan.of(10_000)), p)).build();
    StandardSet higher = base.derive("test.higher")
        .threshold(Threshold.of(ThresholdKey.VILLAGE_COLLECTIVE_INCOME, Comparison.AT_LEAST,
            Quantity.from(Yuan.of(20_000)), p)).build();
    assertThat(base.villageCriteria()).extracting(Criterion::id).containsExactly(RegionCriteria.COLLECTIVE_INCOME);
    assertThat(higher.thresholds().get(ThresholdKey.VILLAGE_COLLECTIVE_INCOME).toYuan()).isEqualTo(Yuan.of(20_000));
    assertThat(higher.villageCriteria().get(0).toString()).contains("20,000");
    assertThat(A.derive("test.same").build()).isNotEqualTo(A);
    assertThat(A.derive("test.a").build()).isEqualTo(A);
  }

  @Test
  void test_findingsCarryValues_andAssessmentsFeedTheRollUp() {
    Household h = Fixtures.workedExampleHousehold();
    Assessment<HouseholdId> a = A.assess(h);
    Finding income = a.finding(CriterionId.INCOME).orElseThrow();
    assertThat(income.comparison()).contains(Comparison.ABOVE);
    assertThat(income.threshold()).isEqualTo(new FindingValue.Money(Yuan.of(2855)));
    assertThat(income.observedValue()).isEqualTo(Optional.of(new FindingValue.Money(h.perCapitaNetIncome())));
    assertThat(a.household().orElseThrow()).isEqualTo(HouseholdSummary.of(h));
    RollUp fed = RollUp.builder().household(a).build();
    RollUp direct = RollUp.builder().household(h, a.verdict() == Verdict.EXIT_ELIGIBLE).build();
    assertThat(fed.all()).isEqualTo(direct.all());
  }
}
