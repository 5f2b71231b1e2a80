package org.tuopin.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tuopin.registry.RegistryFixtures.V1;
import static org.tuopin.registry.RegistryFixtures.V2;
import static org.tuopin.registry.RegistryFixtures.V3;
import static org.tuopin.registry.RegistryFixtures.V4;
import static org.tuopin.registry.RegistryFixtures.household;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;

class RegistryTest {

  private static final Household A = household("A", V1, 3, ExitStatus.NOT_EXITED, 2017);
  private static final Household B = household("B", V2, 4, ExitStatus.EXITED_WITH_POLICY, 2017);
  private static final Household C = household("C", V3, 2, ExitStatus.RETURNED, 2017);
  private static final Household D = household("D", V4, 1, ExitStatus.EXITED, 2017);

  @Test
  void test_of_holdsYearAndHouseholdsInIdOrder() {
    Registry r = Registry.of(2017, List.of(D, B, A, C));
    assertThat(r.year()).isEqualTo(2017);
    assertThat(r.households()).containsExactly(A, B, C, D);
    assertThat(r.ids()).containsExactly(HouseholdId.of("A"), HouseholdId.of("B"), HouseholdId.of("C"),
        HouseholdId.of("D"));
  }

  @Test
  void test_of_emptyIsAllowed() {
    Registry r = Registry.of(2017, List.of());
    assertThat(r.households()).isEmpty();
    assertThat(r.people()).isZero();
  }

  @Test
  void test_of_rejectsDuplicateIdNamingIt() {
    Household other = household("B", V1, 1, ExitStatus.NOT_EXITED, 2017);
    assertThatThrownBy(() -> Registry.of(2017, List.of(A, B, other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'B'")
        .hasMessageContaining("2017");
  }

  @Test
  void test_of_rejectsImplausibleYear() {
    assertThatThrownBy(() -> Registry.of(1900, List.of(A)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1900");
  }

  @Test
  void test_of_rejectsNulls() {
    assertThatThrownBy(() -> Registry.of(2017, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("households");
    assertThatThrownBy(() -> Registry.of(2017, java.util.Arrays.asList(A, null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void test_household_findsById() {
    Registry r = Registry.of(2017, List.of(A, B));
    assertThat(r.household(HouseholdId.of("B"))).contains(B);
    assertThat(r.household(HouseholdId.of("Z"))).isEmpty();
    assertThatThrownBy(() -> r.household(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
  }

  @Test
  void test_households_byRegionAtEveryLevel() {
    Registry r = Registry.of(2017, List.of(A, B, C, D));
    assertThat(r.households(V1)).containsExactly(A);
    assertThat(r.households(V1.at(RegionLevel.TOWNSHIP))).containsExactly(A, B);
    assertThat(r.households(V1.at(RegionLevel.COUNTY))).containsExactly(A, B, C);
    assertThat(r.households(V1.at(RegionLevel.PROVINCE))).containsExactly(A, B, C, D);
    assertThat(r.households(RegionCode.parse("430121"))).isEmpty();
  }

  @Test
  void test_people_sumsMembers() {
    assertThat(Registry.of(2017, List.of(A, B, C, D)).people()).isEqualTo(10);
  }

  @Test
  void test_equals_ignoresInputOrder() {
    Registry r1 = Registry.of(2017, List.of(A, B, C));
    Registry r2 = Registry.of(2017, List.of(C, A, B));
    assertThat(r1).isEqualTo(r2).hasSameHashCodeAs(r2);
    assertThat(r1).isNotEqualTo(Registry.of(2018, List.of(A, B, C)));
    assertThat(r1).isNotEqualTo(Registry.of(2017, List.of(A, B)));
  }

  @Test
  void test_builder_sortsLikeOf() {
    Registry built = Registry.builder().year(2017).addHouseholds(C, A).build();
    assertThat(built).isEqualTo(Registry.of(2017, List.of(A, C)));
    assertThat(built.households()).containsExactly(A, C);
  }

  @Test
  void test_toString_isShort() {
    assertThat(Registry.of(2017, List.of(A, B))).hasToString("Registry{year=2017, households=2, people=7}");
  }
}
