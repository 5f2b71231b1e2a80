package org.tuopin.json;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.tuopin.assist.contact.ComplianceReport;
import org.tuopin.assist.contact.ContactLog;
import org.tuopin.assist.contact.ContactRequirement;
import org.tuopin.assist.contact.PartialMonths;
import org.tuopin.assist.contact.Visit;
import org.tuopin.assist.pairing.PairingPlan;
import org.tuopin.assist.pairing.PairingPlanner;
import org.tuopin.assist.pairing.QuotaPolicies;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Unit;
import org.tuopin.basics.Units;
import org.tuopin.basics.YearRange;
import org.tuopin.indicator.Aggregation;
import org.tuopin.indicator.Indicator;
import org.tuopin.indicator.Indicators;
import org.tuopin.plan.Breakdown;
import org.tuopin.plan.Funding;
import org.tuopin.plan.Milestone;
import org.tuopin.plan.Project;
import org.tuopin.plan.ProjectCategories;
import org.tuopin.plan.ProjectCategory;
import org.tuopin.plan.Scope;
import org.tuopin.plan.Subsidy;
import org.tuopin.procedure.Outcome;
import org.tuopin.procedure.Procedure;
import org.tuopin.procedure.ProcedureCase;
import org.tuopin.procedure.Procedures;
import org.tuopin.procedure.Purpose;
import org.tuopin.procedure.Stage;
import org.tuopin.procedure.StageKind;
import org.tuopin.procedure.StageRecord;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Household;
import org.tuopin.registry.Registry;
import org.tuopin.testing.AssistGenerators;
import org.tuopin.testing.Generators;
import org.tuopin.testing.PlanGenerators;
import org.tuopin.village.Facilities;
import org.tuopin.village.Facility;
import org.tuopin.village.Village;
import org.tuopin.io.DataCheck;
import org.tuopin.io.DataWarning;
import org.tuopin.io.RowError;
import org.tuopin.assist.batch.HouseholdFacts;
import org.tuopin.assist.batch.HouseholdFlag;
import org.tuopin.assist.batch.HouseholdFlags;
import java.math.BigDecimal;
import org.tuopin.measure.GrowthScenario;
import org.tuopin.registry.ExitStatus;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.RegistryHistory;
import java.util.OptionalLong;
import org.tuopin.rollup.RegionStats;
import org.tuopin.village.CountyProfile;
import org.tuopin.village.CountySurvey;
import org.tuopin.village.VillageProfile;
import org.tuopin.basics.Yuan;
import org.tuopin.registry.Condition;
import org.tuopin.registry.Conditions;
import org.tuopin.standard.IncomeLine;
import org.tuopin.standard.Provenance;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSetBuilder;
import org.tuopin.standard.Threshold;
import org.tuopin.standard.ThresholdKey;

/**
 * Generators of the bound value types that {@code org.tuopin.testing} does not generate: the
 * parts of a plan, villages, registries, procedure cases, pairing plans and compliance
 * reports, standard sets. Each is built through the library's own factories and builders, so every
 * generated value passes the value's checks.
 */
final class ValueGenerators {

  /** The income years of generated households. */
  static final YearRange YEARS = YearRange.of(2014, 2019);

  private static final List<RegionCode> PLACES = List.of(RegionCode.parse("511921"),
      RegionCode.parse("511921105000"), RegionCode.parse("511921105201"), RegionCode.parse("511921105202"));

  private static final Indicator OWN = Indicator.of("income_growth", "人均增收", "income growth", Units.YUAN,
      Aggregation.NONE);

  private static final Indicator OWN_COUNT = Indicator.of("wells_dug", "打井", "wells dug", Units.ITEM,
      Aggregation.SUM);

  private static final List<Indicator> INDICATORS = List.of(Indicators.PEOPLE_EXITED,
      Indicators.HOUSEHOLDS_EXITED, Indicators.INCIDENCE, Indicators.REMAINING_POOR, Indicators.cropArea("青花椒"),
      Indicators.livestock("林下土鸡", Units.ANIMAL), Indicator.of("mushroom_logs", "菌棒", "mushroom logs",
          Unit.of("stick", "棒", "sticks"), Aggregation.SUM), OWN, OWN_COUNT.withQualifier("深井"), Indicator.ofRate("well_rate", "井覆盖率", "well coverage", OWN_COUNT,
          Indicator.of("wells_needed", "需井", "wells needed", Units.ITEM, Aggregation.SUM)));

  private static final List<Facility> FACILITIES = List.of(Facilities.ROAD, Facilities.WATER, Facilities.ELECTRICITY,
      Facilities.CLINIC, Facilities.BROADBAND, Facilities.CULTURE_ROOM);

  private static final List<ProjectCategory> CATEGORIES = List.of(ProjectCategories.INDUSTRY,
      ProjectCategories.INFRASTRUCTURE, ProjectCategories.HOUSING, ProjectCategories.EDUCATION);

  private static final List<Unit> MONEY = List.of(Units.YUAN, Units.WAN_YUAN);

  private static final List<Unit> LENGTHS = List.of(Units.METRE, Units.KILOMETRE);

  /** Thresholds of every kind, some by zone, as the standards module files them. */
  private static final String THRESHOLDS = """
      key,comparison,value,unit,confirmed,source
      village_incidence_east,below,2,percent,true,"意见(2016): 贫困发生率降至2%以下"
      village_incidence_central,below,2,percent,true,"意见(2016): 贫困发生率降至2%以下"
      village_incidence_west,below,3,percent,true,"意见(2016): 西部地区降至3%以下"
      county_incidence,below,2,percent,false,county
      county_wrong_exit_rate,at_most,2,percent,true,"评估检查: 错退率 ≤ 2%"
      county_missed_rate,at_most,2,percent,true,漏评率
      county_approval_rate,at_least,90,percent,true,认可度
      village_collective_income,at_least,150000,yuan,true,"Seed 003 §三.2: 村年集体经营性收入达到15万元"
      village_disposable_income,above,4000,yuan,false,disposable
      observation_years,at_least,2,years,false,observation
      """;

  private ValueGenerators() {
  }

  private static <T> Optional<T> maybe(Gen<T> gen, RandomnessSource in) {
    return booleans().all().generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  private static int between(int min, int max, RandomnessSource in) {
    return integers().between(min, max).generate(in);
  }

  private static Quantity quantity(List<Unit> units, RandomnessSource in) {
    return Quantity.of(PlanGenerators.decimals(2).generate(in), Generate.pick(units).generate(in));
  }

  /**
   * Bilingual names, sometimes the same text in both languages.
   *
   * @return the generator, not null
   */
  static Gen<Text> texts() {
    Gen<String> zh = Generate.pick(List.of("通村路", "产业路", "“1+6”方案", "易地搬迁", "青花椒, 基地"));
    Gen<String> en = Generate.pick(List.of("village road", "industry road", "\"1+6\" plan", "relocation"));
    return in -> booleans().all().generate(in) ? Text.of(zh.generate(in)) : Text.of(zh.generate(in), en.generate(in));
  }

  /**
   * Scopes of a region, a cluster, a group, a household or an organisation.
   *
   * @return the generator, not null
   */
  static Gen<Scope> scopes() {
    RegionCode v1 = PLACES.get(2);
    RegionCode v2 = PLACES.get(3);
    return in -> switch (between(0, 4, in)) {
      case 0 -> Scope.of(Generate.pick(PLACES).generate(in));
      case 1 -> Scope.ofCluster(v1, v2);
      case 2 -> Scope.ofGroup(v1, Integer.toString(between(1, 9, in)));
      case 3 -> Scope.ofHousehold(v2, Generators.householdIds().generate(in));
      default -> Scope.ofOrganisation(PLACES.get(0), "县林业局");
    };
  }

  /**
   * Villages with every optional fact present or absent.
   *
   * @return the generator, not null
   */
  static Gen<Village> villages() {
    return in -> {
      Village.Builder b = Village.builder().code(Generators.villageCodes().generate(in))
          .population(between(0, 5_000, in));
      maybe(Generate.pick(List.of("新民村", "团结村", "Xinmin")), in).ifPresent(b::name);
      maybe(integers().between(0, 1_500), in).ifPresent(n -> b.households(n));
      maybe(Generators.nonNegativeYuan(200_000), in).ifPresent(b::collectiveIncome);
      maybe(Generators.nonNegativeYuan(20_000), in).ifPresent(b::disposableIncome);
      Map<Facility, Tristate> facilities = new LinkedHashMap<>();
      for (Facility f : FACILITIES) {
        maybe(Generators.tristates(), in).ifPresent(t -> facilities.put(f, t));
      }
      return b.facilities(facilities).build();
    };
  }

  /**
   * Funding lines of money.
   *
   * @return the generator, not null
   */
  static Gen<Funding> fundings() {
    return in -> Funding.of(texts().generate(in), quantity(MONEY, in));
  }

  /**
   * Subsidies paid per length on a length, with or without a purpose.
   *
   * @return the generator, not null
   */
  static Gen<Subsidy> subsidies() {
    return in -> {
      Subsidy.Builder b = Subsidy.builder().rate(quantity(MONEY, in)).per(Generate.pick(LENGTHS).generate(in))
          .quantity(quantity(LENGTHS, in));
      maybe(texts(), in).ifPresent(b::purpose);
      return b.build();
    };
  }

  /**
   * Projects with every optional part present or absent.
   *
   * @return the generator, not null
   */
  static Gen<Project> projects() {
    return in -> {
      Project.Builder b = Project.builder().name(texts().generate(in))
          .category(Generate.pick(CATEGORIES).generate(in));
      maybe(scopes(), in).ifPresent(b::scope);
      maybe(in2 -> quantity(MONEY, in2), in).ifPresent(b::budget);
      for (int i = between(0, 2, in); i > 0; i--) {
        b.addFunding(fundings().generate(in));
      }
      for (int i = between(0, 2, in); i > 0; i--) {
        b.addSubsidies(subsidies().generate(in));
      }
      maybe(Generate.pick(List.of("县交通局", "乡政府")), in).ifPresent(b::responsible);
      maybe(dateRanges(), in).ifPresent(b::schedule);
      maybe(texts(), in).ifPresent(b::note);
      return b.build();
    };
  }

  /**
   * Units of one's own: a new dimension, a decimal multiple and a fraction of built-in ones,
   * and one that shares a built-in symbol under another key.
   *
   * @return the generator, not null
   */
  static Gen<Unit> ownUnits() {
    return Generate.pick(List.of(Unit.of("stick", "棒", "sticks"),
        Unit.ofMultiple("jin", "斤", "jin", new BigDecimal("0.5"), Units.KILOGRAM),
        Unit.ofFraction("li", "里", "li", 1, 2, Units.KILOMETRE),
        Unit.ofMultiple("qian_yuan", "千元", "thousand yuan", BigDecimal.valueOf(1000), Units.YUAN),
        Unit.of("bird_count", "羽", "birds counted")));
  }

  /**
   * Quantities in built-in units and in units of one's own.
   *
   * @return the generator, not null
   */
  static Gen<Quantity> quantities() {
    return in -> Quantity.of(PlanGenerators.decimals(3).generate(in),
        booleans().all().generate(in) ? ownUnits().generate(in) : PlanGenerators.units().generate(in));
  }

  /**
   * Indicators of the catalogue, qualified or not, and of one's own: a sum, a qualified count
   * and a rate.
   *
   * @return the generator, not null
   */
  static Gen<Indicator> indicators() {
    return Generate.pick(INDICATORS);
  }

  /**
   * Date ranges of up to two years from 2014.
   *
   * @return the generator, not null
   */
  static Gen<DateRange> dateRanges() {
    return PlanGenerators.dates().zip(integers().between(0, 800), (d, n) -> DateRange.of(d, d.plusDays(n)));
  }

  /**
   * Milestones of counts, rates and areas, with or without a note.
   *
   * @return the generator, not null
   */
  static Gen<Milestone> milestones() {
    return in -> {
      Indicator indicator = Generate.pick(INDICATORS).generate(in);
      Quantity q = booleans().all().generate(in) ? Quantity.of(PlanGenerators.decimals(2).generate(in), Units.PERCENT)
          : Quantity.of(between(0, 10_000, in), indicator.unit());
      Milestone.Builder b = Milestone.builder().indicator(indicator).scope(scopes().generate(in))
          .date(PlanGenerators.dates().generate(in)).comparison(Generate.enumValues(Comparison.class).generate(in))
          .quantity(q);
      maybe(texts(), in).ifPresent(b::note);
      return b.build();
    };
  }

  /**
   * Breakdowns of money into named parts, with or without a whole, blanks and recipients.
   *
   * @return the generator, not null
   */
  static Gen<Breakdown> breakdowns() {
    return in -> {
      Unit unit = Generate.pick(MONEY).generate(in);
      Map<String, Quantity> parts = new LinkedHashMap<>();
      List<String> names = List.of("县", "乡, 镇", "村\"1\"", "林场");
      int n = between(1, names.size(), in);
      for (int i = 0; i < n; i++) {
        parts.put(names.get(i), Quantity.of(PlanGenerators.decimals(2).generate(in), unit));
      }
      Breakdown.Builder b = Breakdown.builder().name(texts().generate(in)).parts(parts);
      if (booleans().all().generate(in)) {
        b.whole(Quantity.of(between(0, 1_000_000, in), unit));
      }
      b.relation(Generate.pick(List.of(Comparison.AT_MOST, Comparison.EXACTLY, Comparison.AT_LEAST)).generate(in));
      if (booleans().all().generate(in)) {
        b.addBlanks("空白行");
        b.putRecipients(names.get(0), scopes().generate(in));
      }
      return b.build();
    };
  }

  /**
   * Registries of a year of 0 to 6 households with distinct ids.
   *
   * @return the generator, not null
   */
  static Gen<Registry> registries() {
    return in -> {
      Map<HouseholdId, Household> byId = new LinkedHashMap<>();
      for (int i = between(0, 6, in); i > 0; i--) {
        Household h = Generators.households(YEARS).generate(in);
        byId.putIfAbsent(h.id(), h);
      }
      return Registry.of(between(2014, 2020, in), byId.values());
    };
  }

  /**
   * Cases of every built-in procedure: each stage recorded or skipped, passed or not, its
   * posting days of various lengths.
   *
   * @return the generator, not null
   */
  static Gen<ProcedureCase> procedureCases() {
    return in -> {
      Procedure procedure = Generate.pick(Procedures.all()).generate(in);
      LocalDate d = PlanGenerators.dates().generate(in);
      List<StageRecord> records = new ArrayList<>();
      for (Stage s : procedure.stages()) {
        if (between(0, 5, in) == 0) {
          continue;
        }
        Outcome outcome = Generate.enumValues(Outcome.class).generate(in);
        records.add(s.kind() == StageKind.POSTING
            ? StageRecord.ofPosting(s.key(), d, d.plusDays(between(0, 9, in)), s.body().zh(), outcome)
            : StageRecord.of(s.key(), d, s.body().zh(), outcome));
        d = d.plusDays(between(0, 14, in));
      }
      Scope subject = procedure.purpose() == Purpose.VILLAGE_EXIT ? Scope.of(Generators.villageCodes().generate(in))
          : Scope.ofHousehold(Generators.villageCodes().generate(in), Generators.householdIds().generate(in));
      return ProcedureCase.of(procedure, subject, records);
    };
  }

  /**
   * Pairing plans of the assist generators' scenarios under the Ganyu quotas.
   *
   * @return the generator, not null
   */
  static Gen<PairingPlan> pairingPlans() {
    return AssistGenerators.pairingScenarios().map(s -> PairingPlanner.builder().policy(QuotaPolicies.GANYU)
        .weakVillages(s.weakVillages()).build().plan(s.households(), s.cadres()));
  }

  /**
   * Compliance reports of pairing plans against visit logs of a year.
   *
   * @return the generator, not null
   */
  static Gen<ComplianceReport> complianceReports() {
    return in -> {
      PairingPlan plan = pairingPlans().generate(in);
      List<Visit> visits = new ArrayList<>();
      plan.pairs().forEach(p -> {
        for (int i = between(0, 4, in); i > 0; i--) {
          visits.add(Visit.of(LocalDate.of(2016, 1, 1).plusDays(between(0, 365, in)), p.cadre(), p.household(),
              between(0, 4, in) > 0));
        }
      });
      ContactRequirement requirement = ContactRequirement.builder()
          .partialMonths(Generate.enumValues(PartialMonths.class).generate(in))
          .perMonth(between(1, 2, in)).build();
      return requirement.check(plan.pairs(), ContactLog.of(visits), DateRange.parse("2016-01-01/2016-12-31"));
    };
  }

  /**
   * Builder-made standard sets: an income line, some conditions (some only for a span of
   * income years), some village facilities and some thresholds of every kind.
   *
   * @return the generator, not null
   */
  static Gen<StandardSet> standardSets() {
    List<Threshold> thresholds = List.copyOf(Threshold.readCsv(new StringReader(THRESHOLDS)).values());
    return in -> {
      int first = between(2014, 2018, in);
      int last = between(first, 2020, in);
      StandardSetBuilder b = StandardSet.builder("gen.set" + between(1, 9, in)).name("生成标准", "generated standard")
          .years(first, last)
          .incomeLine(IncomeLine.constant(Text.of("测试线", "test line"), Yuan.of(between(2_300, 4_000, in)),
              YearRange.of(first, last), Provenance.of("test", booleans().all().generate(in))),
              Generate.pick(List.of(Comparison.ABOVE, Comparison.AT_LEAST)).generate(in));
      for (Condition c : Conditions.all()) {
        switch (between(0, 3, in)) {
          case 0 -> b.householdCondition(c);
          case 1 -> b.householdCondition(c, YearRange.of(last, last));
          default -> { }
        }
      }
      for (Facility f : Facilities.all()) {
        if (between(0, 3, in) == 0) {
          b.villageFacility(f);
        }
      }
      for (ThresholdKey key : thresholds.stream().map(t -> t.key().allZones()).distinct().toList()) {
        if (between(0, 2, in) == 0) {
          thresholds.stream().filter(t -> t.key().allZones().equals(key)).forEach(b::threshold);
        }
      }
      return b.build();
    };
  }

  /**
   * The figures of a village: population known or not, exits recorded or not.
   *
   * @param village  the village, not null
   * @return the generator, not null
   */
  static Gen<RegionStats> regionStats(RegionCode village) {
    return in -> {
      long households = between(0, 500, in);
      long poor = households * between(1, 4, in);
      long eligibleHouseholds = between(0, (int) households, in);
      long eligiblePeople = Math.min(poor, eligibleHouseholds * between(1, 4, in));
      OptionalLong population = booleans().all().generate(in) ? OptionalLong.of(poor + between(0, 5_000, in))
          : OptionalLong.empty();
      RegionStats s = RegionStats.of(village, population, households, poor, eligibleHouseholds, eligiblePeople);
      return booleans().all().generate(in) ? s.withExited(eligibleHouseholds, eligiblePeople) : s;
    };
  }

  /**
   * The figures of counties, each the sum of one to four villages' (some counts unknown in
   * some villages).
   *
   * @return the generator, not null
   */
  static Gen<RegionStats> countyStats() {
    return in -> {
      RegionCode county = RegionCode.parse("511921");
      List<RegionStats> parts = new ArrayList<>();
      for (int i = between(1, 4, in); i > 0; i--) {
        parts.add(regionStats(RegionCode.parse("51192110520" + i)).generate(in));
      }
      return RegionStats.sum(county, parts);
    };
  }

  /**
   * Village profiles, with the village on file or not.
   *
   * @return the generator, not null
   */
  static Gen<VillageProfile> villageProfiles() {
    return in -> {
      Village v = villages().generate(in);
      RegionStats stats = regionStats(v.code()).generate(in);
      return booleans().all().generate(in) ? VillageProfile.of(v, stats)
          : VillageProfile.of(v.code(), Optional.empty(), stats);
    };
  }

  /**
   * County profiles, with a survey or not.
   *
   * @return the generator, not null
   */
  static Gen<CountyProfile> countyProfiles() {
    return in -> {
      Optional<CountySurvey> survey = Optional.empty();
      if (booleans().all().generate(in)) {
        int exits = between(1, 200, in);
        int non = between(1, 200, in);
        int surveyed = between(1, 500, in);
        survey = Optional.of(new CountySurvey(exits, between(0, exits, in), non, between(0, non, in), surveyed,
            between(0, surveyed, in)));
      }
      return CountyProfile.of(countyStats().generate(in), survey);
    };
  }

  /**
   * Registry histories of two to four consecutive years over a pool of four household ids,
   * each present or not in a year, with any exit status or none.
   *
   * @return the generator, not null
   */
  static Gen<RegistryHistory> histories() {
    return in -> {
      int first = between(2014, 2016, in);
      List<Registry> snapshots = new ArrayList<>();
      for (int y = first, last = first + between(1, 3, in); y <= last; y++) {
        List<Household> households = new ArrayList<>();
        for (int id = 1; id <= 4; id++) {
          if (between(0, 3, in) > 0) {
            Household.Builder b = Household.builder().from(Generators.households(YearRange.of(y, y)).generate(in))
                .id(HouseholdId.of("H" + id));
            maybe(Generate.enumValues(ExitStatus.class), in).ifPresentOrElse(b::exitStatus, () -> b.exitStatus(
                Optional.empty()));
            households.add(b.build());
          }
        }
        snapshots.add(Registry.of(y, households));
      }
      return RegistryHistory.of(snapshots);
    };
  }

  /**
   * Growth scenarios of any component, from -50% to +100% in steps of 0.5%.
   *
   * @return the generator, not null
   */
  static Gen<GrowthScenario> growthScenarios() {
    return in -> GrowthScenario.of(BigDecimal.valueOf(between(-100, 200, in), 1).multiply(BigDecimal.valueOf(5)),
        Generate.enumValues(GrowthScenario.Component.class).generate(in));
  }

  /**
   * Households with distinct ids and the facts about them.
   *
   * @param households  the households, distinct ids, not null
   * @param facts  the facts, not null
   */
  record Flagged(List<Household> households, HouseholdFacts facts) {
  }

  /**
   * Zero to eight households with distinct ids, and facts as of a date: each built-in flag
   * on some of them.
   *
   * @return the generator, not null
   */
  static Gen<Flagged> flaggedHouseholds() {
    return in -> {
      Map<HouseholdId, Household> unique = new LinkedHashMap<>();
      for (int i = between(0, 8, in); i > 0; i--) {
        Household h = Generators.households(YEARS).generate(in);
        unique.putIfAbsent(h.id(), h);
      }
      HouseholdFacts.Builder b = HouseholdFacts.builder().asOf(PlanGenerators.dates().generate(in));
      for (HouseholdFlag f : HouseholdFlags.all()) {
        unique.values().stream().filter(h -> between(0, 2, in) == 0).forEach(h -> b.flag(f, h.id()));
      }
      return new Flagged(List.copyOf(unique.values()), b.build());
    };
  }

  /**
   * Row errors of any line, column and reason (commas, quotes and newlines among them).
   *
   * @return the generator, not null
   */
  static Gen<RowError> rowErrors() {
    Gen<String> texts = Generate.pick(List.of("id_number", "wage_income", "relation", "a, \"b\"\nc", "收入"));
    return in -> RowError.of(between(1, 1_000_000, in), texts.generate(in), texts.generate(in));
  }

  /**
   * Data warnings of any check, on one to three lines.
   *
   * @return the generator, not null
   */
  static Gen<DataWarning> dataWarnings() {
    return in -> {
      List<Long> lines = new ArrayList<>();
      for (int i = between(1, 3, in); i > 0; i--) {
        lines.add((long) between(2, 100_000, in));
      }
      return DataWarning.of(Generate.enumValues(DataCheck.class).generate(in), Generators.householdIds().generate(in),
          lines, Generate.pick(List.of("人均纯收入 2,300.00 元", "detail \"quoted\"\nsecond line")).generate(in));
    };
  }
}
