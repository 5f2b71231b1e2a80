package org.tuopin.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegionTreeTest {

  private static final RegionCode V1 = RegionCode.parse("511921105201");
  private static final RegionCode V2 = RegionCode.parse("511921105202");
  private static final RegionCode V3 = RegionCode.parse("511921106201");

  @Test
  void test_build_createsMissingParentsFromTheCode() {
    RegionTree t = RegionTree.builder().add(V1, "杨柏村").add(V2).add(V3, "芝苞村")
        .add(RegionCode.parse("511921"), "通江县").build();
    assertThat(t.codes(RegionLevel.PROVINCE)).containsExactly(RegionCode.parse("510000000000"));
    assertThat(t.codes(RegionLevel.PREFECTURE)).containsExactly(RegionCode.parse("511900000000"));
    assertThat(t.codes(RegionLevel.TOWNSHIP)).containsExactly(RegionCode.parse("511921105000"),
        RegionCode.parse("511921106000"));
    assertThat(t.children(RegionCode.parse("511921105000"))).containsExactly(V1, V2);
    assertThat(t.children(RegionCode.parse("511921000000"))).hasSize(2);
    assertThat(t.children(V1)).isEmpty();
    assertThat(t.name(V1)).contains("杨柏村");
    assertThat(t.name(V2)).isEmpty();
    assertThat(t.label(V2)).isEqualTo("511921105202");
    assertThat(t.label(RegionCode.parse("511921000000"))).isEqualTo("通江县");
    assertThat(t.codes()).hasSize(8);
    assertThat(t.codes().first().level()).isEqualTo(RegionLevel.PROVINCE);
  }

  @Test
  void test_add_refusesTwoNamesForOneRegion() {
    assertThatThrownBy(() -> RegionTree.builder().add(V1, "杨柏村").add(V1, "芝苞村"))
        .hasMessageContaining("杨柏村").hasMessageContaining("芝苞村").hasMessageContaining("511921105201");
    assertThat(RegionTree.builder().add(V1, "杨柏村").add(V1, " 杨柏村 ").build().name(V1)).contains("杨柏村");
  }
}
