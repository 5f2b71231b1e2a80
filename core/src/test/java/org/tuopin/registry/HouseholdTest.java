package org.tuopin.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.tuopin.testing.Theories.qt;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.YearRange;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.testing.Fixtures;
import org.tuopin.testing.Generators;

class HouseholdTest {

  private static final YearRange YEARS = YearRange.of(2014, 2016);

  private static Household.Builder builder() {
    return Fixtures.householdBuilder("h1", 3, 2015, Yuan.of(9000));
  }

  @Test
  public void test_workedExample_perCapitaNetIncomeIs4096_25() {
    Household h = Fixtures.workedExampleHousehold();
    assertThat(h.size()).isEqualTo(4);
    assertThat(h.income().net()).isEqualTo(Yuan.of(16385));
    assertThat(h.perCapitaNetIncome()).isEqualTo(Yuan.of(4096.25)).hasToString("¥4,096.25");
    assertThat(h.householder().id()).isEqualTo(PersonId.of("m1"));
    assertThat(h.village()).isEqualTo(RegionCode.parse("510921105201"));
  }

  @Test
  public void test_builder_optionalFactsAreEmptyUnlessRecorded() {
    Household h = builder().build();
    assertThat(h.group()).isEmpty();
    assertThat(h.attribute()).isEmpty();
    assertThat(h.primaryCause()).isEmpty();
    assertThat(h.otherCauses()).isEmpty();
    assertThat(h.identifiedYear()).isEmpty();
    assertThat(h.exitYear()).isEmpty();
    assertThat(h.exitStatus()).isEmpty();
    assertThat(h.conditions()).isEmpty();
  }

  @Test
  public void test_householder_isFoundWhereverItIsListed() {
    List<Member> members = new ArrayList<>(Fixtures.members(3));
    members.add(members.remove(0));
    Household h = builder().members(members).build();
    assertThat(h.householder().relation()).isEqualTo(Relation.HOUSEHOLDER);
    assertThat(h.householder().id()).isEqualTo(PersonId.of("m1"));
  }

  // ---------------------------------------------------------------------------------- invariants

  @Test
  public void test_build_rejectsNoMembers() {
    assertThatIllegalArgumentException().isThrownBy(() -> builder().members(List.of()).build())
        .withMessage("household h1 must have at least one member");
  }

  @Test
  public void test_build_rejectsTwoHouseholders() {
    Household.Builder b = builder().addMembers(Member.of(PersonId.of("m9"), Relation.HOUSEHOLDER));
    assertThatIllegalArgumentException().isThrownBy(b::build)
        .withMessageContaining("h1").withMessageContaining("exactly one householder").withMessageContaining("not 2");
  }

  @Test
  public void test_build_rejectsNoHouseholder() {
    Household.Builder b = builder().members(List.of(Member.of(PersonId.of("m1"), Relation.SPOUSE)));
    assertThatIllegalArgumentException().isThrownBy(b::build)
        .withMessageContaining("exactly one householder").withMessageContaining("not 0");
  }

  @Test
  public void test_build_rejectsADuplicatePersonId() {
    Household.Builder b = builder().addMembers(Member.of(PersonId.of("m2"), Relation.SON));
    assertThatIllegalArgumentException().isThrownBy(b::build)
        .withMessageContaining("h1").withMessageContaining("twice").withMessageContaining("'m2'");
  }

  @Test
  public void test_build_rejectsACodeAboveVillageLevel() {
    assertThatIllegalArgumentException().isThrownBy(() -> builder().village(RegionCode.parse("510921105000")).build())
        .withMessageContaining("h1").withMessageContaining("village-level")
        .withMessageContaining("township").withMessageContaining("'510921105000'");
    assertThatIllegalArgumentException().isThrownBy(() -> builder().village(RegionCode.parse("510921")).build())
        .withMessageContaining("county");
  }

  @Test
  public void test_build_rejectsMissingAndNullAttributes() {
    assertThatIllegalStateException().isThrownBy(() -> Household.builder().id(HouseholdId.of("h1")).build())
        .withMessageContaining("village").withMessageContaining("income");
    assertThatNullPointerException().isThrownBy(() -> Household.builder().id(null)).withMessageContaining("id");
    assertThatNullPointerException().isThrownBy(() -> Household.builder().addMembers((Member) null));
  }

  // ---------------------------------------------------------------------------------- conditions

  @Test
  public void test_condition_isUnknownUnlessRecorded() {
    Household h = builder().met(Conditions.FOOD).notMet(Conditions.HOUSING).build();
    assertThat(h.condition(Conditions.FOOD)).isEqualTo(Tristate.MET);
    assertThat(h.condition(Conditions.HOUSING)).isEqualTo(Tristate.NOT_MET);
    assertThat(h.condition(Conditions.WATER)).isEqualTo(Tristate.UNKNOWN);
    assertThat(h.condition(Condition.of("road", "通路", "road access"))).isEqualTo(Tristate.UNKNOWN);
  }

  @Test
  public void test_condition_isFoundByKeyWhateverTheLabel() {
    Household h = builder().met(Condition.of("housing", "住房", "housing")).build();
    assertThat(h.condition(Conditions.HOUSING)).isEqualTo(Tristate.MET);
  }

  @Test
  public void test_build_normalisesUnknownConditionsAway() {
    Household withUnknown = builder().met(Conditions.FOOD).putConditions(Conditions.WATER, Tristate.UNKNOWN).build();
    Household without = builder().met(Conditions.FOOD).build();
    assertThat(withUnknown).isEqualTo(without).hasSameHashCodeAs(without);
    assertThat(withUnknown.conditions()).containsOnlyKeys(Conditions.FOOD);
    assertThat(withUnknown.condition(Conditions.WATER)).isEqualTo(Tristate.UNKNOWN);
  }

  @Test
  public void test_build_normalisesAnAllUnknownMapToEmpty() {
    Household h = builder().conditions(ImmutableMap.of(Conditions.FOOD, Tristate.UNKNOWN,
        Conditions.TV, Tristate.UNKNOWN)).build();
    assertThat(h.conditions()).isEmpty();
    assertThat(h).isEqualTo(builder().build());
  }

  @Test
  public void property_build_keepsOnlyKnownConditions() {
    qt(500).forAll(Generators.households(YEARS)).checkAssert(h -> {
      assertThat(h.conditions().values()).doesNotContain(Tristate.UNKNOWN);
      for (Condition c : Conditions.all()) {
        assertThat(h.condition(c)).isEqualTo(h.conditions().getOrDefault(c, Tristate.UNKNOWN));
      }
    });
  }

  // ---------------------------------------------------------------------------------- equality, order

  @Test
  public void test_equalsAndHashCode() {
    assertThat(builder().build()).isEqualTo(builder().build()).hasSameHashCodeAs(builder().build());
    assertThat(builder().build()).isNotEqualTo(builder().id(HouseholdId.of("h2")).build())
        .isNotEqualTo(builder().group("3").build())
        .isNotEqualTo(builder().met(Conditions.FOOD).build())
        .isNotEqualTo(builder().income(Fixtures.incomeOf(2015, Yuan.of(9001))).build());
  }

  @Test
  public void test_builderFrom_copiesEverything() {
    Household h = Fixtures.workedExampleHousehold();
    assertThat(Household.builder().from(h).build()).isEqualTo(h);
  }

  @Test
  public void property_perCapitaNetIncome_doesNotDependOnMemberOrder() {
    qt(500).forAll(Generators.households(YEARS), longs().all()).checkAssert((h, seed) -> {
      Household reordered = Generators.withMembersShuffled(h, seed);
      assertThat(reordered.perCapitaNetIncome()).isEqualTo(h.perCapitaNetIncome());
      assertThat(reordered.size()).isEqualTo(h.size());
      assertThat(reordered.householder()).isEqualTo(h.householder());
    });
  }

  @Test
  public void property_generatedHouseholdsKeepTheInvariants() {
    qt(500).forAll(Generators.households(YEARS)).checkAssert(h -> {
      assertThat(h.members()).filteredOn(Member::isHouseholder).hasSize(1);
      assertThat(h.members()).extracting(Member::id).doesNotHaveDuplicates();
      assertThat(h.size()).isBetween(1, 8);
      assertThat(YEARS.contains(h.income().year())).isTrue();
      assertThat(h.perCapitaNetIncome()).isEqualTo(h.income().perCapitaNet(h.size()));
    });
  }
}
