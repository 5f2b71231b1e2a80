package org.tuopin;

import java.time.LocalDate;
import org.tuopin.assist.pairing.Cadre;
import org.tuopin.assist.pairing.CadreId;
import org.tuopin.assist.pairing.Ranks;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Units;
import org.tuopin.indicator.Indicators;
import org.tuopin.plan.Scope;
import org.tuopin.plan.Target;
import org.tuopin.region.RegionCode;
import org.tuopin.village.Village;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Yuan;
import org.tuopin.registry.ExitStatus;
import org.tuopin.registry.Health;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.registry.Member;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.Registry;
import org.tuopin.registry.Relation;
import org.tuopin.testing.Fixtures;

/**
 * The value types' {@code withX} methods, called from outside their package: each copies the
 * value with one change, keeps the rest, leaves the original as it was and checks the invariants.
 */
class WithMethodsTest {

  private static final Household WORKED = Fixtures.workedExampleHousehold();

  @Test
  public void test_household_withGroup_changesOnlyTheGroup() {
    Household copy = WORKED.withGroup("3");
    assertThat(copy.group()).hasValue("3");
    assertThat(WORKED.group()).isEmpty();
    assertThat(copy.withGroup(WORKED.group())).isEqualTo(WORKED);
    assertThat(copy.members()).isEqualTo(WORKED.members());
    assertThat(copy.income()).isEqualTo(WORKED.income());
  }

  @Test
  public void test_household_withExitStatus() {
    assertThat(WORKED.withExitStatus(ExitStatus.EXITED).exitStatus()).hasValue(ExitStatus.EXITED);
  }

  @Test
  public void test_household_withMembers_checksTheInvariants() {
    Member other = Member.of(PersonId.of("m9"), Relation.SON);
    assertThatIllegalArgumentException().isThrownBy(() -> WORKED.withMembers(List.of(other)));
    assertThat(WORKED.withMembers(WORKED.members().subList(0, 1)).size()).isEqualTo(1);
  }

  @Test
  public void test_household_withId_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> WORKED.withId(null));
  }

  @Test
  public void test_member_withHealth() {
    Member m = WORKED.householder().withHealth(Health.DISABLED);
    assertThat(m.health()).hasValue(Health.DISABLED);
    assertThat(m.id()).isEqualTo(WORKED.householder().id());
  }

  @Test
  public void test_incomeStatement_withWage_changesTheNetIncome() {
    IncomeStatement income = WORKED.income();
    IncomeStatement more = income.withWage(income.wage().plus(Yuan.of(100)));
    assertThat(more.net()).isEqualTo(income.net().plus(Yuan.of(100)));
    assertThat(more.year()).isEqualTo(income.year());
  }

  @Test
  public void test_registry_withHouseholds_reindexes() {
    Registry registry = Registry.of(2015, List.of(WORKED));
    Household other = WORKED.withId(HouseholdId.of("h2"));
    Registry copy = registry.withHouseholds(List.of(WORKED, other));
    assertThat(copy.household(HouseholdId.of("h2"))).hasValue(other);
    assertThat(registry.household(HouseholdId.of("h2"))).isEmpty();
  }

  @Test
  public void test_village_withPopulation_keepsTheRest() {
    Village v = Village.of(RegionCode.parse("510921105201"), 800);
    Village bigger = v.withPopulation(900);
    assertThat(bigger.population()).isEqualTo(900);
    assertThat(bigger.code()).isEqualTo(v.code());
    assertThat(v.population()).isEqualTo(800);
  }

  @Test
  public void test_target_withQuantity_keepsTheRest() {
    Target t = Target.of(Indicators.PEOPLE_EXITED, Scope.of(RegionCode.parse("510921105000")), Comparison.AT_LEAST,
        Quantity.of(100, Units.PERSON), LocalDate.of(2018, 12, 31));
    Target more = t.withQuantity(Quantity.of(120, Units.PERSON));
    assertThat(more.quantity()).isEqualTo(Quantity.of(120, Units.PERSON));
    assertThat(more.indicator()).isEqualTo(t.indicator());
    assertThat(more.deadline()).isEqualTo(t.deadline());
  }

  @Test
  public void test_cadre_withRank() {
    Cadre c = Cadre.of(CadreId.of("c1"), Ranks.TOWNSHIP_STAFF, RegionCode.parse("510921105201"));
    assertThat(c.withRank(Ranks.COUNTY_LEADER).rank()).isEqualTo(Ranks.COUNTY_LEADER);
    assertThat(c.withRank(Ranks.COUNTY_LEADER).id()).isEqualTo(c.id());
  }
}
