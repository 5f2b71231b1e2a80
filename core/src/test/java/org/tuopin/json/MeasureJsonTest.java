package org.tuopin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.tuopin.testing.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.quicktheories.core.Gen;
import org.tuopin.basics.Ratio;
import org.tuopin.json.Binders.Binder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tuopin.basics.Comparison;
import org.tuopin.measure.AlkireFoster;
import org.tuopin.measure.GrowthScenario;
import org.tuopin.measure.PovertyDynamics;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.RegistryHistory;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardsComparison;
import org.tuopin.testing.Fixtures;
import org.tuopin.testing.Generators;
import org.tuopin.measure.Estimate;
import org.tuopin.measure.GroupMeasures;
import org.tuopin.measure.MeasureTable;
import org.tuopin.measure.Measures;
import org.tuopin.measure.MpiData;
import org.tuopin.measure.MpiIndicator;
import org.tuopin.measure.MpiResult;
import org.tuopin.measure.MpiTable;
import org.tuopin.measure.Welfare;

/**
 * JSON round trips of the measure results (issue 13 with issue 12) under Jackson 2 and 3: the
 * measures of generated welfare columns, with and without a line (NaN poverty measures), with
 * zero welfare (Theil and MLD undefined), grouped; Alkire–Foster tables, results and
 * indicators; poverty dynamics of registry histories; growth scenarios and their outcomes;
 * estimates.
 */
class MeasureJsonTest {

  static final List<Binder> BINDERS = Binders.BOTH;

  private static final Ratio THIRD = Ratio.of(1, 3);
  private static final AlkireFoster AF = AlkireFoster.of(List.of(MpiIndicator.of("income", 10, THIRD),
      MpiIndicator.ofFlag("housing", THIRD), MpiIndicator.ofFlag("water", THIRD)), THIRD);

  /** Welfare columns of 1-40 records, some zero, in up to three groups, with or without a line. */
  private static Gen<MeasureTable> tables() {
    return lists().of(integers().between(0, 50_000)).ofSizeBetween(1, 40)
        .zip(booleans().all(), integers().between(1, 3), (cents, lined, groups) -> {
          double[] values = cents.stream().mapToDouble(c -> c / 100.0).toArray();
          List<String> labels = new ArrayList<>();
          for (int i = 0; i < values.length; i++) {
            labels.add("村" + (i % groups));
          }
          Welfare w = Welfare.of(values).withGroups(labels);
          return Measures.byGroup(lined ? w.withLine(120.5) : w);
        });
  }

  private static Gen<List<MpiResult>> mpiResults() {
    return mpiTables().map(MpiTable::rows);
  }

  /** Alkire–Foster tables of 1-30 records of three indicators, in two groups, at k = 1/3. */
  private static Gen<MpiTable> mpiTables() {
    return lists().of(integers().between(0, 7 * 3)).ofSizeBetween(1, 30).map(codes -> {
      int n = codes.size();
      double[] income = new double[n];
      double[] housing = new double[n];
      double[] water = new double[n];
      List<String> groups = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int c = codes.get(i);
        income[i] = (c % 7) * 3;
        housing[i] = (c / 7) & 1;
        water[i] = c % 2;
        groups.add("g" + (i % 2));
      }
      return AF.measure(MpiData.of(income, housing, water).withGroups(groups));
    });
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_measureTables_roundTrip(Binder binder) {
    qt().withExamples(150).forAll(tables()).checkAssert(table -> {
      String json = binder.write(table);
      assertThat(binder.read(json, MeasureTable.class)).as(json).isEqualTo(table);
      for (GroupMeasures g : table.rows()) {
        assertThat(binder.read(binder.write(g), GroupMeasures.class)).isEqualTo(g);
      }
    });
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_mpiResults_roundTrip(Binder binder) {
    qt().withExamples(150).forAll(mpiResults()).checkAssert(results -> {
      for (MpiResult r : results) {
        String json = binder.write(r);
        assertThat(binder.read(json, MpiResult.class)).as(json).isEqualTo(r);
      }
    });
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_mpiTables_andIndicators_roundTrip(Binder binder) {
    qt().withExamples(100).forAll(mpiTables()).checkAssert(table -> {
      Binders.roundTrips(binder, table, MpiTable.class);
      Binders.roundTrips(binder, table.measure(), AlkireFoster.class);
      table.measure().indicators().forEach(i -> Binders.roundTrips(binder, i, MpiIndicator.class));
    });
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_dynamics_andHistories_roundTrip(Binder binder) {
    qt().withExamples(150).forAll(ValueGenerators.histories(), integers().between(0, 2)).checkAssert((h, level) -> {
      Binders.roundTrips(binder, h, RegistryHistory.class);
      PovertyDynamics d = PovertyDynamics.of(h, List.of(RegionLevel.VILLAGE, RegionLevel.TOWNSHIP,
          RegionLevel.COUNTY).get(level));
      Binders.roundTrips(binder, d, PovertyDynamics.class);
      d.rows().forEach(r -> Binders.roundTrips(binder, r, PovertyDynamics.Row.class));
    });
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_growthScenarios_andOutcomes_roundTrip(Binder binder) {
    Binders.roundTrips(binder, ValueGenerators.growthScenarios(), GrowthScenario.class, 300);
    List<StandardSet> standards = List.of(Fixtures.exitStandard(),
        Fixtures.standardSet("test.other", Fixtures.exitStandard().incomeLine().orElseThrow(), Comparison.AT_LEAST));
    qt().withExamples(60).forAll(ValueGenerators.growthScenarios(),
        lists().of(Generators.households(ValueGenerators.YEARS)).ofSizeBetween(0, 6)).checkAssert((g, hs) -> {
          Map<HouseholdId, Household> unique = new LinkedHashMap<>();
          hs.forEach(h -> unique.putIfAbsent(h.id(), h));
          GrowthScenario.Outcome o = g.run(unique.values(), standards);
          Binders.roundTrips(binder, o, GrowthScenario.Outcome.class);
          Binders.roundTrips(binder, o.before(), StandardsComparison.class);
        });
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_estimates_roundTrip(Binder binder) {
    qt().withExamples(150).forAll(doubles().between(0, 1), doubles().between(0, 0.1), doubles().between(0.5, 0.99))
        .checkAssert((v, se, level) -> {
          Estimate e = new Estimate(v, se, v - 2 * se, v + 2 * se, level);
          String json = binder.write(e);
          assertThat(binder.read(json, Estimate.class)).as(json).isEqualTo(e);
        });
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_groupMeasures_writesKeysAndNaNAsText(Binder binder) {
    GroupMeasures unlined = Measures.byGroup(Welfare.of(0, 10, 20)).all();
    String json = binder.write(unlined);
    assertThat(json).contains("\"fgt0\":\"NaN\"").contains("\"gini\":").doesNotContain("theil").doesNotContain("mld");
    assertThat(binder.read(json, GroupMeasures.class)).isEqualTo(unlined);
  }
}
