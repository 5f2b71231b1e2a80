package org.tuopin.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.tuopin.plan.PlanFixtures.TOWNSHIP;
import static org.tuopin.plan.PlanFixtures.VILLAGES;
import static org.tuopin.plan.PlanFixtures.VILLAGE_CODES;
import static org.tuopin.plan.PlanFixtures.plan;
import static org.tuopin.plan.PlanFixtures.q;
import static org.tuopin.testing.Theories.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Units;
import org.tuopin.indicator.Aggregation;
import org.tuopin.indicator.Indicator;
import org.tuopin.indicator.Indicators;
import org.tuopin.registry.HouseholdId;

/** {@link TargetStatus} at a date: the edges of the period, the expected path and roll-ups. */
class ProgressTest {

  private static final LocalDate START = LocalDate.of(2016, 3, 1);
  private static final LocalDate DEADLINE = LocalDate.of(2016, 12, 31);
  private static final Indicator ROADS = Indicators.ROADS_HARDENED;

  /** 10.2 公里 hardened between 2016-03-01 and 2016-12-31. */
  private static Plan roads(Milestone... milestones) {
    return Plan.builder().name("乡").scope(TOWNSHIP).period(DateRange.of(START, DEADLINE))
        .addTargets(Target.of(ROADS, TOWNSHIP, Comparison.AT_LEAST, q("10.2 公里"), DEADLINE))
        .addMilestones(milestones).build();
  }

  private static Observation roadsAt(String date, String value) {
    return Observation.of(ROADS, TOWNSHIP, LocalDate.parse(date), q(value));
  }

  private static TargetProgress status(Plan p, LocalDate date, Observation... observations) {
    ProgressReport r = p.progress(List.of(observations), date);
    assertThat(r.rows()).hasSize(1);
    return r.rows().get(0);
  }

  // ------------------------------------------------------------------------------------- edges

  @Test
  public void test_beforeTheStart_isNotStarted() {
    TargetProgress r = status(roads(), START.minusDays(1), roadsAt("2016-02-01", "1 公里"));
    assertThat(r.status()).isEqualTo(TargetStatus.NOT_STARTED);
    assertThat(r.expected()).isEmpty();
    assertThat(r.actual()).contains(q("1 公里"));
    assertThat(r.gap()).isEmpty();
  }

  @Test
  public void test_onTheStart_expectsTheStartValue() {
    TargetProgress none = status(roads(), START);
    assertThat(none.status()).isEqualTo(TargetStatus.NO_DATA);
    assertThat(none.expected()).contains(q("0 公里"));
    TargetProgress zero = status(roads(), START, roadsAt("2016-03-01", "0 公里"));
    assertThat(zero.status()).isEqualTo(TargetStatus.ON_TRACK);
    assertThat(zero.gap()).contains(q("0 公里"));
  }

  @Test
  public void test_onTheDeadline_metIsAchieved_notMetIsMissed() {
    assertThat(status(roads(), DEADLINE, roadsAt("2016-12-31", "10.2 公里")).status()).isEqualTo(TargetStatus.ACHIEVED);
    TargetProgress missed = status(roads(), DEADLINE, roadsAt("2016-12-31", "10.1 公里"));
    assertThat(missed.status()).isEqualTo(TargetStatus.MISSED);
    assertThat(missed.expected()).contains(q("10.2 公里"));
    assertThat(missed.gap()).contains(q("-0.1 公里"));
    // the day before, the same value is only behind
    assertThat(status(roads(), DEADLINE.minusDays(1), roadsAt("2016-12-30", "10.1 公里")).status())
        .isEqualTo(TargetStatus.BEHIND);
  }

  @Test
  public void test_oneDayAfter_isJudgedAtTheDeadline() {
    LocalDate after = DEADLINE.plusDays(1);
    assertThat(status(roads(), after, roadsAt("2016-12-31", "10.2 公里")).status()).isEqualTo(TargetStatus.ACHIEVED);
    // reaching the target a day late does not achieve it
    TargetProgress late = status(roads(), after, roadsAt("2016-12-31", "9 公里"), roadsAt("2017-01-01", "10.2 公里"));
    assertThat(late.status()).isEqualTo(TargetStatus.MISSED);
    assertThat(late.actual()).contains(q("9 公里"));
    assertThat(late.actualDate()).contains(DEADLINE);
    // nothing reported by the deadline
    assertThat(status(roads(), after, roadsAt("2017-01-01", "10.2 公里")).status()).isEqualTo(TargetStatus.NO_DATA);
    // an early achievement stays achieved
    assertThat(status(roads(), after.plusYears(1), roadsAt("2016-10-01", "11 公里")).status())
        .isEqualTo(TargetStatus.ACHIEVED);
  }

  @Test
  public void test_achievedBeforeTheDeadline() {
    TargetProgress r = status(roads(), LocalDate.of(2016, 6, 1), roadsAt("2016-05-31", "10200 米"));
    assertThat(r.status()).isEqualTo(TargetStatus.ACHIEVED);
    assertThat(r.actual()).contains(q("10.2 公里"));
  }

  @Test
  public void test_observationsAfterTheDateAreIgnored() {
    TargetProgress r = status(roads(), LocalDate.of(2016, 6, 1), roadsAt("2016-05-01", "2 公里"),
        roadsAt("2016-06-02", "9 公里"));
    assertThat(r.actual()).contains(q("2 公里"));
    assertThat(r.actualDate()).contains(LocalDate.of(2016, 5, 1));
  }

  // ----------------------------------------------------------------------------- expected path

  @Test
  public void test_expected_isLinearWithoutMilestones() {
    // 2016-03-01 .. 2016-12-31 is 305 days; on 2016-07-31 (152 days in) 10.2 × 152/305 = 5.0832… → 5.09 (up)
    TargetProgress r = status(roads(), LocalDate.of(2016, 7, 31), roadsAt("2016-07-31", "5.09 公里"));
    assertThat(r.expected()).contains(q("5.09 公里"));
    assertThat(r.status()).isEqualTo(TargetStatus.ON_TRACK);
    assertThat(r.gap()).contains(q("0 公里"));
    TargetProgress behind = status(roads(), LocalDate.of(2016, 7, 31), roadsAt("2016-07-31", "5.08 公里"));
    assertThat(behind.status()).isEqualTo(TargetStatus.BEHIND);
    assertThat(behind.gap()).contains(q("-0.01 公里"));
  }

  @Test
  public void test_expected_followsTheMilestones() {
    // seed 000 §四: 5.2 km hardened by 2016-07-31
    Plan p = roads(Milestone.of(ROADS, TOWNSHIP, LocalDate.of(2016, 7, 31), Comparison.AT_LEAST, q("5.2 公里")));
    assertThat(status(p, LocalDate.of(2016, 7, 31), roadsAt("2016-07-31", "5.09 公里")).status())
        .isEqualTo(TargetStatus.BEHIND);
    TargetProgress on = status(p, LocalDate.of(2016, 7, 31), roadsAt("2016-07-31", "5.2 公里"));
    assertThat(on.status()).isEqualTo(TargetStatus.ON_TRACK);
    assertThat(on.expected()).contains(q("5.2 公里"));
    // after the milestone the path runs on to 10.2 by the deadline: 5.2 + 5 × 61/153 = 7.1934… → 7.20 (up)
    TargetProgress later = status(p, LocalDate.of(2016, 9, 30), roadsAt("2016-09-30", "7.2 公里"));
    assertThat(later.expected()).contains(q("7.2 公里"));
    // a share milestone: 30% of 10.2 km by 2016-07-31 is 3.06 km
    Plan share = roads(Milestone.of(ROADS, TOWNSHIP, LocalDate.of(2016, 7, 31), Comparison.AT_LEAST, q("30%")));
    assertThat(status(share, LocalDate.of(2016, 7, 31), roadsAt("2016-07-31", "3.06 公里")).expected())
        .contains(q("3.06 公里"));
  }

  @Test
  public void test_fallingTarget() {
    Target incidence = Target.builder().indicator(Indicators.INCIDENCE).scope(TOWNSHIP).comparison(Comparison.BELOW)
        .quantity(q("4%")).deadline(DEADLINE).baseline(q("14%")).build();
    Plan p = Plan.builder().name("乡").scope(TOWNSHIP).period(DateRange.of(START, DEADLINE)).addTargets(incidence).build();
    LocalDate mid = START.plusDays(150);
    // 14 − 10 × 150/305 = 9.0819… → 9.08 (down)
    TargetProgress on = status(p, mid, Observation.of(Indicators.INCIDENCE, TOWNSHIP, mid, q("9.08%")));
    assertThat(on.expected()).contains(q("9.08%"));
    assertThat(on.status()).isEqualTo(TargetStatus.ON_TRACK);
    assertThat(status(p, mid, Observation.of(Indicators.INCIDENCE, TOWNSHIP, mid, q("9.09%"))).status())
        .isEqualTo(TargetStatus.BEHIND);
    assertThat(status(p, mid, Observation.of(Indicators.INCIDENCE, TOWNSHIP, mid, q("3.9%"))).status())
        .isEqualTo(TargetStatus.ACHIEVED);
    assertThat(status(p, DEADLINE, Observation.of(Indicators.INCIDENCE, TOWNSHIP, mid, q("4%"))).status())
        .isEqualTo(TargetStatus.MISSED);
  }

  @Test
  public void test_aTargetWithoutStartValueStartsFromItsFirstObservation() {
    Target income = Target.of(Indicators.PER_CAPITA_NET_INCOME, TOWNSHIP, Comparison.AT_LEAST, q("4000 元"), DEADLINE);
    Plan p = Plan.builder().name("乡").scope(TOWNSHIP).period(DateRange.of(START, DEADLINE)).addTargets(income).build();
    Observation first = Observation.of(Indicators.PER_CAPITA_NET_INCOME, TOWNSHIP, LocalDate.of(2016, 3, 31), q("3000 元"));
    TargetProgress atFirst = status(p, LocalDate.of(2016, 3, 31), first);
    assertThat(atFirst.expected()).contains(q("3000 元"));
    assertThat(atFirst.status()).isEqualTo(TargetStatus.ON_TRACK);
    // from 3,000 on 03-31 to 4,000 on 12-31 (275 days): on 08-15 (137 days) 3,498.19 (up)
    TargetProgress later = status(p, LocalDate.of(2016, 8, 15), first,
        Observation.of(Indicators.PER_CAPITA_NET_INCOME, TOWNSHIP, LocalDate.of(2016, 8, 15), q("3400 元")));
    assertThat(later.expected()).contains(q("3498.19 元"));
    assertThat(later.status()).isEqualTo(TargetStatus.BEHIND);
  }

  // ---------------------------------------------------------------------------------- roll-ups

  @Test
  public void test_actualsRollUpThePlanTree() {
    Plan p = plan("乡", TOWNSHIP)
        .addTargets(Target.of(Indicators.PEOPLE_EXITED, TOWNSHIP, Comparison.AT_LEAST, q("800 人"), DEADLINE))
        .addChildren(PlanFixtures.village(0, Target.of(Indicators.PEOPLE_EXITED, VILLAGES.get(0), Comparison.AT_LEAST,
            q("500 人"), DEADLINE)))
        .build();
    LocalDate d = LocalDate.of(2016, 12, 31);
    Scope household = Scope.ofHousehold(VILLAGE_CODES.get(1), "3", HouseholdId.of("h1"));
    List<Observation> obs = List.of(
        Observation.of(Indicators.PEOPLE_EXITED, VILLAGES.get(0), LocalDate.of(2016, 11, 30), q("450 人")),
        Observation.of(Indicators.PEOPLE_EXITED, VILLAGES.get(0), LocalDate.of(2016, 10, 31), q("300 人")),
        Observation.of(Indicators.PEOPLE_EXITED, household, LocalDate.of(2016, 12, 20), q("4 人")),
        Observation.of(Indicators.PEOPLE_EXITED, Scope.ofGroup(VILLAGE_CODES.get(2), "1"), LocalDate.of(2016, 12, 1),
            q("346 人")),
        Observation.of(Indicators.PEOPLE_EXITED, Scope.of(PlanFixtures.COUNTY_CODE), LocalDate.of(2016, 12, 1),
            q("9999 人")));
    ProgressReport r = p.progress(obs, d, 1);
    TargetProgress township = r.rows().get(0);
    assertThat(township.actual()).contains(q("800 人"));
    assertThat(township.rolledUp()).isTrue();
    assertThat(township.actualDate()).contains(LocalDate.of(2016, 12, 20));
    assertThat(township.status()).isEqualTo(TargetStatus.ACHIEVED);
    TargetProgress village = r.rows().get(1);
    assertThat(village.actual()).contains(q("450 人"));
    assertThat(village.rolledUp()).isFalse();
    assertThat(village.status()).isEqualTo(TargetStatus.MISSED);
    // a direct observation at the township wins over the roll-up
    List<Observation> withDirect = new ArrayList<>(obs);
    withDirect.add(Observation.of(Indicators.PEOPLE_EXITED, TOWNSHIP, LocalDate.of(2016, 12, 31), q("790 人")));
    TargetProgress direct = p.progress(withDirect, d).rows().get(0);
    assertThat(direct.actual()).contains(q("790 人"));
    assertThat(direct.rolledUp()).isFalse();
    assertThat(p.progress(obs, d, 0).rows()).hasSize(1);
  }

  @Test
  public void test_clustersRollUpTheirMembers_andRatesTheirParts() {
    Scope nonPoor = Scope.ofCluster(VILLAGE_CODES.subList(2, 5));
    LocalDate d = LocalDate.of(2016, 6, 30);
    Plan p = plan("乡", TOWNSHIP)
        .addTargets(Target.of(Indicators.HOUSES_RENOVATED, nonPoor, Comparison.AT_LEAST, q("65 户"), DEADLINE),
            Target.of(Indicators.INCIDENCE, TOWNSHIP, Comparison.BELOW, q("4%"), DEADLINE),
            Target.of(Indicators.PER_CAPITA_NET_INCOME, TOWNSHIP, Comparison.AT_LEAST, q("4000 元"), DEADLINE))
        .build();
    List<Observation> obs = List.of(
        Observation.of(Indicators.HOUSES_RENOVATED, VILLAGES.get(2), d, q("20 户")),
        Observation.of(Indicators.HOUSES_RENOVATED, VILLAGES.get(4), d, q("15 户")),
        Observation.of(Indicators.HOUSES_RENOVATED, VILLAGES.get(0), d, q("99 户")),
        Observation.of(Indicators.REMAINING_POOR, VILLAGES.get(0), d, q("44 人")),
        Observation.of(Indicators.REMAINING_POOR, VILLAGES.get(1), d, q("45 人")),
        Observation.of(Indicators.RURAL_POPULATION, VILLAGES.get(0), d, q("2430 人")),
        Observation.of(Indicators.RURAL_POPULATION, VILLAGES.get(1), d, q("1860 人")),
        Observation.of(Indicators.PER_CAPITA_NET_INCOME, VILLAGES.get(0), d, q("5000 元")));
    ProgressReport r = p.progress(obs, d);
    assertThat(r.rows().get(0).actual()).contains(q("35 户"));
    // (44 + 45) / (2430 + 1860) = 2.0746 %
    assertThat(r.rows().get(1).actual()).contains(q("2.0746%"));
    assertThat(r.rows().get(1).status()).isEqualTo(TargetStatus.ACHIEVED);
    // per-capita income does not roll up
    assertThat(r.rows().get(2).actual()).isEmpty();
    assertThat(r.rows().get(2).status()).isEqualTo(TargetStatus.NO_DATA);
    assertThat(r.row(Indicators.INCIDENCE)).contains(r.rows().get(1));
    assertThat(r.row(Indicators.HOUSES_RENOVATED)).contains(r.rows().get(0));
    assertThat(r.row(Indicators.PEOPLE_EXITED)).isEmpty();
  }

  @Test
  public void test_maxAndMinRollUp() {
    Indicator worst = Indicator.of("worst_gap", "最大缺口", "largest gap", Units.PERSON, Aggregation.MAX);
    Indicator least = Indicator.of("least_income", "最低收入", "lowest income", Units.YUAN, Aggregation.MIN);
    Plan p = plan("乡", TOWNSHIP)
        .addTargets(Target.of(worst, TOWNSHIP, Comparison.AT_MOST, q("10 人"), DEADLINE),
            Target.of(least, TOWNSHIP, Comparison.AT_LEAST, q("3000 元"), DEADLINE))
        .build();
    LocalDate d = LocalDate.of(2016, 6, 30);
    ProgressReport r = p.progress(List.of(Observation.of(worst, VILLAGES.get(0), d, q("4 人")),
        Observation.of(worst, VILLAGES.get(1), d, q("12 人")), Observation.of(least, VILLAGES.get(0), d, q("3100 元")),
        Observation.of(least, VILLAGES.get(1), d, q("2900 元"))), d);
    assertThat(r.rows().get(0).actual()).contains(q("12 人"));
    assertThat(r.rows().get(1).actual()).contains(q("2900 元"));
  }

  // -------------------------------------------------------------------------------- properties

  @Test
  public void property_statusAgreesWithTheExactLinearPath() {
    // target 0 → T over the period; on track iff actual × span ≥ T × elapsed, exactly
    qt().forAll(longs().between(1, 100_000_000), longs().between(0, 304), longs().between(0, 100_000_000))
        .checkAssert((targetMetres, elapsed, actualMetres) -> {
          Plan p = Plan.builder().name("乡").scope(TOWNSHIP).period(DateRange.of(START, DEADLINE))
              .addTargets(Target.of(ROADS, TOWNSHIP, Comparison.AT_LEAST, Quantity.of(targetMetres, Units.METRE)
                  .to(Units.KILOMETRE), DEADLINE)).build();
          LocalDate date = START.plusDays(elapsed);
          TargetProgress r = status(p, date, Observation.of(ROADS, TOWNSHIP, date, Quantity.of(actualMetres, Units.METRE)));
          long span = ChronoUnit.DAYS.between(START, DEADLINE);
          BigInteger left = BigInteger.valueOf(actualMetres).multiply(BigInteger.valueOf(span));
          BigInteger right = BigInteger.valueOf(targetMetres).multiply(BigInteger.valueOf(elapsed));
          TargetStatus expected = actualMetres >= targetMetres ? TargetStatus.ACHIEVED
              : left.compareTo(right) >= 0 ? TargetStatus.ON_TRACK : TargetStatus.BEHIND;
          assertThat(r.status()).isEqualTo(expected);
          Quantity gap = r.gap().orElseThrow();
          assertThat(gap.signum() >= 0).isEqualTo(expected != TargetStatus.BEHIND);
          // the expected value is within one rounding step above the exact path
          BigDecimal exact = new BigDecimal(right).divide(BigDecimal.valueOf(span), 20, java.math.RoundingMode.HALF_EVEN)
              .movePointLeft(3);
          BigDecimal shown = r.expected().orElseThrow().to(Units.KILOMETRE).value();
          assertThat(shown.subtract(exact).compareTo(BigDecimal.ZERO)).isGreaterThanOrEqualTo(0);
          assertThat(shown.subtract(exact).compareTo(new BigDecimal("0.01"))).isLessThan(0);
        });
  }
}
