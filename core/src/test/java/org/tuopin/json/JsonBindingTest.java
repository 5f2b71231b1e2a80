package org.tuopin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuopin.json.Binders.roundTrips;
import static org.tuopin.testing.Theories.qt;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.quicktheories.generators.SourceDSL;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Text;
import org.tuopin.basics.Unit;
import org.tuopin.basics.YearRange;
import org.tuopin.basics.Yuan;
import org.tuopin.indicator.Indicators;
import org.tuopin.json.Binders.Binder;
import org.tuopin.plan.Observation;
import org.tuopin.plan.Plan;
import org.tuopin.plan.PlanCheck;
import org.tuopin.plan.PlanReview;
import org.tuopin.plan.ProgressReport;
import org.tuopin.plan.Scope;
import org.tuopin.plan.Target;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.registry.Member;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.ResidentId;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.Finding;
import org.tuopin.standard.StandardSetId;
import org.tuopin.assist.pairing.Cadre;
import org.tuopin.testing.AssistGenerators;
import org.tuopin.testing.Fixtures;
import org.tuopin.testing.Generators;
import org.tuopin.testing.PlanGenerators;

/**
 * JSON round trips of the value types through plain {@code ObjectMapper}s of Jackson 2 and
 * Jackson 3, over the generators of {@code org.tuopin.testing} with the fixed seed.
 */
class JsonBindingTest {

  static final List<Binder> BINDERS = Binders.BOTH;

  private static final YearRange YEARS = YearRange.of(2014, 2019);

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_scalars_roundTrip(Binder binder) {
    roundTrips(binder, Generators.anyYuan(), Yuan.class, 1_000);
    roundTrips(binder, Generators.regionCodes(), RegionCode.class, 1_000);
    roundTrips(binder, Generators.residentIds(), ResidentId.class, 1_000);
    roundTrips(binder, Generators.householdIds(), HouseholdId.class, 500);
    roundTrips(binder, Generators.personIds(), PersonId.class, 500);
    roundTrips(binder, Generators.standardSetIds(), StandardSetId.class, 500);
    roundTrips(binder, Generators.yearRanges(), YearRange.class, 500);
    roundTrips(binder, PlanGenerators.units(), Unit.class, 200);
    roundTrips(binder, PlanGenerators.quantities(), Quantity.class, 1_000);
    roundTrips(binder, PlanGenerators.dates().zip(SourceDSL.integers().between(0, 800),
        (d, n) -> DateRange.of(d, d.plusDays(n))), DateRange.class, 500);
    roundTrips(binder, SourceDSL.longs().between(0, 1_000_000).zip(SourceDSL.longs().between(1, 1_000_000),
        Ratio::of), Ratio.class, 500);
    roundTrips(binder, SourceDSL.strings().allPossible().ofLengthBetween(0, 8).zip(
        SourceDSL.strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 8), Text::of), Text.class, 500);
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_registry_roundTrips(Binder binder) {
    roundTrips(binder, Generators.incomeStatements(YEARS), IncomeStatement.class, 500);
    roundTrips(binder, Generators.households(YEARS), Household.class, 300);
    roundTrips(binder, Generators.households(YEARS).map(h -> h.members().get(0)), Member.class, 300);
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_assessments_andFindings_roundTrip(Binder binder) {
    qt(200).forAll(Generators.households(YEARS)).checkAssert(h -> {
      Assessment<HouseholdId> a = Fixtures.exitStandard().assess(h);
      for (Finding f : a.findings()) {
        assertThat(binder.read(binder.write(f), Finding.class)).isEqualTo(f);
      }
      assertThat(binder.read(binder.write(a), Assessment.class, HouseholdId.class)).isEqualTo(a);
    });
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_cadres_roundTrip(Binder binder) {
    qt(100).forAll(AssistGenerators.pairingScenarios()).checkAssert(s -> {
      for (Cadre c : s.cadres()) {
        assertThat(binder.read(binder.write(c), Cadre.class)).isEqualTo(c);
      }
    });
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_plans_reports_andReviews_roundTrip(Binder binder) {
    Scope township = Scope.of(RegionCode.parse("511921105000"));
    Scope village = Scope.of(RegionCode.parse("511921105201"));
    LocalDate end = LocalDate.of(2016, 12, 31);
    Plan plan = Plan.builder().name(Text.of("乡“1+6”方案", "township \"1+6\" plan")).scope(township)
        .period(DateRange.parse("2016-03-01/2016-12-31"))
        .addTargets(Target.of(Indicators.PEOPLE_EXITED, township, Comparison.AT_LEAST, Quantity.parse("800 人"), end),
            Target.builder().indicator(Indicators.INCIDENCE).scope(township).comparison(Comparison.BELOW)
                .quantity(Quantity.parse("4%")).deadline(end).baseline(Quantity.parse("17.11%")).build())
        .addChildren(Plan.builder().name("村1").scope(village).period(DateRange.ofYear(2016))
            .addTargets(Target.of(Indicators.PEOPLE_EXITED, village, Comparison.AT_LEAST, Quantity.parse("900 人"), end))
            .build())
        .build();
    assertThat(binder.read(binder.write(plan), Plan.class)).isEqualTo(plan);
    LocalDate d = LocalDate.of(2016, 7, 31);
    ProgressReport progress = plan.progress(List.of(
        Observation.of(Indicators.PEOPLE_EXITED, village, d, Quantity.parse("300 人")),
        Observation.of(Indicators.INCIDENCE, township, d, Quantity.parse("10%"))), d, 1);
    assertThat(binder.read(binder.write(progress), ProgressReport.class)).isEqualTo(progress);
    PlanReview review = plan.check();
    assertThat(review.checks()).isNotEmpty();
    assertThat(binder.read(binder.write(review), PlanReview.class)).isEqualTo(review);
    for (PlanCheck c : review.checks()) {
      assertThat(binder.read(binder.write(c), PlanCheck.class)).isEqualTo(c);
    }
  }
}
