package org.tuopin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.tuopin.json.Binders.roundTrips;
import static org.tuopin.testing.Theories.qt;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.tuopin.assist.contact.ComplianceReport;
import org.tuopin.assist.contact.ComplianceSummary;
import org.tuopin.assist.contact.ContactRequirement;
import org.tuopin.assist.contact.Coverage;
import org.tuopin.assist.contact.PairCompliance;
import org.tuopin.assist.pairing.Pairing;
import org.tuopin.assist.pairing.PairingPlan;
import org.tuopin.assist.pairing.Shortfall;
import org.tuopin.assist.pairing.VillageLink;
import org.tuopin.json.Binders.Binder;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Unit;
import org.tuopin.indicator.Indicator;
import org.tuopin.plan.Breakdown;
import org.tuopin.plan.Funding;
import org.tuopin.plan.Milestone;
import org.tuopin.plan.Project;
import org.tuopin.plan.Scope;
import org.tuopin.plan.Subsidy;
import org.tuopin.procedure.CaseReport;
import org.tuopin.procedure.Procedure;
import org.tuopin.procedure.ProcedureCase;
import org.tuopin.procedure.Stage;
import org.tuopin.procedure.StageRecord;
import org.tuopin.registry.Registry;
import org.tuopin.village.Village;
import org.tuopin.report.ReportColumn;
import org.tuopin.report.ReportLabel;
import org.tuopin.report.RowAccount;
import org.tuopin.io.DataWarning;
import org.tuopin.io.IncompleteHousehold;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.io.RowError;
import org.tuopin.assist.pairing.PairingPlanner;
import org.tuopin.assist.pairing.QuotaPolicy;
import org.tuopin.basics.ConfidenceInterval;
import org.tuopin.basics.Ratio;
import org.tuopin.plan.cadence.Cadence;
import org.tuopin.plan.cadence.DueReport;
import org.tuopin.plan.cadence.ReportingCalendar;
import org.tuopin.plan.cadence.ReportingSchedule;
import org.tuopin.plan.cadence.ReportingSchedules;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.HouseholdTransition;
import org.tuopin.registry.TransitionCounts;
import org.tuopin.standard.ObservationRule;
import org.tuopin.assist.batch.BatchCounts;
import org.tuopin.assist.batch.BatchEntry;
import org.tuopin.assist.batch.BatchRoster;
import org.tuopin.assist.batch.BatchRule;
import org.tuopin.assist.batch.BatchSuggestion;
import org.tuopin.assist.batch.HouseholdFacts;
import org.tuopin.assist.batch.HouseholdPredicate;
import org.tuopin.assist.batch.StrategyTaxonomies;
import org.tuopin.assist.batch.StrategyTaxonomy;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.registry.Household;
import org.tuopin.region.RegionCode;
import org.tuopin.rollup.RegionStats;
import org.tuopin.village.CountyProfile;
import org.tuopin.village.CountySurvey;
import org.tuopin.village.VillageProfile;

/**
 * JSON round trips, under Jackson 2 and Jackson 3, of the bound value types beyond the
 * registry, assessments and plans of {@link JsonBindingTest}: villages, region figures and
 * profiles, the parts of a plan, strategy batches,
 * registries and their transitions, procedure cases and their reports, reporting calendars,
 * pairing results and compliance results, records of figures, import diagnostics.
 */
class ValueJsonTest {

  static final List<Binder> BINDERS = Binders.BOTH;

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_villagesAndRegistries_roundTrip(Binder binder) {
    roundTrips(binder, ValueGenerators.villages(), Village.class, 500);
    roundTrips(binder, ValueGenerators.registries(), Registry.class, 100);
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_regionFigures_andProfiles_roundTrip(Binder binder) {
    roundTrips(binder, ValueGenerators.regionStats(RegionCode.parse("511921105201")), RegionStats.class, 300);
    roundTrips(binder, ValueGenerators.countyStats(), RegionStats.class, 300);
    roundTrips(binder, ValueGenerators.villageProfiles(), VillageProfile.class, 300);
    roundTrips(binder, ValueGenerators.countyProfiles(), CountyProfile.class, 300);
    qt(100).forAll(ValueGenerators.countyProfiles()).checkAssert(p ->
        p.survey().ifPresent(s -> roundTrips(binder, s, CountySurvey.class)));
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_transitions_andTheirCounts_roundTrip(Binder binder) {
    qt(150).forAll(ValueGenerators.histories()).checkAssert(h -> {
      int first = h.years().first();
      int last = h.years().last();
      h.transitions(first, last).forEach(t -> roundTrips(binder, t, HouseholdTransition.class));
      h.counts(first, last, RegionLevel.COUNTY).values().forEach(c -> roundTrips(binder, c, TransitionCounts.class));
    });
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_reportingCalendars_roundTrip(Binder binder) {
    qt(100).forAll(ValueGenerators.dateRanges()).checkAssert(range -> {
      for (ReportingSchedule s : ReportingSchedules.all()) {
        roundTrips(binder, s, ReportingSchedule.class);
        s.cadences().forEach(c -> roundTrips(binder, c, Cadence.class));
        ReportingCalendar calendar = s.calendar(range);
        roundTrips(binder, calendar, ReportingCalendar.class);
        calendar.reports().forEach(r -> roundTrips(binder, r, DueReport.class));
      }
    });
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_recordsOfFigures_roundTrip(Binder binder) {
    qt(300).forAll(integers().between(0, 1_000), integers().between(1, 1_000), integers().between(2, 9))
        .checkAssert((k, n, years) -> {
          roundTrips(binder, ConfidenceInterval.wilson95(Ratio.of(Math.min(k, n), n)), ConfidenceInterval.class);
          roundTrips(binder, new ObservationRule(years), ObservationRule.class);
        });
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_importDiagnostics_roundTrip(Binder binder) throws IOException {
    roundTrips(binder, ValueGenerators.rowErrors(), RowError.class, 300);
    roundTrips(binder, ValueGenerators.dataWarnings(), DataWarning.class, 300);
    String header = "village_code,household_id,person_id,relation,sex,birth_date,id_number,income_year,wage_income,"
        + "business_income,property_income,transfer_income,business_expense,food,housing";
    RosterImport roster = RosterReader.create().read(new StringReader(header + "\n"
        + "511921105201,H1,P1,户主,女,1949-12-31,110105194912310021,2015,6000,1180,6000,4205,1000,是,1\n"
        + "511921105201,H1,P2,配偶,男,,,2015,6000,1180,6000,4205,1000,是,1\n"
        + "5119211052,H2,P3,户主,,,,2015,0,0,0,0,0,,\n"), "broken.csv");
    assertThat(roster.incomplete()).hasSize(2);
    roster.incomplete().forEach(i -> roundTrips(binder, i, IncompleteHousehold.class));
    roster.errors().forEach(e -> roundTrips(binder, e, RowError.class));
    roundTrips(binder, RowAccount.of(roster), RowAccount.class);
    roundTrips(binder, ReportLabel.NOT_COVERED, ReportLabel.class);
    roundTrips(binder, ReportColumn.number("per_capita", "人均纯收入", "per capita"), ReportColumn.class);
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_planParts_roundTrip(Binder binder) {
    roundTrips(binder, ValueGenerators.scopes(), Scope.class, 300);
    roundTrips(binder, ValueGenerators.ownUnits(), Unit.class, 50);
    roundTrips(binder, ValueGenerators.quantities(), Quantity.class, 500);
    qt(50).forAll(ValueGenerators.ownUnits()).checkAssert(u ->
        assertThat(binder.read(binder.write(u), Unit.class).symbol()).isEqualTo(u.symbol()));
    roundTrips(binder, ValueGenerators.indicators(), Indicator.class, 100);
    qt(100).forAll(ValueGenerators.indicators()).checkAssert(i -> {
      Indicator copy = binder.read(binder.write(i), Indicator.class);
      assertThat(copy.label()).isEqualTo(i.label());
      assertThat(copy.unit()).isEqualTo(i.unit());
      assertThat(copy.aggregation()).isEqualTo(i.aggregation());
      assertThat(copy.numerator()).isEqualTo(i.numerator());
    });
    roundTrips(binder, ValueGenerators.fundings(), Funding.class, 300);
    roundTrips(binder, ValueGenerators.subsidies(), Subsidy.class, 300);
    roundTrips(binder, ValueGenerators.projects(), Project.class, 300);
    roundTrips(binder, ValueGenerators.milestones(), Milestone.class, 300);
    roundTrips(binder, ValueGenerators.breakdowns(), Breakdown.class, 300);
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_procedures_roundTrip(Binder binder) {
    qt(200).forAll(ValueGenerators.procedureCases()).checkAssert(c -> {
      roundTrips(binder, c, ProcedureCase.class);
      roundTrips(binder, c.procedure(), Procedure.class);
      c.procedure().stages().forEach(s -> roundTrips(binder, s, Stage.class));
      c.records().forEach(r -> roundTrips(binder, r, StageRecord.class));
      roundTrips(binder, c.check(), CaseReport.class);
    });
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_batchResults_roundTrip(Binder binder) {
    qt(100).forAll(ValueGenerators.flaggedHouseholds()).checkAssert(flagged -> {
          HouseholdFacts facts = flagged.facts();
          List<Household> households = flagged.households();
          roundTrips(binder, facts, HouseholdFacts.class);
          for (StrategyTaxonomy t : StrategyTaxonomies.all()) {
            roundTrips(binder, t, StrategyTaxonomy.class);
            t.rules().forEach(r -> roundTrips(binder, r, BatchRule.class));
            households.forEach(h -> roundTrips(binder, t.suggest(h, facts), BatchSuggestion.class));
            BatchRoster roster = t.classify(households, facts);
            roundTrips(binder, roster, BatchRoster.class);
            roster.entries().forEach(e -> roundTrips(binder, e, BatchEntry.class));
            roundTrips(binder, roster.counts(), BatchCounts.class);
          }
        });
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_codeOfOnesOwn_isRefusedByName(Binder binder) {
    StrategyTaxonomy own = StrategyTaxonomies.FIVE_BATCHES.withRules(List.of());
    assertThatThrownBy(() -> binder.write(own)).hasStackTraceContaining("five_batches")
        .hasStackTraceContaining("cannot be written as JSON");
    BatchRule rule = BatchRule.of(HouseholdPredicate.of("own_predicate", Text.of("自定", "own"),
        (h, f) -> Tristate.MET), StrategyTaxonomies.FIVE_BATCHES.strategies().get(0));
    assertThatThrownBy(() -> binder.write(rule)).hasStackTraceContaining("own_predicate")
        .hasStackTraceContaining("cannot be written as JSON");
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_pairingResults_roundTrip(Binder binder) {
    qt(100).forAll(ValueGenerators.pairingPlans()).checkAssert(plan -> {
      roundTrips(binder, plan, PairingPlan.class);
      plan.pairs().forEach(p -> roundTrips(binder, p, Pairing.class));
      plan.links().forEach(l -> roundTrips(binder, l, VillageLink.class));
      roundTrips(binder, plan.shortfall(), Shortfall.class);
      roundTrips(binder, plan.coverage(), Coverage.class);
      roundTrips(binder, plan.policy(), QuotaPolicy.class);
      roundTrips(binder, PairingPlanner.builder().policy(plan.policy()).build(), PairingPlanner.class);
    });
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_complianceResults_roundTrip(Binder binder) {
    qt(100).forAll(ValueGenerators.complianceReports()).checkAssert(report -> {
      roundTrips(binder, report, ComplianceReport.class);
      roundTrips(binder, report.requirement(), ContactRequirement.class);
      report.pairs().forEach(p -> roundTrips(binder, p.pairing(), Pairing.class));
      roundTrips(binder, report.summary(), ComplianceSummary.class);
      roundTrips(binder, report.coverage(), Coverage.class);
      report.pairs().forEach(p -> roundTrips(binder, p, PairCompliance.class));
    });
  }
}
