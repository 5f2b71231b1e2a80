package org.tuopin.examples.custom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Comparison;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.Household;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;
import org.tuopin.standard.Verdict;
import org.tuopin.standards.NationalStandard;

class CustomStandardTest {

  @Test
  void test_exampleProvider_isFoundByIdThroughServiceLoader() {
    StandardSet province = StandardSets.of(ExampleProvinceStandards.ID);
    assertThat(province.id().toString()).isEqualTo("cn.example.province.2018");
    assertThat(StandardSets.ids()).extracting(Object::toString).contains("cn.national", ExampleProvinceStandards.ID);
    assertThat(province.villageCriteria()).extracting(c -> c.id().toString())
        .containsExactly("incidence", "clinic", "collective_income");
  }

  @Test
  void test_exampleProvider_isWellUnder100Lines() throws IOException {
    long lines = Files.lines(Path.of("src/main/java/org/tuopin/examples/custom/ExampleProvinceStandards.java")).count();
    assertThat(lines).isLessThan(100);
  }

  @Test
  void test_derivedVariant_reassessesTheRoster() throws IOException {
    RosterImport roster = RosterReader.create().read(Path.of("data/roster.csv"));
    StandardSet national = StandardSets.of("cn.national");
    StandardSet variant = national.derive("test.variant").incomeLine(NationalStandard.LINE, Comparison.AT_LEAST)
        .householdCondition(Conditions.ELECTRICITY).build();
    for (Household h : roster.households()) {
      Verdict n = national.assess(h).verdict();
      Verdict v = variant.assess(h).verdict();
      boolean onTheLine = h.income().net().equals(NationalStandard.LINE.amount(h.income().year()).multipliedBy(h.size()));
      // Reaching the line exactly only helps; requiring electricity only hurts.
      if (n == Verdict.EXIT_ELIGIBLE) {
        assertThat(v).isEqualTo(h.condition(Conditions.ELECTRICITY) == org.tuopin.basics.Tristate.MET
            ? Verdict.EXIT_ELIGIBLE : h.condition(Conditions.ELECTRICITY) == org.tuopin.basics.Tristate.NOT_MET
            ? Verdict.NOT_ELIGIBLE : Verdict.INSUFFICIENT_DATA);
      } else if (!onTheLine) {
        assertThat(v).isNotEqualTo(Verdict.EXIT_ELIGIBLE);
      }
    }
    assertThat(roster.compare(List.of(national, variant)).differing()).isNotEmpty();
  }
}
