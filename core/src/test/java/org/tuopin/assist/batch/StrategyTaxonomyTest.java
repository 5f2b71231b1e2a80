package org.tuopin.assist.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Language;
import org.tuopin.basics.NotFoundException;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.ExitStatus;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdAttribute;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.LabourSkill;
import org.tuopin.registry.Member;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.PovertyCause;
import org.tuopin.registry.Relation;
import org.tuopin.testing.Fixtures;

/** The built-in taxonomies, their default rules, decisions that override them, and counts. */
class StrategyTaxonomyTest {

  private static final LocalDate AS_OF = LocalDate.of(2016, 6, 30);
  private static final HouseholdFacts NO_FLAGS = HouseholdFacts.of(AS_OF);
  private static final StrategyTaxonomy FIVE = StrategyTaxonomies.FIVE_BATCHES;
  private static final RegionCode V1 = RegionCode.parse("532328201201");
  private static final RegionCode V2 = RegionCode.parse("532328201202");
  private static final RegionCode V3 = RegionCode.parse("532328202201");

  private static Member member(String id, Relation relation, LabourSkill labour, LocalDate born) {
    Member.Builder b = Member.builder().id(PersonId.of(id)).relation(relation).birthDate(born);
    if (labour != null) {
      b.labour(labour);
    }
    return b.build();
  }

  /** An elderly couple: one has lost capacity, the other is ordinary labour but 76. */
  private static Household elderly(String id, HouseholdAttribute attribute) {
    Household.Builder b = Household.builder().id(HouseholdId.of(id)).village(V1)
        .addMembers(member("m1", Relation.HOUSEHOLDER, LabourSkill.LOST, LocalDate.of(1950, 3, 1)),
            member("m2", Relation.SPOUSE, LabourSkill.ORDINARY, LocalDate.of(1940, 1, 1)))
        .income(Fixtures.incomeOf(2015, Yuan.of(2000))).primaryCause(PovertyCause.LACK_OF_LABOUR);
    if (attribute != null) {
      b.attribute(attribute);
    }
    return b.build();
  }

  private static Household working(String id, RegionCode village) {
    return Household.builder().id(HouseholdId.of(id)).village(village)
        .addMembers(member("m1", Relation.HOUSEHOLDER, LabourSkill.ORDINARY, LocalDate.of(1975, 5, 5)),
            member("m2", Relation.SON, LabourSkill.NONE, LocalDate.of(2005, 5, 5)))
        .income(Fixtures.incomeOf(2015, Yuan.of(2000))).attribute(HouseholdAttribute.GENERAL_POOR)
        .primaryCause(PovertyCause.LACK_OF_CAPITAL).build();
  }

  @Test
  void test_builtIns_areReadFromTheirDataWithSources() {
    assertThat(StrategyTaxonomies.all()).containsExactly(StrategyTaxonomies.FIVE_BATCHES, StrategyTaxonomies.FOUR_BATCHES);
    assertThat(FIVE.name()).isEqualTo(Text.of("五个一批", "five batches"));
    assertThat(FIVE.strategies()).extracting(s -> s.label().zh())
        .containsExactly("发展生产脱贫一批", "易地搬迁脱贫一批", "生态补偿脱贫一批", "发展教育脱贫一批", "社会保障兜底一批");
    assertThat(FIVE.rules()).extracting(BatchRule::toString).containsExactly("assisted_without_labour→social_security",
        "flag_relocation→relocation", "cause_schooling→education",
        "flag_ecological_compensation→ecological_compensation");
    assertThat(FIVE.fallback()).contains(Strategies.PRODUCTION);
    assertThat(FIVE.provenance().orElseThrow().isConfirmed()).isTrue();
    assertThat(FIVE.provenance().orElseThrow().source()).contains("中发〔2015〕34号");
    StrategyTaxonomy four = StrategyTaxonomies.of("four_batches");
    assertThat(four.strategies()).extracting(s -> s.label().zh())
        .containsExactly("扶持生产和就业发展一批", "移民搬迁安置一批", "低保政策兜底一批", "医疗救助扶持一批");
    assertThat(four.fallback()).contains(Strategies.PRODUCTION_EMPLOYMENT);
    assertThat(four.provenance().orElseThrow().source()).startsWith("Seed 001");
    assertThat(Strategies.MEDICAL_ASSISTANCE.label().en()).isEqualTo("supported by medical assistance");
  }

  @Test
  void test_lookUps_nameTheKeyAndTheKnownKeys() {
    assertThatThrownBy(() -> StrategyTaxonomies.of("six_batches")).isInstanceOf(NotFoundException.class)
        .hasMessage("no strategy taxonomy has the key 'six_batches'; known keys: [five_batches, four_batches]");
    assertThat(StrategyTaxonomies.find("six_batches")).isEmpty();
    assertThatThrownBy(() -> FIVE.strategy("tourism")).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("'tourism'").hasMessageContaining("production, relocation");
    assertThat(FIVE.findStrategy("education")).contains(Strategies.EDUCATION);
  }

  @Test
  void test_suggest_socialSecurityForAssistedHouseholdsWithoutAbleBodiedMembers() {
    BatchSuggestion s = FIVE.suggest(elderly("h1", HouseholdAttribute.SUBSISTENCE_POOR), NO_FLAGS);
    assertThat(s.strategies()).containsExactly(Strategies.SOCIAL_SECURITY);
    assertThat(s.matched()).extracting(r -> r.predicate().key()).containsExactly("assisted_without_labour");
    assertThat(s.isFallback()).isFalse();
    assertThat(s.explain(Language.ZH)).isEqualTo("h1：社会保障兜底一批（依据：低保或特困供养且无劳动能力成员）");

    BatchSuggestion general = FIVE.suggest(elderly("h2", HouseholdAttribute.GENERAL_POOR), NO_FLAGS);
    assertThat(general.strategies()).containsExactly(Strategies.PRODUCTION);
    assertThat(general.isFallback()).isTrue();
    assertThat(general.explain(Language.EN)).isEqualTo("h2: out of poverty through production (otherwise)");
  }

  @Test
  void test_suggest_isUndecidedWhenTheAttributeIsNotRecorded() {
    BatchSuggestion s = FIVE.suggest(elderly("h1", null), NO_FLAGS);
    assertThat(s.strategies()).containsExactly(Strategies.PRODUCTION);
    assertThat(s.undecided()).extracting(r -> r.predicate().key()).containsExactly("assisted_without_labour");
    assertThat(s.explain(Language.EN)).endsWith("; undecided: on subsistence allowance or destitute support, no able-bodied member");
  }

  @Test
  void test_suggest_seesAgesAtTheFactsDate() {
    Household h = elderly("h1", HouseholdAttribute.DESTITUTE_POOR);
    assertThat(FIVE.suggest(h, HouseholdFacts.of(LocalDate.of(2005, 12, 31))).primary())
        .contains(Strategies.PRODUCTION);
    assertThat(FIVE.suggest(h, HouseholdFacts.of(LocalDate.of(2006, 1, 1))).primary())
        .contains(Strategies.SOCIAL_SECURITY);
  }

  @Test
  void test_suggest_relocationAndSchoolingAndTheirOverlap() {
    Household h = Household.builder().from(elderly("h1", HouseholdAttribute.SUBSISTENCE_DESTITUTE_POOR))
        .addOtherCauses(PovertyCause.SCHOOLING).build();
    HouseholdFacts facts = HouseholdFacts.builder().asOf(AS_OF).flag(HouseholdFlags.RELOCATION, h.id()).build();

    BatchSuggestion s = FIVE.suggest(h, facts);

    assertThat(s.strategies()).containsExactly(Strategies.SOCIAL_SECURITY, Strategies.RELOCATION, Strategies.EDUCATION);
    assertThat(s.primary()).contains(Strategies.SOCIAL_SECURITY);
    BatchSuggestion four = StrategyTaxonomies.FOUR_BATCHES.suggest(h, facts);
    assertThat(four.strategies()).containsExactly(Strategies.SUBSISTENCE_ALLOWANCE, Strategies.RESETTLEMENT);
  }

  @Test
  void test_classify_countsPerBatchAndRegionAndListsOverlapsAndDecisions() {
    Household assisted = elderly("h1", HouseholdAttribute.SUBSISTENCE_POOR);
    Household relocated = Household.builder().from(assisted).id(HouseholdId.of("h2")).build();
    Household w1 = working("h3", V2);
    Household w2 = working("h4", V3);
    Household exited = Household.builder().from(working("h5", V3)).exitStatus(ExitStatus.EXITED).build();
    HouseholdFacts facts = HouseholdFacts.builder().asOf(AS_OF).flag(HouseholdFlags.RELOCATION, List.of(relocated.id()))
        .build();

    BatchRoster roster = FIVE.classify(List.of(w2, exited, relocated, w1, assisted), facts,
        Map.of(HouseholdId.of("h4"), List.of(Strategies.EDUCATION, Strategies.PRODUCTION)));

    assertThat(roster.entries()).extracting(e -> e.household().toString()).containsExactly("h1", "h2", "h3", "h4");
    assertThat(roster.overlaps()).extracting(e -> e.household().toString()).containsExactly("h2", "h4");
    assertThat(roster.overridden()).extracting(e -> e.household().toString()).containsExactly("h4");
    assertThat(roster.entry(HouseholdId.of("h4")).orElseThrow().suggestion().strategies())
        .containsExactly(Strategies.PRODUCTION);
    assertThat(roster.entries(Strategies.PRODUCTION)).extracting(e -> e.household().toString()).containsExactly("h3", "h4");
    BatchCounts all = roster.counts();
    assertThat(all.counts()).containsExactly(Map.entry(Strategies.PRODUCTION, Headcount.of(2, 4)),
        Map.entry(Strategies.RELOCATION, Headcount.of(1, 2)), Map.entry(Strategies.ECOLOGICAL_COMPENSATION, Headcount.ZERO),
        Map.entry(Strategies.EDUCATION, Headcount.of(1, 2)), Map.entry(Strategies.SOCIAL_SECURITY, Headcount.of(2, 4)));
    assertThat(all.registered()).contains(Headcount.parse("4户8人"));
    assertThat(all.excess()).contains(Headcount.of(2, 4));
    RegionCode township = V1.at(RegionLevel.TOWNSHIP);
    assertThat(roster.countsBy(RegionLevel.TOWNSHIP).keySet()).containsExactly(township, V3.at(RegionLevel.TOWNSHIP));
    assertThat(roster.counts(township).registered()).contains(Headcount.of(3, 6));
    assertThat(roster.counts(V3).count(Strategies.EDUCATION)).isEqualTo(Headcount.of(1, 2));
    assertThat(roster.explain(Language.ZH)).contains("五个一批", "合计 6户12人；建档立卡 4户8人；多计 2户4人", "多个批次 2，人工认定 1");
  }

  @Test
  void test_classify_rejectsDecisionsItCannotPlace() {
    Household h = working("h1", V1);
    assertThatThrownBy(() -> FIVE.classify(List.of(h), NO_FLAGS, Map.of(HouseholdId.of("x"), List.of(Strategies.EDUCATION))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'");
    assertThatThrownBy(() -> FIVE.classify(List.of(h), NO_FLAGS, Map.of(h.id(), List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name no strategy");
    assertThatThrownBy(() -> FIVE.classify(List.of(h), NO_FLAGS, Map.of(h.id(), List.of(Strategies.RESETTLEMENT))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'resettlement'")
        .hasMessageContaining("five_batches");
    assertThatThrownBy(() -> FIVE.classify(List.of(h, h), NO_FLAGS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'h1'");
  }

  @Test
  void test_userTaxonomy_withOwnRulesAndNoFallback() {
    Strategy tourism = Strategy.of("tourism", "乡村旅游脱贫一批", "out of poverty through rural tourism");
    HouseholdFlag homestay = HouseholdFlag.of("homestay", "农家乐经营户", "runs a homestay");
    StrategyTaxonomy t = StrategyTaxonomy.builder().key("tourism_batches").name(Text.of("旅游扶贫", "tourism"))
        .addStrategies(tourism).rule(HouseholdPredicates.flagged(homestay), tourism).build();
    Household h = working("h1", V1);

    BatchRoster roster = t.classify(List.of(h), NO_FLAGS);
    assertThat(roster.unbatched()).hasSize(1);
    assertThat(roster.counts().unbatched()).contains(Headcount.of(1, 2));
    assertThat(t.suggest(h, HouseholdFacts.builder().asOf(AS_OF).flag(homestay, h.id()).build()).strategies())
        .containsExactly(tourism);

    StrategyTaxonomy schoolingFirst = FIVE.withRules(List.of(BatchRule.of(HouseholdPredicates.SCHOOLING, Strategies.EDUCATION)));
    assertThat(schoolingFirst.suggest(elderly("h2", HouseholdAttribute.SUBSISTENCE_POOR), NO_FLAGS).strategies())
        .containsExactly(Strategies.PRODUCTION);
  }

  @Test
  void test_userTaxonomy_isChecked() {
    Strategy a = Strategy.of("a", "甲", "a");
    assertThatThrownBy(() -> StrategyTaxonomy.builder().key("t").name(Text.of("t")).addStrategies(a, a).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("taxonomy t lists strategy 'a' twice");
    assertThatThrownBy(() -> StrategyTaxonomy.builder().key("t").name(Text.of("t")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one strategy");
    assertThatThrownBy(() -> StrategyTaxonomy.builder().key("t").name(Text.of("t")).addStrategies(a)
        .fallback(Strategies.PRODUCTION).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'production'");
    assertThatThrownBy(() -> StrategyTaxonomy.builder().key("t").name(Text.of("t")).addStrategies(a)
        .rule(HouseholdPredicates.ILLNESS, Strategies.PRODUCTION).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule for strategy 'production'");
    assertThatThrownBy(() -> StrategyTaxonomy.builder().key("Five").name(Text.of("t")).addStrategies(a).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Five'");
  }

  @Test
  void test_householdTests_answerUnknownRatherThanGuess() {
    Household noCause = Household.builder().from(working("h1", V1)).primaryCause(java.util.Optional.empty()).build();
    assertThat(HouseholdPredicates.SCHOOLING.test(noCause, NO_FLAGS)).isEqualTo(Tristate.UNKNOWN);
    assertThat(HouseholdPredicates.SCHOOLING.test(working("h1", V1), NO_FLAGS)).isEqualTo(Tristate.NOT_MET);
    Household schooling = Household.builder().from(noCause).addOtherCauses(PovertyCause.SCHOOLING).build();
    assertThat(HouseholdPredicates.SCHOOLING.test(schooling, NO_FLAGS)).isEqualTo(Tristate.MET);
    Household unknownLabour = Household.builder().from(elderly("h2", HouseholdAttribute.SUBSISTENCE_POOR))
        .addMembers(Member.builder().id(PersonId.of("m3")).relation(Relation.SON).build()).build();
    assertThat(HouseholdPredicates.noAbleBodiedMember(unknownLabour, AS_OF)).isEqualTo(Tristate.UNKNOWN);
    assertThat(HouseholdPredicates.ASSISTED_WITHOUT_LABOUR.test(unknownLabour, NO_FLAGS)).isEqualTo(Tristate.UNKNOWN);
    Household general = Household.builder().from(unknownLabour).attribute(HouseholdAttribute.GENERAL_POOR).build();
    assertThat(HouseholdPredicates.ASSISTED_WITHOUT_LABOUR.test(general, NO_FLAGS)).isEqualTo(Tristate.NOT_MET);
    assertThat(HouseholdPredicates.find("flag_relocation")).isPresent();
    assertThat(HouseholdPredicates.find("nothing")).isEmpty();
  }

  @Test
  void test_isAbleBodied_atTheEdgesOfTheWorkingAges() {
    Member m = member("m", Relation.SON, LabourSkill.SKILLED, LocalDate.of(2000, 2, 29));
    assertThat(HouseholdPredicates.isAbleBodied(m, LocalDate.of(2016, 2, 28))).isEqualTo(Tristate.NOT_MET);
    assertThat(HouseholdPredicates.isAbleBodied(m, LocalDate.of(2016, 2, 29))).isEqualTo(Tristate.MET);
    Member old = member("o", Relation.PARENT, LabourSkill.ORDINARY, LocalDate.of(1950, 7, 1));
    assertThat(HouseholdPredicates.isAbleBodied(old, LocalDate.of(2016, 6, 30))).isEqualTo(Tristate.MET);
    assertThat(HouseholdPredicates.isAbleBodied(old, LocalDate.of(2016, 7, 1))).isEqualTo(Tristate.NOT_MET);
    Member child = member("c", Relation.SON, null, LocalDate.of(2010, 1, 1));
    assertThat(HouseholdPredicates.isAbleBodied(child, AS_OF)).isEqualTo(Tristate.NOT_MET);
    Member unknown = member("u", Relation.SON, null, LocalDate.of(1980, 1, 1));
    assertThat(HouseholdPredicates.isAbleBodied(unknown, AS_OF)).isEqualTo(Tristate.UNKNOWN);
  }

  @Test
  void test_householdFacts_holdFlagsPerHousehold() {
    HouseholdId a = HouseholdId.of("a");
    HouseholdFacts facts = HouseholdFacts.builder().asOf(AS_OF).flag(HouseholdFlags.RELOCATION, a)
        .flag(HouseholdFlags.ECOLOGICAL_COMPENSATION, a).build();
    assertThat(facts.flags(a)).containsExactly(HouseholdFlags.RELOCATION, HouseholdFlags.ECOLOGICAL_COMPENSATION);
    assertThat(facts.has(HouseholdId.of("b"), HouseholdFlags.RELOCATION)).isFalse();
    assertThat(facts.households(HouseholdFlags.RELOCATION)).containsExactly(a);
    assertThat(facts).hasToString("HouseholdFacts{asOf=2016-06-30, flagged=1}");
    assertThat(HouseholdFlags.find("relocation")).contains(HouseholdFlags.RELOCATION);
  }
}
