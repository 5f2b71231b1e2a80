package org.tuopin.assist.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tuopin.assist.pairing.CadreId;
import org.tuopin.assist.pairing.Pairing;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Language;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Tristate;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.HouseholdId;

/** Monthly contact at the edges of months: the 31st, February, periods that start or end mid-month. */
class ContactRequirementTest {

  private static final RegionCode A1 = RegionCode.parse("320707105201");
  private static final RegionCode B1 = RegionCode.parse("320707106201");
  private static final CadreId HELPER = CadreId.of("c1");
  private static final HouseholdId HOME = HouseholdId.of("h1");
  private static final Pairing PAIR = Pairing.of(HOME, A1, HELPER);
  private static final ContactRequirement MONTHLY = ContactRequirement.monthly();

  private static Visit visit(String date) {
    return Visit.of(LocalDate.parse(date), HELPER, HOME, true);
  }

  private static PairCompliance check(ContactRequirement r, String period, Visit... visits) {
    return r.check(List.of(PAIR), ContactLog.of(List.of(visits)), DateRange.parse(period)).pairs().get(0);
  }

  @Test
  void test_aVisitOnThe31stCountsForItsOwnMonth() {
    PairCompliance c = check(MONTHLY, "2016-01-01/2016-03-31", visit("2016-01-31"), visit("2016-03-31"));
    assertThat(c.months()).containsExactly(Map.entry(YearMonth.of(2016, 1), MonthStatus.MET),
        Map.entry(YearMonth.of(2016, 2), MonthStatus.MISSED), Map.entry(YearMonth.of(2016, 3), MonthStatus.MET));
    assertThat(c.missed()).containsExactly(YearMonth.of(2016, 2));
    assertThat(c.isCompliant()).isFalse();
    assertThat(c.contacts()).isEqualTo(2);
  }

  @Test
  void test_twoVisitsInOneMonthDoNotCoverTheNext() {
    PairCompliance c = check(MONTHLY, "2016-01-01/2016-02-29", visit("2016-01-01"), visit("2016-01-31"));
    assertThat(c.missed()).containsExactly(YearMonth.of(2016, 2));
  }

  @Test
  void test_february_ofALeapYearEndsOnThe29th() {
    PairCompliance leap = check(MONTHLY, "2016-02-01/2016-02-29", visit("2016-02-29"));
    assertThat(leap.months()).containsExactly(Map.entry(YearMonth.of(2016, 2), MonthStatus.MET));
    PairCompliance common = check(MONTHLY, "2017-02-01/2017-02-28", visit("2017-02-28"));
    assertThat(common.months()).containsExactly(Map.entry(YearMonth.of(2017, 2), MonthStatus.MET));
    PairCompliance marchFirst = check(MONTHLY, "2017-02-01/2017-03-31", visit("2017-03-01"));
    assertThat(marchFirst.missed()).containsExactly(YearMonth.of(2017, 2));
  }

  @Test
  void test_aPeriodStartingMidMonth_judgesThePartMonthOnlyOnItsDays() {
    String period = "2016-03-15/2016-05-31";
    PairCompliance before = check(MONTHLY, period, visit("2016-03-14"), visit("2016-04-30"), visit("2016-05-01"));
    assertThat(before.months()).containsExactly(Map.entry(YearMonth.of(2016, 3), MonthStatus.PARTIAL),
        Map.entry(YearMonth.of(2016, 4), MonthStatus.MET), Map.entry(YearMonth.of(2016, 5), MonthStatus.MET));
    assertThat(before.isCompliant()).isTrue();
    assertThat(before.contacts()).isEqualTo(2);
    assertThat(before.monthsJudged()).isEqualTo(2);

    PairCompliance onTheFirstDay = check(MONTHLY, period, visit("2016-03-15"), visit("2016-04-30"), visit("2016-05-01"));
    assertThat(onTheFirstDay.months().get(YearMonth.of(2016, 3))).isEqualTo(MonthStatus.MET);
    assertThat(onTheFirstDay.monthsJudged()).isEqualTo(3);

    ContactRequirement strict = ContactRequirement.builder().partialMonths(PartialMonths.JUDGED).build();
    PairCompliance strictly = check(strict, period, visit("2016-03-14"), visit("2016-04-30"), visit("2016-05-01"));
    assertThat(strictly.missed()).containsExactly(YearMonth.of(2016, 3));
  }

  @Test
  void test_aPeriodEndingMidMonth_isNotYetMissedInItsLastMonth() {
    PairCompliance c = check(MONTHLY, "2016-01-01/2016-02-10", visit("2016-01-20"));
    assertThat(c.months()).containsEntry(YearMonth.of(2016, 2), MonthStatus.PARTIAL);
    assertThat(c.isCompliant()).isTrue();
    PairCompliance after = check(MONTHLY, "2016-01-01/2016-02-10", visit("2016-01-20"), visit("2016-02-11"));
    assertThat(after.contacts()).isEqualTo(1);
  }

  @Test
  void test_aPeriodWithinOneMonth() {
    PairCompliance c = check(MONTHLY, "2016-05-10/2016-05-20");
    assertThat(c.months()).containsExactly(Map.entry(YearMonth.of(2016, 5), MonthStatus.PARTIAL));
    assertThat(check(MONTHLY, "2016-05-10/2016-05-20", visit("2016-05-20")).months())
        .containsExactly(Map.entry(YearMonth.of(2016, 5), MonthStatus.MET));
  }

  @Test
  void test_unsignedVisitsAndOtherHelpersDoNotCount() {
    Visit unsigned = Visit.of(LocalDate.of(2016, 1, 10), HELPER, HOME, false);
    Visit byAnother = Visit.of(LocalDate.of(2016, 1, 11), CadreId.of("c2"), HOME, true);
    ComplianceReport report = MONTHLY.check(List.of(PAIR), ContactLog.of(List.of(unsigned, byAnother)),
        DateRange.ofMonth(YearMonth.of(2016, 1)));
    PairCompliance c = report.pairs().get(0);
    assertThat(c.isCompliant()).isFalse();
    assertThat(c.unsigned()).isEqualTo(1);
    assertThat(report.otherVisits()).isEqualTo(1);
    assertThat(report.unsignedVisits()).isEqualTo(1);
    assertThat(report.explain(Language.EN)).endsWith("contacts not signed 1\nvisits by others 1");

    ContactRequirement unsignedToo = ContactRequirement.builder().isSignatureRequired(false).build();
    assertThat(unsignedToo.check(List.of(PAIR), ContactLog.of(List.of(unsigned)), DateRange.ofMonth(YearMonth.of(2016, 1)))
        .pairs().get(0).isCompliant()).isTrue();
  }

  @Test
  void test_twiceAMonth() {
    ContactRequirement twice = ContactRequirement.builder().perMonth(2).build();
    assertThat(check(twice, "2016-01-01/2016-01-31", visit("2016-01-31")).isCompliant()).isFalse();
    assertThat(check(twice, "2016-01-01/2016-01-31", visit("2016-01-01"), visit("2016-01-31")).isCompliant()).isTrue();
    assertThat(twice.describe().zh()).isEqualTo("每月至少联系 2 次（须帮扶对象签字）");
    assertThatThrownBy(() -> ContactRequirement.builder().perMonth(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1: 0");
  }

  @Test
  void test_report_sumsPerRegionAndAgainstTheTarget() {
    Pairing other = Pairing.of(HouseholdId.of("h2"), B1, CadreId.of("c2"));
    ContactLog log = ContactLog.of(List.of(visit("2016-01-05"), visit("2016-02-05"),
        Visit.of(LocalDate.of(2016, 1, 6), CadreId.of("c2"), HouseholdId.of("h2"), true)));
    ComplianceReport report = MONTHLY.check(List.of(other, PAIR), log, DateRange.parse("2016-01-01/2016-02-29"));

    assertThat(report.pairs()).extracting(p -> p.pairing().household().toString()).containsExactly("h1", "h2");
    assertThat(report.nonCompliant()).extracting(p -> p.pairing().household().toString()).containsExactly("h2");
    ComplianceSummary all = report.summary();
    assertThat(all.pairRate()).contains(Ratio.of(1, 2));
    assertThat(all.monthRate()).contains(Ratio.of(3, 4));
    assertThat(report.byRegion(RegionLevel.TOWNSHIP)).hasSize(2);
    assertThat(report.summary(A1.at(RegionLevel.TOWNSHIP)).compliantPairs()).isEqualTo(1);
    assertThat(report.summary(B1).pairRate()).contains(Ratio.of(0, 1));
    assertThat(report.coverage().status()).isEqualTo(Tristate.NOT_MET);
    assertThat(report.explain(Language.ZH)).contains("每月至少联系 1 次（须帮扶对象签字），2016-01-01/2016-02-29",
        "达标结对 1 / 2（50.00%），达标月次 3 / 4（75.00%）", "✗ 每月联系达标率：要求 达到 100.00%，实际 50.00%（1 / 2）");
    assertThatThrownBy(() -> MONTHLY.check(List.of(PAIR, PAIR), log, DateRange.ofYear(2016)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'h1' twice");
  }

  @Test
  void test_visitCoverage_countsHouseholdsVisitedWithinThePeriod() {
    ContactLog log = ContactLog.of(List.of(visit("2016-01-31"),
        Visit.of(LocalDate.of(2016, 2, 1), CadreId.of("c2"), HouseholdId.of("h2"), false)));
    List<HouseholdId> poor = List.of(HOME, HouseholdId.of("h2"), HouseholdId.of("h3"));
    assertThat(Coverages.visited(poor, log, DateRange.ofYear(2016)).toString()).isEqualTo("visited 2/3 NOT_MET");
    assertThat(Coverages.visited(poor, log, DateRange.ofMonth(YearMonth.of(2016, 1))).covered()).isEqualTo(1);
    assertThat(Coverages.visited(List.of(HOME), log, DateRange.ofYear(2016)).status()).isEqualTo(Tristate.MET);
  }

  @Test
  void test_log_isOrderedAndFilteredByPeriod() {
    Visit late = visit("2016-03-01");
    Visit early = visit("2016-01-01");
    ContactLog log = ContactLog.of(List.of(late, early));
    assertThat(log).isEqualTo(ContactLog.of(List.of(early, late)));
    assertThat(log.visits()).containsExactly(early, late);
    assertThat(log.between(DateRange.parse("2016-02-01/2016-03-01")).visits()).containsExactly(late);
    assertThat(log.visits(HOME, CadreId.of("nobody"))).isEmpty();
    assertThat(log.households()).containsExactly(HOME);
    assertThat(log).hasToString("ContactLog{visits=2, 2016-01-01/2016-03-01}");
    assertThat(Visit.of(LocalDate.of(2016, 1, 1), HELPER, HOME, false)).hasToString("2016-01-01 c1→h1 (unsigned)");
  }
}
