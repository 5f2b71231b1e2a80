package org.tuopin.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuopin.plan.PlanFixtures.END;
import static org.tuopin.plan.PlanFixtures.TOWNSHIP;
import static org.tuopin.plan.PlanFixtures.VILLAGES;
import static org.tuopin.plan.PlanFixtures.atLeast;
import static org.tuopin.plan.PlanFixtures.plan;
import static org.tuopin.plan.PlanFixtures.q;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.time.YearMonth;
import org.tuopin.assist.batch.BatchSuggestion;
import org.tuopin.assist.batch.HouseholdFacts;
import org.tuopin.assist.batch.StrategyTaxonomies;
import org.tuopin.assist.contact.ComplianceReport;
import org.tuopin.assist.contact.ContactLog;
import org.tuopin.assist.contact.ContactRequirement;
import org.tuopin.assist.contact.Visit;
import org.tuopin.assist.pairing.Cadre;
import org.tuopin.assist.pairing.CadreId;
import org.tuopin.assist.pairing.Pairing;
import org.tuopin.assist.pairing.PairingPlan;
import org.tuopin.assist.pairing.PairingPlanner;
import org.tuopin.assist.pairing.QuotaPolicies;
import org.tuopin.assist.pairing.Ranks;
import org.tuopin.plan.cadence.DueReport;
import org.tuopin.plan.cadence.ReportingCalendar;
import org.tuopin.plan.cadence.ReportingSchedules;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Household;
import org.tuopin.report.Report;
import org.tuopin.report.Reports;
import org.tuopin.standard.StandardSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Language;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Units;
import org.tuopin.basics.Yuan;
import org.tuopin.indicator.Indicators;
import org.tuopin.procedure.CaseReport;
import org.tuopin.procedure.Outcome;
import org.tuopin.procedure.ProcedureCase;
import org.tuopin.procedure.Procedures;
import org.tuopin.procedure.Stage;
import org.tuopin.procedure.StageRecord;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.CriterionId;
import org.tuopin.standard.Finding;
import org.tuopin.standard.FindingValue;
import org.tuopin.standard.ObservationRule;
import org.tuopin.testing.Fixtures;

/**
 * A third language is a file: {@code org/tuopin/basics/messages_bo.properties} on the test
 * class path only, a placeholder Tibetan in which every value is the marker of its key
 * (⟪key⟫) and the frame's arguments. An assessment, findings of every kind of value, a plan
 * review, a progress report, a procedure case, a pairing plan, a contact compliance report, a
 * batch suggestion, a reporting calendar and a report's text table explain themselves wholly
 * from that file:
 * once the markers and the caller's own data (ids, names) are taken away, no letter is left,
 * so no Chinese or English text leaks from code.
 */
class ThirdLanguageTest {

  private static final Locale BO = Locale.forLanguageTag("bo");

  /** Asserts that every word of the text comes from the test bundle, or is one of the data given. */
  private static void assertWhollyFromTheFile(String text, String... data) {
    assertThat(text).contains("⟪");
    for (String line : text.split("\n", -1)) {
      String rest = line;
      for (String d : data) {
        rest = rest.replace(d, " ");
      }
      rest = rest.replaceAll("⟪[A-Za-z0-9_.]+⟫", " ");
      assertThat(rest).as("what is left of the line \"%s\"", line).doesNotContainPattern("\\p{L}");
    }
  }

  @Test
  void test_assessment() {
    Assessment<HouseholdId> a = Fixtures.exitStandard().assess(Fixtures.workedExampleHousehold());
    String bo = a.explain(BO);
    assertThat(bo.lines().count()).isEqualTo(a.explain(Language.EN).lines().count());
    assertThat(bo).startsWith("⟪assessment.heading⟫ " + a.subject() + " ⟪verdict." + a.verdict().name() + "⟫");
    assertWhollyFromTheFile(bo, a.subject().toString(), a.standard().toString());
  }

  @Test
  void test_findingsOfEveryKindOfValue() {
    List<Finding> findings = List.of(
        Finding.of(CriterionId.INCOME, Text.message("criterion.income"), Comparison.ABOVE,
            new FindingValue.Money(Yuan.of(2855)), Optional.of(new FindingValue.Money(Yuan.of(4096))), Tristate.MET),
        Finding.of(CriterionId.of("incidence"), Text.message("criterion.incidence"), Comparison.BELOW,
            new FindingValue.Rate(Ratio.ofPercent("2")), Optional.empty(), Tristate.UNKNOWN),
        Finding.of(CriterionId.of("area"), Indicators.cropArea("青花椒").label(), Comparison.AT_LEAST,
            new FindingValue.Amount(q("8700 亩")), Optional.of(new FindingValue.Amount(q("30%"))), Tristate.NOT_MET),
        Finding.of(CriterionId.of(Conditions.HOUSING.key()), Conditions.HOUSING.label(),
            new FindingValue.Fact(Tristate.MET), new FindingValue.Fact(Tristate.NOT_MET), Tristate.NOT_MET),
        new ObservationRule(2).finding(0, OptionalInt.of(2016)),
        new ObservationRule(2).finding(1, OptionalInt.of(2016)),
        new ObservationRule(3).finding(3, OptionalInt.of(2016)),
        new ObservationRule(2).undecided());
    for (Finding f : findings) {
      String bo = f.explain(BO);
      assertThat(bo).startsWith("⟪finding.line⟫ " + f.mark() + " ⟪");
      assertWhollyFromTheFile(bo, "青花椒");
    }
  }

  @Test
  void test_planReview() {
    Project.Builder roads = Project.builder().name(Text.of("组组通", "group roads"))
        .category(ProjectCategories.INFRASTRUCTURE).budget(q("10 亿元"))
        .schedule(DateRange.parse("2015-07-01/2016-12-31"))
        .addSubsidies(Subsidy.of(q("40 万元"), Units.KILOMETRE, q("2880 公里")))
        .addFunding(Funding.of("中央", q("11.52 亿元")));
    Plan p = plan("乡", TOWNSHIP).budget(q("3000 万元")).registeredHouseholds(100)
        .addTargets(atLeast(Indicators.PEOPLE_EXITED, TOWNSHIP, "800 人"),
            atLeast(Indicators.ROADS_HARDENED, TOWNSHIP, "10.2 公里"),
            Target.of(Indicators.PEOPLE_EXITED, TOWNSHIP, Comparison.AT_LEAST, q("900 人"), LocalDate.of(2017, 1, 1)))
        .addMilestones(Milestone.of(Indicators.ROADS_HARDENED, TOWNSHIP, LocalDate.of(2016, 4, 30), Comparison.AT_LEAST,
                q("6 公里")),
            Milestone.of(Indicators.ROADS_HARDENED, TOWNSHIP, LocalDate.of(2016, 7, 31), Comparison.AT_LEAST,
                q("5 公里")))
        .addProjects(roads.build())
        .addBreakdowns(Breakdown.of(Text.of("批次"), ImmutableMap.of("a", q("60 户"), "b", q("50 户"))))
        .addChildren(PlanFixtures.village(0, atLeast(Indicators.PEOPLE_EXITED, VILLAGES.get(0), "300 人")),
            PlanFixtures.village(1, atLeast(Indicators.PEOPLE_EXITED, VILLAGES.get(1), "400 人")))
        .build();
    PlanReview review = p.check();
    assertThat(review.problems()).hasSizeGreaterThan(4);
    String bo = review.explain(BO);
    assertThat(bo.lines().count()).isEqualTo(review.explain(Language.EN).lines().count());
    assertWhollyFromTheFile(bo, "乡", "村1", "村2", "group roads", "批次", " a ", " b ");
    assertWhollyFromTheFile(review.summary(BO));
    for (PlanCheck c : review.checks()) {
      assertThat(c.explain(BO)).startsWith("⟪plan.check.line⟫ " + c.finding().mark() + " ⟪CheckRule." + c.rule().name() + "⟫");
    }
  }

  @Test
  void test_progressReport() {
    Plan p = Plan.builder().name(Text.of("乡方案", "township plan")).scope(TOWNSHIP)
        .period(DateRange.parse("2016-03-01/2016-12-31"))
        .addTargets(atLeast(Indicators.PEOPLE_EXITED, TOWNSHIP, "800 人"),
            Target.builder().indicator(Indicators.INCIDENCE).scope(TOWNSHIP).comparison(Comparison.BELOW)
                .quantity(q("4%")).deadline(END).baseline(q("17.11%")).build(),
            atLeast(Indicators.ROADS_HARDENED, TOWNSHIP, "10 公里"))
        .addChildren(PlanFixtures.village(0, atLeast(Indicators.ROADS_HARDENED, VILLAGES.get(0), "4 公里")))
        .build();
    LocalDate d = LocalDate.of(2016, 7, 31);
    ProgressReport r = p.progress(List.of(Observation.of(Indicators.ROADS_HARDENED, VILLAGES.get(0), d, q("3 公里")),
        Observation.of(Indicators.INCIDENCE, TOWNSHIP, d, q("10%"))), d, 1);
    String bo = r.toTable(BO);
    assertThat(bo.lines().count()).isEqualTo(r.toTable(Language.EN).lines().count());
    assertWhollyFromTheFile(bo, "township plan", "村1");
  }

  @Test
  void test_procedureCase() {
    List<StageRecord> records = new ArrayList<>();
    LocalDate d = LocalDate.of(2014, 4, 1);
    for (Stage s : Procedures.IDENTIFICATION.stages()) {
      records.add(s.minimumDays().isPresent()
          ? StageRecord.ofPosting(s.key(), d, d.plusDays(2), "x", Outcome.PASSED)
          : StageRecord.of(s.key(), d, "x", Outcome.NOT_PASSED));
      d = d.plusDays(3);
    }
    records.remove(1);
    records.add(StageRecord.of("lottery", d, "x", Outcome.PASSED));
    Scope household = Scope.ofHousehold(PlanFixtures.VILLAGE_CODES.get(0), HouseholdId.of("h1"));
    CaseReport c = ProcedureCase.of(Procedures.IDENTIFICATION, household, records).check();
    assertThat(c.isComplete()).isFalse();
    String bo = c.explain(BO);
    assertThat(bo.lines().count()).isEqualTo(c.explain(Language.EN).lines().count());
    assertWhollyFromTheFile(bo, household.toString(), "identification", "lottery");
  }

  @Test
  void test_pairingPlan_withItsCoverageAndShortfall() {
    RegionCode a1 = RegionCode.parse("320707105201");
    List<Household> households = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      households.add(Fixtures.householdBuilder("a1-" + i, 3, 2016, Yuan.of(3000)).village(a1).build());
    }
    PairingPlan plan = PairingPlanner.builder().policy(QuotaPolicies.GANYU).addWeakVillages(RegionCode.parse(
        "320707106201")).build().plan(households, List.of(Cadre.of(CadreId.of("v"), Ranks.VILLAGE_CADRE, a1)));
    assertThat(plan.shortfall().isEmpty()).isFalse();
    String bo = plan.explain(BO);
    assertThat(bo.lines().count()).isEqualTo(plan.explain(Language.EN).lines().count());
    assertThat(bo).startsWith("⟪pairing.plan⟫ ⟪policy.ganyu⟫ 2 ⟪count⟫ ⟪Proximity.SAME_VILLAGE⟫ 2 1 0");
    assertWhollyFromTheFile(bo);
  }

  @Test
  void test_contactCompliance() {
    RegionCode a1 = RegionCode.parse("320707105201");
    CadreId helper = CadreId.of("c1");
    HouseholdId home = HouseholdId.of("h1");
    ContactLog log = ContactLog.of(List.of(Visit.of(LocalDate.of(2016, 1, 5), helper, home, true),
        Visit.of(LocalDate.of(2016, 2, 6), helper, home, false),
        Visit.of(LocalDate.of(2016, 2, 7), CadreId.of("c2"), home, true)));
    ComplianceReport report = ContactRequirement.monthly().check(List.of(Pairing.of(home, a1, helper)), log,
        DateRange.parse("2016-01-01/2016-02-29"));
    String bo = report.explain(BO);
    assertThat(bo.lines().count()).isEqualTo(report.explain(Language.EN).lines().count()).isEqualTo(5);
    assertThat(bo).startsWith("⟪contact.report⟫ ⟪contact.requirement.one⟫ 1 ⟪contact.requirement.signed⟫");
    assertWhollyFromTheFile(bo);
  }

  @Test
  void test_batchSuggestion() {
    Household h = Household.builder().from(Fixtures.workedExampleHousehold()).id(HouseholdId.of("h1")).build();
    BatchSuggestion s = StrategyTaxonomies.FIVE_BATCHES.suggest(h, HouseholdFacts.of(LocalDate.of(2016, 6, 30)));
    String bo = s.explain(BO);
    assertThat(bo).startsWith("⟪batch.suggestion⟫ h1 ⟪strategy.");
    assertWhollyFromTheFile(bo, "h1");
  }

  @Test
  void test_reportingCalendar() {
    ReportingCalendar calendar = ReportingSchedules.all().get(0).calendar(DateRange.parse("2016-01-01/2016-12-31"));
    LocalDate at = LocalDate.of(2016, 8, 15);
    java.util.Map<DueReport, LocalDate> submitted = java.util.Map.of(calendar.reports().get(0), LocalDate.of(2016, 3, 1));
    String bo = calendar.explain(at, submitted, BO);
    assertThat(bo.lines().count()).isEqualTo(calendar.explain(at, submitted, Language.EN).lines().count());
    assertWhollyFromTheFile(bo);
  }

  @Test
  void test_reportLabels() throws IOException {
    StandardSet standard = Fixtures.exitStandard();
    Report<?> report = Reports.households(List.of(standard.assess(Fixtures.workedExampleHousehold())), standard);
    StringBuilder bo = new StringBuilder();
    report.writeText(bo, BO);
    StringBuilder en = new StringBuilder();
    report.writeText(en, Language.EN);
    assertThat(bo.toString().lines().count()).isEqualTo(en.toString().lines().count());
    assertThat(bo.toString()).startsWith("⟪report.standard⟫ " + standard.id())
        .contains("⟪report.column.household_id⟫", "⟪report.column.per_capita_net_income⟫",
            "⟪report.total⟫ 1 ⟪report.unit.households⟫ ⟪count⟫ ⟪verdict.");
    assertWhollyFromTheFile(bo.toString(), standard.id().toString(), standard.name().en(),
        Fixtures.workedExampleHousehold().id().toString());
  }

  @Test
  void test_zhAndEnAreUnchangedByTheThirdFile() {
    Assessment<HouseholdId> a = Fixtures.exitStandard().assess(Fixtures.workedExampleHousehold());
    assertThat(a.explain(Locale.CHINA)).isEqualTo(a.explain(Language.ZH)).contains("人均纯收入").doesNotContain("⟪");
    assertThat(a.explain(Locale.UK)).isEqualTo(a.explain(Language.EN)).contains("per-capita net income")
        .doesNotContain("⟪");
  }
}
