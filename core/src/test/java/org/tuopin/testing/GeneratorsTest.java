package org.tuopin.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuopin.testing.Theories.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.tuopin.basics.YearRange;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.Member;
import org.tuopin.registry.ResidentId;

/** Tests of the test support itself, which the standards module reuses. */
class GeneratorsTest {

  @Test
  public void test_checkCharacter_knownNumbers() {
    assertThat(Generators.checkCharacter("11010519491231002")).isEqualTo('X');
    // The sum of weights times digits of 11010519491231001 is one more than for ...002 at weight 2:
    // check values differ by -2 mod 11.
    assertThat(Generators.checkCharacter("11010519491231001")).isEqualTo('1');
    assertThat(Generators.checkCharacter("00000000000000000")).isEqualTo('1');
  }

  @Test
  public void property_regionCodeTexts_haveTheLevelAsked() {
    qt().forAll(Generate.enumValues(RegionLevel.class)
        .flatMap(l -> Generators.regionCodeTexts(l).map(t -> RegionCode.parse(t).level() == l)))
        .check(ok -> ok);
  }

  @Test
  public void property_regionCodeTexts_useOnlyGbt2260Provinces() {
    qt().forAll(Generators.regionCodes())
        .check(c -> Generators.PROVINCES.contains(Integer.parseInt(c.toString().substring(0, 2))));
  }

  @Test
  public void property_residentIdSpecs_areAccepted() {
    qt().forAll(Generators.residentIdSpecs()).check(s -> ResidentId.parse(s.text()).birthDate().equals(s.birthDate()));
  }

  @Test
  public void property_households_haveMembersOfManySizesAndOrders() {
    int[] sizes = new int[9];
    int[] householderFirst = new int[2];
    qt(300).forAll(Generators.households(YearRange.of(2014, 2016))).checkAssert(h -> {
      sizes[h.size()]++;
      householderFirst[h.members().get(0).isHouseholder() ? 1 : 0]++;
      for (Member m : h.members()) {
        m.residentId().ifPresent(r -> {
          assertThat(m.birthDate()).hasValue(r.birthDate());
          assertThat(m.sex()).hasValue(r.sex());
        });
      }
    });
    for (int s = 1; s <= 8; s++) {
      assertThat(sizes[s]).as("households of size %s", s).isPositive();
    }
    assertThat(householderFirst[0]).as("households whose householder is not listed first").isPositive();
  }

  @Test
  public void test_fixtures_workedExample() {
    assertThat(Fixtures.workedExampleHousehold().perCapitaNetIncome()).isEqualTo(Yuan.of(4096.25));
    assertThat(Fixtures.exitStandard().effectiveYears()).isEqualTo(YearRange.of(2010, 2019));
  }
}
