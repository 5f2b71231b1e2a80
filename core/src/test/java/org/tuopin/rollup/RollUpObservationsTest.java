package org.tuopin.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Units;
import org.tuopin.basics.Yuan;
import org.tuopin.indicator.Indicator;
import org.tuopin.indicator.Indicators;
import org.tuopin.plan.Observation;
import org.tuopin.plan.Plan;
import org.tuopin.plan.ProgressReport;
import org.tuopin.plan.Scope;
import org.tuopin.plan.Target;
import org.tuopin.plan.TargetProgress;
import org.tuopin.plan.TargetStatus;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.ExitStatus;
import org.tuopin.registry.Household;
import org.tuopin.registry.Registry;
import org.tuopin.testing.Fixtures;

/** A roll-up keyed by indicator: recorded exits apart from eligibility, and plan observations. */
class RollUpObservationsTest {

  private static final RegionCode V1 = RegionCode.parse("511921105201");
  private static final RegionCode V2 = RegionCode.parse("511921105202");
  private static final RegionCode TOWNSHIP = RegionCode.parse("511921105000");
  private static final LocalDate DATE = LocalDate.of(2016, 12, 31);

  @Test
  public void test_recordedExits_areCountedApartFromEligibility() {
    RollUp r = RollUp.builder().village(V1, 1000).village(V2, 500)
        .household(V1, 4, true, false)   // eligible, not yet recorded as exited
        .household(V1, 3, false, true)   // recorded as exited, not eligible now
        .household(V2, 5, true, true)
        .build();
    RegionStats t = r.stats(TOWNSHIP).orElseThrow();
    assertThat(t.count(Indicators.EXIT_ELIGIBLE_PEOPLE)).hasValue(9);
    assertThat(t.count(Indicators.EXIT_ELIGIBLE_HOUSEHOLDS)).hasValue(2);
    assertThat(t.count(Indicators.PEOPLE_EXITED)).hasValue(8);
    assertThat(t.count(Indicators.HOUSEHOLDS_EXITED)).hasValue(2);
    assertThat(t.count(Indicators.REGISTERED_POOR)).hasValue(12);
    assertThat(t.count(Indicators.REMAINING_POOR)).hasValue(3);
    assertThat(t.count(Indicators.REMAINING_HOUSEHOLDS)).hasValue(1);
    assertThat(t.count(Indicators.RURAL_POPULATION)).hasValue(1500);
    assertThat(t.rate(Indicators.INCIDENCE)).contains(Ratio.of(3, 1500));
    assertThat(t.exitEligiblePeople()).isEqualTo(9);
  }

  @Test
  public void test_householdWithoutStatus_leavesExitsUnknownUpTheTree() {
    RollUp r = RollUp.builder().village(V1, 1000).village(V2, 500)
        .household(V1, 4, true).household(V2, 5, false, true).build();
    assertThat(r.stats(V1).orElseThrow().count(Indicators.PEOPLE_EXITED)).isEmpty();
    assertThat(r.stats(V2).orElseThrow().count(Indicators.PEOPLE_EXITED)).hasValue(5);
    assertThat(r.stats(TOWNSHIP).orElseThrow().count(Indicators.PEOPLE_EXITED)).isEmpty();
    assertThat(r.stats(TOWNSHIP).orElseThrow().count(Indicators.EXIT_ELIGIBLE_PEOPLE)).hasValue(4);
    assertThat(RegionStats.of(V1, OptionalLong.of(10), 1, 2, 0, 0).count(Indicators.HOUSEHOLDS_EXITED)).isEmpty();
  }

  @Test
  public void test_householdsOfARegistry_exitedByTheirRecordedStatus() {
    List<Household> hs = new ArrayList<>();
    hs.add(household("h1", 4, ExitStatus.EXITED_WITH_POLICY));
    hs.add(household("h2", 3, ExitStatus.EXITED));
    hs.add(household("h3", 2, ExitStatus.RETURNED));
    hs.add(household("h4", 5, ExitStatus.NOT_EXITED));
    hs.add(Fixtures.householdBuilder("h5", 1, 2015, Yuan.of(3000)).build());
    Registry registry = Registry.of(2016, hs);
    RollUp.Builder b = RollUp.builder();
    registry.households().forEach(h -> b.household(h, false));
    RegionStats v = b.build().stats(Fixtures.VILLAGE).orElseThrow();
    assertThat(v.count(Indicators.PEOPLE_EXITED)).hasValue(7);
    assertThat(v.count(Indicators.HOUSEHOLDS_EXITED)).hasValue(2);
    assertThat(v.registeredPoor()).isEqualTo(15);
    assertThat(v.remainingPoor()).isEqualTo(15);
  }

  private static Household household(String id, int size, ExitStatus status) {
    return Fixtures.householdBuilder(id, size, 2015, Yuan.of(3000)).exitStatus(status).build();
  }

  @Test
  public void test_indicators_andWhatARollUpDoesNotCount() {
    assertThat(RegionStats.indicators()).contains(Indicators.PEOPLE_EXITED, Indicators.RURAL_POPULATION,
        Indicators.INCIDENCE).doesNotHaveDuplicates();
    RegionStats s = RegionStats.of(V1, OptionalLong.of(10), 1, 2, 0, 0);
    assertThatIllegalArgumentException().isThrownBy(() -> s.count(Indicators.INCIDENCE))
        .withMessageContaining("incidence is a rate");
    assertThatIllegalArgumentException().isThrownBy(() -> s.rate(Indicators.REMAINING_POOR))
        .withMessageContaining("remaining_poor is a count");
    assertThatIllegalArgumentException().isThrownBy(() -> s.count(Indicators.ROADS_BUILT))
        .withMessageContaining("roads_built").withMessageContaining("people_exited");
    assertThatIllegalArgumentException().isThrownBy(() -> s.rate(Indicators.INSURANCE_COVERAGE))
        .withMessageContaining("insurance_coverage");
    assertThatIllegalArgumentException().isThrownBy(() -> s.withExited(2, 1)).withMessageContaining("2/1");
    assertThatNullPointerException().isThrownBy(() -> s.toObservations(null)).withMessage("date");
  }

  @Test
  public void test_toObservations_oneForEachKnownCount_inItsUnit() {
    RollUp r = RollUp.builder().village(V1, 1000).household(V1, 4, true, false).household(V2, 3, false).build();
    List<Observation> v1 = r.stats(V1).orElseThrow().toObservations(DATE);
    assertThat(v1).extracting(Observation::indicator).containsExactly(Indicators.RURAL_POPULATION,
        Indicators.REGISTERED_HOUSEHOLDS, Indicators.REGISTERED_POOR, Indicators.REMAINING_HOUSEHOLDS,
        Indicators.REMAINING_POOR, Indicators.EXIT_ELIGIBLE_HOUSEHOLDS, Indicators.EXIT_ELIGIBLE_PEOPLE,
        Indicators.HOUSEHOLDS_EXITED, Indicators.PEOPLE_EXITED);
    assertThat(v1).allSatisfy(o -> {
      assertThat(o.scope()).isEqualTo(Scope.of(V1));
      assertThat(o.date()).isEqualTo(DATE);
    });
    assertThat(v1.get(0).value()).isEqualTo(Quantity.of(1000, Units.PERSON));
    assertThat(v1.get(1).value()).isEqualTo(Quantity.of(1, Units.HOUSEHOLD));
    // V2 has no population on file and a household without its exit status
    assertThat(r.stats(V2).orElseThrow().toObservations(DATE)).extracting(Observation::indicator)
        .doesNotContain(Indicators.RURAL_POPULATION, Indicators.PEOPLE_EXITED, Indicators.HOUSEHOLDS_EXITED);
    assertThat(r.observations(DATE)).hasSize(r.all().stream().mapToInt(s -> s.toObservations(DATE).size()).sum());
  }

  /**
   * A township plans 100 people exited in 2016. At 2016-06-30 the registry's roll-up records
   * 35 exited: behind the 49.59 expected, although 70 are eligible to exit (which would be on
   * track). The incidence target is tracked from the rolled-up remaining poor and population.
   */
  @Test
  public void test_planTarget_trackedFromARollUp() {
    Scope township = Scope.of(TOWNSHIP);
    LocalDate end = LocalDate.of(2016, 12, 31);
    Indicator exited = Indicators.PEOPLE_EXITED;
    Plan plan = Plan.builder().name("乡脱贫计划").scope(township).period(DateRange.of(LocalDate.of(2016, 1, 1), end))
        .addTargets(Target.of(exited, township, Comparison.AT_LEAST, Quantity.of(100, Units.PERSON), end))
        .addTargets(Target.of(Indicators.INCIDENCE, township, Comparison.AT_MOST, Quantity.parse("5%"), end))
        .build();

    RollUp.Builder b = RollUp.builder().village(V1, 600).village(V2, 400);
    for (int i = 0; i < 10; i++) {
      b.household(V1, 5, true, i < 5);      // 50 eligible, 25 exited
      b.household(V2, 5, i < 4, i < 2);     // 20 eligible, 10 exited
    }
    LocalDate mid = LocalDate.of(2016, 6, 30);
    ProgressReport report = plan.progress(b.build().observations(mid), mid);
    TargetProgress people = report.row(exited).orElseThrow();
    assertThat(people.actual()).contains(Quantity.of(35, Units.PERSON));
    assertThat(people.actualDate()).contains(mid);
    assertThat(people.rolledUp()).isFalse();
    assertThat(people.expected()).contains(Quantity.parse("49.59 人"));
    assertThat(people.status()).isEqualTo(TargetStatus.BEHIND);

    TargetProgress incidence = report.row(Indicators.INCIDENCE).orElseThrow();
    // 30 remaining poor (not eligible to exit) over 1,000 people
    assertThat(incidence.actual().orElseThrow().compareTo(Quantity.parse("3%"))).isZero();
    assertThat(incidence.status()).isEqualTo(TargetStatus.ACHIEVED);

    RollUp.Builder later = RollUp.builder().village(V1, 600).village(V2, 400);
    for (int i = 0; i < 10; i++) {
      later.household(V1, 5, true, true).household(V2, 5, true, true);
    }
    TargetProgress done = plan.progress(later.build().observations(end), end).row(exited).orElseThrow();
    assertThat(done.actual()).contains(Quantity.of(100, Units.PERSON));
    assertThat(done.status()).isEqualTo(TargetStatus.ACHIEVED);
  }
}
