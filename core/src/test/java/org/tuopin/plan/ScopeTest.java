package org.tuopin.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.tuopin.testing.Theories.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.HouseholdId;
import org.tuopin.testing.Generators;

class ScopeTest {

  private static final RegionCode COUNTY = RegionCode.parse("511921");
  private static final RegionCode TOWNSHIP = RegionCode.parse("511921105000");
  private static final RegionCode V1 = RegionCode.parse("511921105201");
  private static final RegionCode V2 = RegionCode.parse("511921105202");
  private static final RegionCode V3 = RegionCode.parse("511921105203");
  private static final RegionCode OTHER_TOWNSHIP_VILLAGE = RegionCode.parse("511921106201");
  private static final HouseholdId H1 = HouseholdId.of("5119211052010001");

  @Test
  public void test_levels() {
    assertThat(Scope.of(COUNTY).level()).isEqualTo(PlanLevel.COUNTY);
    assertThat(Scope.of(TOWNSHIP).level()).isEqualTo(PlanLevel.TOWNSHIP);
    assertThat(Scope.of(V1).level()).isEqualTo(PlanLevel.VILLAGE);
    assertThat(Scope.ofCluster(V2, V3).level()).isEqualTo(PlanLevel.VILLAGE);
    assertThat(Scope.ofGroup(V1, "3").level()).isEqualTo(PlanLevel.GROUP);
    assertThat(Scope.ofHousehold(V1, H1).level()).isEqualTo(PlanLevel.HOUSEHOLD);
    assertThat(Scope.ofHousehold(V1, "3", H1).level()).isEqualTo(PlanLevel.HOUSEHOLD);
    for (RegionLevel l : RegionLevel.values()) {
      assertThat(PlanLevel.of(l).key()).isEqualTo(l.key());
    }
  }

  @Test
  public void test_parents() {
    assertThat(Scope.ofHousehold(V1, "3", H1).parent()).contains(Scope.ofGroup(V1, "3"));
    assertThat(Scope.ofHousehold(V1, H1).parent()).contains(Scope.of(V1));
    assertThat(Scope.ofGroup(V1, "3").parent()).contains(Scope.of(V1));
    assertThat(Scope.ofCluster(V1, V3).parent()).contains(Scope.of(TOWNSHIP));
    assertThat(Scope.of(V1).parent()).contains(Scope.of(TOWNSHIP));
    assertThat(Scope.of(RegionCode.parse("510000000000")).parent()).isEmpty();
    assertThat(Scope.ofHousehold(V1, "3", H1).chain()).extracting(Scope::toString).containsExactly(
        "510000000000", "511900000000", "511921000000", "511921105000", "511921105201", "511921105201/g:3",
        "511921105201/g:3/h:5119211052010001");
    assertThat(Scope.ofCluster(V1, V3).chain()).last().isEqualTo(Scope.ofCluster(V1, V3));
  }

  @Test
  public void test_contains() {
    Scope township = Scope.of(TOWNSHIP);
    Scope cluster = Scope.ofCluster(V2, V3);
    assertThat(township.contains(township)).isTrue();
    assertThat(township.contains(Scope.of(V1))).isTrue();
    assertThat(township.contains(cluster)).isTrue();
    assertThat(township.contains(Scope.ofHousehold(V1, "3", H1))).isTrue();
    assertThat(township.contains(Scope.of(OTHER_TOWNSHIP_VILLAGE))).isFalse();
    assertThat(Scope.of(COUNTY).contains(township)).isTrue();
    assertThat(township.contains(Scope.of(COUNTY))).isFalse();
    assertThat(cluster.contains(Scope.of(V2))).isTrue();
    assertThat(cluster.contains(Scope.ofGroup(V3, "1"))).isTrue();
    assertThat(cluster.contains(Scope.of(V1))).isFalse();
    assertThat(cluster.contains(township)).isFalse();
    assertThat(Scope.of(V2).contains(cluster)).isFalse();
    assertThat(Scope.ofCluster(V1, V2, V3).contains(cluster)).isTrue();
    assertThat(Scope.ofGroup(V1, "3").contains(Scope.ofHousehold(V1, "3", H1))).isTrue();
    assertThat(Scope.ofGroup(V1, "3").contains(Scope.ofHousehold(V1, "4", H1))).isFalse();
    assertThat(Scope.ofGroup(V1, "3").contains(Scope.ofHousehold(V1, H1))).isFalse();
    assertThat(Scope.ofGroup(V1, "3").contains(Scope.of(V1))).isFalse();
    assertThat(Scope.ofHousehold(V1, H1).contains(Scope.ofHousehold(V1, H1))).isTrue();
    assertThat(Scope.ofHousehold(V1, H1).contains(Scope.ofHousehold(V1, HouseholdId.of("x")))).isFalse();
  }

  @Test
  public void test_overlaps() {
    Scope cluster = Scope.ofCluster(V2, V3);
    assertThat(cluster.overlaps(Scope.of(V3))).isTrue();
    assertThat(cluster.overlaps(Scope.ofCluster(V1, V3))).isTrue();
    assertThat(cluster.overlaps(Scope.of(V1))).isFalse();
    assertThat(cluster.overlaps(Scope.ofGroup(V2, "1"))).isTrue();
    assertThat(Scope.of(V1).overlaps(Scope.of(V2))).isFalse();
    assertThat(Scope.of(TOWNSHIP).overlaps(Scope.of(V2))).isTrue();
    assertThat(Scope.ofGroup(V1, "1").overlaps(Scope.ofGroup(V1, "2"))).isFalse();
    assertThat(Scope.ofGroup(V1, "1").overlaps(Scope.ofHousehold(V1, "1", H1))).isTrue();
  }

  @Test
  public void test_childToward() {
    Scope township = Scope.of(TOWNSHIP);
    assertThat(Scope.of(COUNTY).childToward(Scope.ofHousehold(V1, "3", H1))).isEqualTo(township);
    assertThat(township.childToward(Scope.ofHousehold(V1, "3", H1))).isEqualTo(Scope.of(V1));
    assertThat(Scope.of(V1).childToward(Scope.ofHousehold(V1, "3", H1))).isEqualTo(Scope.ofGroup(V1, "3"));
    assertThat(Scope.of(V1).childToward(Scope.ofHousehold(V1, H1))).isEqualTo(Scope.ofHousehold(V1, H1));
    assertThat(Scope.ofGroup(V1, "3").childToward(Scope.ofHousehold(V1, "3", H1)))
        .isEqualTo(Scope.ofHousehold(V1, "3", H1));
  }

  @Test
  public void test_parse_andToString() {
    for (String text : List.of("511921105000", "511921105201", "511921105202+511921105203",
        "511921105201/g:3", "511921105201/g:第三组/h:H-1", "511921105201/h:5119211052010001")) {
      assertThat(Scope.parse(text).toString()).isEqualTo(text);
    }
    assertThat(Scope.parse("511921")).isEqualTo(Scope.of(COUNTY));
    assertThat(Scope.parse("511921105203+511921105202")).isEqualTo(Scope.ofCluster(V2, V3));
    assertThat(Scope.ofCluster(List.of(V3, V2, V3))).isEqualTo(Scope.ofCluster(V2, V3))
        .hasSameHashCodeAs(Scope.ofCluster(V2, V3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "5119", "511921105201/x:1", "511921105000/g:1", "511921105201+",
      "511921105201+511921106201", "511921105201/g:3/h:1/z", "511921105201/g:a b"})
  public void test_parse_rejectsNamingTheText(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Scope.parse(text)).withMessageContaining("'" + text + "'");
  }

  @Test
  public void test_factories_rejectBadParts() {
    assertThatIllegalArgumentException().isThrownBy(() -> Scope.ofCluster(V1)).withMessageContaining("two");
    assertThatIllegalArgumentException().isThrownBy(() -> Scope.ofCluster(V1, TOWNSHIP))
        .withMessageContaining("siblings");
    assertThatIllegalArgumentException().isThrownBy(() -> Scope.ofCluster(V1, OTHER_TOWNSHIP_VILLAGE))
        .withMessageContaining("siblings");
    assertThatIllegalArgumentException().isThrownBy(() -> Scope.ofGroup(TOWNSHIP, "1"))
        .withMessageContaining("511921105000");
    assertThatIllegalArgumentException().isThrownBy(() -> Scope.ofGroup(V1, "")).withMessageContaining("group");
    assertThatNullPointerException().isThrownBy(() -> Scope.of(null)).withMessage("region");
    assertThatNullPointerException().isThrownBy(() -> Scope.ofHousehold(V1, null)).withMessage("household");
    assertThatNullPointerException().isThrownBy(() -> Scope.parse(null)).withMessage("text");
  }

  private static Gen<Scope> scopes() {
    Gen<RegionCode> villages = Generators.villageCodes();
    return in -> {
      RegionCode v = villages.generate(in);
      switch (integers().between(0, 4).generate(in)) {
        case 0:
          return Scope.of(v.at(RegionLevel.values()[integers().between(0, 4).generate(in)]));
        case 1:
          return Scope.ofGroup(v, Integer.toString(integers().between(1, 60).generate(in)));
        case 2:
          return Scope.ofHousehold(v, Generators.householdIds().generate(in));
        case 3:
          return Scope.ofHousehold(v, "组" + integers().between(1, 9).generate(in), Generators.householdIds().generate(in));
        default:
          long sibling = v.toLong() % 1000 == 999 ? v.toLong() - 1 : v.toLong() + 1;
          return Scope.ofCluster(v, RegionCode.of(sibling));
      }
    };
  }

  @Test
  public void property_parse_readsBackToString() {
    qt().forAll(scopes()).check(s -> Scope.parse(s.toString()).equals(s));
  }

  @Test
  public void property_everyScopeLiesInsideItsParentsAndOverlapsThem() {
    qt().forAll(scopes()).checkAssert(s -> {
      for (Scope ancestor : s.chain()) {
        assertThat(ancestor.contains(s)).as("%s contains %s", ancestor, s).isTrue();
        assertThat(ancestor.overlaps(s)).isTrue();
      }
      s.parent().ifPresent(p -> {
        assertThat(p.contains(s)).isTrue();
        assertThat(s.contains(p)).isFalse();
        assertThat(p.level().compareTo(s.level())).isNegative();
      });
    });
  }
}
