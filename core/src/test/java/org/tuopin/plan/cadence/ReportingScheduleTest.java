package org.tuopin.plan.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Language;
import org.tuopin.basics.NotFoundException;
import org.tuopin.basics.Text;

/** Seed 001's 一月一调度，半年一督查，一年一考核: the calendar of a period and what is due or overdue. */
class ReportingScheduleTest {

  private static final ReportingSchedule CHANGSHA = ReportingSchedules.CHANGSHA;
  private static final Cadence DISPATCH = CHANGSHA.cadence("dispatch");
  private static final Cadence INSPECTION = CHANGSHA.cadence("inspection");
  private static final Cadence ASSESSMENT = CHANGSHA.cadence("assessment");

  @Test
  void test_changsha_isReadFromItsDataWithItsSource() {
    assertThat(ReportingSchedules.all()).containsExactly(CHANGSHA);
    assertThat(CHANGSHA.name().zh()).isEqualTo("一月一调度，半年一督查，一年一考核");
    assertThat(CHANGSHA.cadences()).extracting(Cadence::months).containsExactly(1, 6, 12);
    assertThat(CHANGSHA.cadences()).extracting(c -> c.label().zh()).containsExactly("调度", "督查", "考核");
    assertThat(CHANGSHA.cadences()).extracting(Cadence::graceDays).containsOnly(0);
    assertThat(CHANGSHA.provenance().orElseThrow().source()).startsWith("Seed 001").contains("一月一调度");
    assertThatThrownBy(() -> ReportingSchedules.of("beijing")).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("'beijing'").hasMessageContaining("[changsha]");
    assertThatThrownBy(() -> CHANGSHA.cadence("weekly")).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("dispatch, inspection, assessment");
  }

  @Test
  void test_calendar_ofTheThreeYearsOfThePlan() {
    ReportingCalendar calendar = CHANGSHA.calendar(DateRange.parse("2015-01-01/2017-12-31"));
    assertThat(calendar.reports(DISPATCH)).hasSize(36);
    assertThat(calendar.reports(INSPECTION)).extracting(r -> r.period().toString()).containsExactly(
        "2015-01-01/2015-06-30", "2015-07-01/2015-12-31", "2016-01-01/2016-06-30", "2016-07-01/2016-12-31",
        "2017-01-01/2017-06-30", "2017-07-01/2017-12-31");
    assertThat(calendar.reports(ASSESSMENT)).extracting(DueReport::dueDate)
        .containsExactly(LocalDate.of(2015, 12, 31), LocalDate.of(2016, 12, 31), LocalDate.of(2017, 12, 31));
    assertThat(calendar.reports()).hasSize(45);
    assertThat(calendar.reports().subList(5, 9)).extracting(DueReport::toString).containsExactly(
        "dispatch 2015-06-01/2015-06-30 due 2015-06-30", "inspection 2015-01-01/2015-06-30 due 2015-06-30",
        "dispatch 2015-07-01/2015-07-31 due 2015-07-31", "dispatch 2015-08-01/2015-08-31 due 2015-08-31");
  }

  @Test
  void test_calendar_ofAPeriodStartingMidYearHoldsWholeCalendarPeriods() {
    ReportingCalendar calendar = CHANGSHA.calendar(DateRange.parse("2016-02-15/2016-08-10"));
    assertThat(calendar.reports(DISPATCH)).extracting(r -> r.period().start().getMonthValue())
        .containsExactly(2, 3, 4, 5, 6, 7, 8);
    assertThat(calendar.reports(DISPATCH).get(0).period()).isEqualTo(DateRange.parse("2016-02-01/2016-02-29"));
    assertThat(calendar.reports(INSPECTION)).extracting(r -> r.period().toString())
        .containsExactly("2016-01-01/2016-06-30", "2016-07-01/2016-12-31");
    assertThat(calendar.reports(ASSESSMENT)).hasSize(1);
    assertThat(calendar.report(DISPATCH, LocalDate.of(2016, 2, 29)).orElseThrow().dueDate())
        .isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(calendar.report(DISPATCH, LocalDate.of(2016, 9, 1))).isEmpty();
  }

  @Test
  void test_status_dueOnTheLastDayThenOverdueUnlessSubmitted() {
    ReportingCalendar calendar = CHANGSHA.calendar(DateRange.ofYear(2016));
    DueReport january = calendar.report(DISPATCH, LocalDate.of(2016, 1, 15)).orElseThrow();
    DueReport february = calendar.report(DISPATCH, LocalDate.of(2016, 2, 15)).orElseThrow();
    DueReport firstHalf = calendar.report(INSPECTION, LocalDate.of(2016, 3, 1)).orElseThrow();
    Map<DueReport, LocalDate> submitted = new HashMap<>();
    submitted.put(january, LocalDate.of(2016, 2, 3));

    assertThat(january.status(LocalDate.of(2016, 1, 30), java.util.Optional.empty())).isEqualTo(ReportStatus.UPCOMING);
    assertThat(january.status(LocalDate.of(2016, 1, 31), java.util.Optional.empty())).isEqualTo(ReportStatus.DUE);
    assertThat(january.status(LocalDate.of(2016, 2, 1), java.util.Optional.empty())).isEqualTo(ReportStatus.OVERDUE);

    LocalDate at = LocalDate.of(2016, 2, 29);
    assertThat(calendar.due(at, submitted)).containsExactly(february);
    assertThat(calendar.overdue(at, submitted)).isEmpty();
    Map<DueReport, ReportStatus> status = calendar.status(at, submitted);
    assertThat(status.get(january)).isEqualTo(ReportStatus.SUBMITTED_LATE);
    assertThat(status.get(firstHalf)).isEqualTo(ReportStatus.UPCOMING);
    assertThat(calendar.status(LocalDate.of(2016, 2, 2), submitted).get(january)).isEqualTo(ReportStatus.OVERDUE);

    assertThat(calendar.overdue(LocalDate.of(2016, 7, 1), submitted)).hasSize(6).contains(firstHalf)
        .doesNotContain(january);
    assertThat(calendar.explain(LocalDate.of(2016, 7, 1), submitted, Language.ZH))
        .contains("督查 2016-01-01/2016-06-30 截止 2016-06-30  逾期未报", "逾期未报 6");
  }

  @Test
  void test_graceDaysMoveTheDueDate() {
    ReportingSchedule monthly = ReportingSchedule.builder().key("monthly").name(Text.of("月报", "monthly report"))
        .addCadences(Cadence.of("report", Text.of("月报", "report"), 1, 5)).build();
    DueReport january = monthly.calendar(DateRange.ofYear(2016)).reports().get(0);
    assertThat(january.dueDate()).isEqualTo(LocalDate.of(2016, 2, 5));
    assertThat(january.status(LocalDate.of(2016, 2, 5), java.util.Optional.empty())).isEqualTo(ReportStatus.DUE);
    assertThat(january.status(LocalDate.of(2016, 2, 6), java.util.Optional.of(LocalDate.of(2016, 2, 5))))
        .isEqualTo(ReportStatus.SUBMITTED);
    assertThat(january.status(LocalDate.of(2016, 2, 4), java.util.Optional.of(LocalDate.of(2016, 2, 5))))
        .isEqualTo(ReportStatus.DUE);
  }

  @Test
  void test_quarterlyPeriodsAlignOnTheYear() {
    ReportingSchedule quarterly = ReportingSchedule.builder().key("q").name(Text.of("季报"))
        .addCadences(Cadence.of("quarter", Text.of("季报", "quarterly"), 3, 0)).build();
    assertThat(quarterly.calendar(DateRange.parse("2016-05-20/2016-07-01")).reports())
        .extracting(r -> r.period().toString()).containsExactly("2016-04-01/2016-06-30", "2016-07-01/2016-09-30");
  }

  @Test
  void test_cadencesAndSchedulesAreChecked() {
    assertThatThrownBy(() -> Cadence.of("odd", Text.of("x"), 5, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cadence odd must cover 1, 2, 3, 4, 6 or 12 months, not 5");
    assertThatThrownBy(() -> Cadence.of("late", Text.of("x"), 1, -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> ReportingSchedule.builder().key("s").name(Text.of("s")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one cadence");
    assertThatThrownBy(() -> ReportingSchedule.builder().key("s").name(Text.of("s")).addCadences(DISPATCH, DISPATCH).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'dispatch' twice");
  }
}
