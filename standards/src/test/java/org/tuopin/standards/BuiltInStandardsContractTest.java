package org.tuopin.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tuopin.basics.Language;
import org.tuopin.registry.Household;
import org.tuopin.standard.Criterion;
import org.tuopin.standard.IncomeLine;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;

/** The checks every built-in standard set must pass. */
class BuiltInStandardsContractTest {

  static Stream<StandardSet> builtIns() {
    return new BuiltInStandards().standardSets().stream();
  }

  @ParameterizedTest
  @MethodSource("builtIns")
  void test_idResolvesToTheSameSet(StandardSet set) {
    assertThat(StandardSets.of(set.id())).isSameAs(set);
    assertThat(StandardSets.of(set.id().toString())).isSameAs(set);
  }

  @ParameterizedTest
  @MethodSource("builtIns")
  void test_everyYearHasCriteriaWithBilingualLabels(StandardSet set) {
    for (int year = set.effectiveYears().first(); year <= set.effectiveYears().last(); year++) {
      assertThat(set.householdCriteria(year)).isNotEmpty();
      for (Criterion<Household> c : set.householdCriteria(year)) {
        assertThat(c.label().zh()).isNotBlank();
        assertThat(c.label().en()).isNotBlank();
        assertThat(c.label().zh()).isNotEqualTo(c.label().en());
      }
    }
    assertThat(set.name().in(Language.ZH)).isNotBlank();
    assertThat(set.name().in(Language.EN)).isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("builtIns")
  void test_everyFigureHasASource_andCoversTheEffectiveYears(StandardSet set) {
    if (set.incomeLine().isPresent()) {
      IncomeLine line = set.incomeLine().get();
      for (int year = set.effectiveYears().first(); year <= set.effectiveYears().last(); year++) {
        assertThat(line.find(year)).as("line for %s", year).isPresent();
        assertThat(line.entry(year).provenance().source()).isNotBlank();
        assertThat(line.entry(year).amount().isPositive()).isTrue();
      }
    }
  }
}
