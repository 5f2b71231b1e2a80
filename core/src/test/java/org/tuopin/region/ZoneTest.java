package org.tuopin.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuopin.testing.Generators;

class ZoneTest {

  // DOMAIN.md §2: west = 15 45 50 51 52 53 54 61 62 63 64 65; central = 14 22 23 34 36 41 42 43.
  private static final Set<Integer> WEST = Set.of(15, 45, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65);
  private static final Set<Integer> CENTRAL = Set.of(14, 22, 23, 34, 36, 41, 42, 43);

  @Test
  public void test_ofProvince_matchesTheDomainListsForEveryProvince() {
    for (int p : Generators.PROVINCES) {
      Zone expected = WEST.contains(p) ? Zone.WEST : CENTRAL.contains(p) ? Zone.CENTRAL : Zone.EAST;
      assertThat(Zone.ofProvince(p)).as("province %s", p).isEqualTo(expected);
    }
  }

  @Test
  public void test_ofProvince_examples() {
    assertThat(Zone.ofProvince(51)).isEqualTo(Zone.WEST);
    assertThat(Zone.ofProvince(43)).isEqualTo(Zone.CENTRAL);
    assertThat(Zone.ofProvince(32)).isEqualTo(Zone.EAST);
  }

  @ParameterizedTest
  @CsvSource({"east, EAST", "EAST, EAST", "东部, EAST", "东, EAST", "central, CENTRAL", "中部, CENTRAL",
      "中, CENTRAL", "west, WEST", " West , WEST", "西部, WEST", "西, WEST"})
  public void test_parse_readsKeysAndChineseNames(String text, Zone zone) {
    assertThat(Zone.parse(text)).isEqualTo(zone);
  }

  @Test
  public void test_parse_readsBackKeyAndLabel() {
    for (Zone z : Zone.values()) {
      assertThat(Zone.parse(z.key())).isEqualTo(z);
      assertThat(Zone.parse(z.label().zh())).isEqualTo(z);
      assertThat(Zone.parse(z.label().en())).isEqualTo(z);
    }
  }

  @Test
  public void test_parse_rejectsUnknownZones() {
    assertThatIllegalArgumentException().isThrownBy(() -> Zone.parse("north"))
        .withMessageContaining("'north'").withMessageContaining("east, central or west");
  }

  @Test
  public void test_regionLevel_digitsAndKeys() {
    assertThat(RegionLevel.values()).extracting(RegionLevel::digits).containsExactly(2, 4, 6, 9, 12);
    assertThat(RegionLevel.values()).extracting(RegionLevel::key)
        .containsExactly("province", "prefecture", "county", "township", "village");
  }
}
