// The README's JShell quick start, run by CI after tuopin.jsh.
// (In JShell a line that completes a statement ends it: chained calls end lines with a dot.)

// One household: DOMAIN.md's worked income, 16,385 yuan for 4 people in 2015.
var household = Household.builder().
    id(HouseholdId.of("H001")).
    village(RegionCode.parse("511921105201")).
    addMembers(Member.of(PersonId.of("P1"), Relation.HOUSEHOLDER), Member.of(PersonId.of("P2"), Relation.SPOUSE),
        Member.of(PersonId.of("P3"), Relation.SON), Member.of(PersonId.of("P4"), Relation.DAUGHTER)).
    income(IncomeStatement.of(2015, Yuan.of(6000), Yuan.of(1180), Yuan.of(6000), Yuan.of(4205), Yuan.of(1000))).
    met(Conditions.FOOD, Conditions.CLOTHING, Conditions.EDUCATION, Conditions.MEDICAL, Conditions.HOUSING).
    build();
System.out.println(household.perCapitaNetIncome());
var national = StandardSets.of("cn.national");
var assessment = national.assess(household);
System.out.println(assessment.explain(Language.EN));

// A whole roster: the bundled sample.
var roster = RosterReader.create().read(Path.of("examples/data/roster.csv"));
System.out.println(roster.summary());
var verdicts = roster.assess(national).stream().
    collect(java.util.stream.Collectors.groupingBy(Assessment::verdict, java.util.TreeMap::new,
        java.util.stream.Collectors.counting()));
System.out.println(verdicts);
// A variant of a built-in standard in one expression, and the roster re-assessed side by side.
var variant = StandardSets.of("cn.national").derive("my.variant").incomeLine(IncomeLine.constant(Text.of("四千元线", "4,000 line"), Yuan.of(4000), YearRange.of(2010, 2020), Provenance.of("my assumption", false)), Comparison.AT_LEAST).householdCondition(Conditions.ELECTRICITY).build();
var comparison = roster.compare(List.of(national, variant));
System.out.println(comparison);

// Villages and the region hierarchy.
var villages = VillageReader.create().read(Path.of("examples/data/villages.csv"));
var rollUp = RollUp.builder();
villages.villages().forEach(v -> rollUp.village(v.code(), v.population()));
roster.households().forEach(h -> rollUp.household(h.village(), h.size(), national.assess(h).verdict() == Verdict.EXIT_ELIGIBLE));
var regions = rollUp.build();
System.out.println(regions.stats(RegionCode.parse("511921105000")).orElseThrow());

// Measures: FGT 0-2, Watts, Gini, Theil and MLD by county of the sample roster, in one statement.
var byCounty = Measures.byGroup(Welfare.ofHouseholds(roster.households(), national, Welfare.byRegion(RegionLevel.COUNTY)));
System.out.println(byCounty);
// The Alkire-Foster preset over the record's own facts (两不愁三保障, water, income).
System.out.println(RegistryMpi.PRESET.measure(RegistryMpi.data(roster.households(), national, Welfare.ungrouped())));
if (!(byCounty.all().fgt0() > 0 && byCounty.all().gini() > 0)) System.exit(1);
if (assessment.verdict() != Verdict.EXIT_ELIGIBLE || roster.rowsRejected() != 0) System.exit(1);
/exit
