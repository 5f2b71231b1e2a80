package org.tuopin.assist.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.CriterionId;
import org.tuopin.standard.Finding;
import org.tuopin.standard.FindingValue;

/** Coverage against its targets, and the seeds' targets with their sources. */
class CoverageTest {

  @Test
  void test_coverage_isExactAndUnknownWithNothingToCover() {
    Coverage full = Coverages.HELP_CARD.measure(1071, 1071);
    assertThat(full.status()).isEqualTo(Tristate.MET);
    assertThat(full.missing()).isZero();
    Coverage almost = Coverages.HELP_CARD.measure(999, 1000);
    assertThat(almost.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(almost.missing()).isEqualTo(1);
    assertThat(almost.finding().explain(org.tuopin.basics.Language.EN))
        .isEqualTo("✗ share of poor households holding a help card: required at least 100.00%, observed 99.90% (999 / 1,000)");
    assertThat(almost.finding().criterion()).isEqualTo(CriterionId.of("help_card"));
    Coverage none = Coverages.HELP_CARD.measure(0, 0);
    assertThat(none.status()).isEqualTo(Tristate.UNKNOWN);
    assertThat(none.ratio()).isEmpty();
    assertThat(none.finding().observed()).isEqualTo(Text.of("无对象（0 / 0）", "nothing to cover (0 / 0)"));
    CoverageTarget ninety = CoverageTarget.of(CriterionId.of("awareness"), Text.of("知晓率", "awareness"),
        Ratio.ofPercent("90"));
    assertThat(ninety.measure(9, 10).status()).isEqualTo(Tristate.MET);
    assertThat(ninety.measure(8, 10).missing()).isEqualTo(1);
    assertThat(ninety.measure(0, 7).missing()).isEqualTo(7);
    assertThatThrownBy(() -> Coverages.HELP_CARD.measure(3, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 of 2");
    assertThatThrownBy(() -> CoverageTarget.of(CriterionId.of("x"), Text.of("x"), Ratio.of(11, 10)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("11/10");
  }

  @Test
  void test_finding_comparesTheShareWithTheTargetAsRates() {
    Finding f = Coverages.HELP_CARD.measure(999, 1000).finding();
    assertThat(f.comparison()).contains(Comparison.AT_LEAST);
    assertThat(f.threshold()).isEqualTo(new FindingValue.Rate(Coverages.HELP_CARD.target()));
    assertThat(f.observedValue()).contains(new FindingValue.Rate(Ratio.of(999, 1000)));
    assertThat(f.required()).isEqualTo(Text.of("达到 100.00%", "at least 100.00%"));
    assertThat(f.observed()).isEqualTo(Text.of("99.90%（999 / 1,000）", "99.90% (999 / 1,000)"));
    assertThat(f.label()).isEqualTo(Coverages.HELP_CARD.label());
  }

  @Test
  void test_coverageTargets_ofTheSeedsWithTheirSources() {
    assertThat(Coverages.all()).extracting(t -> t.criterion().toString())
        .containsExactly("pairing", "help_card", "monthly_contact", "awareness", "visited");
    for (CoverageTarget t : Coverages.all()) {
      assertThat(t.target()).as("%s", t).isEqualByComparingTo(Ratio.of(1, 1));
      assertThat(t.provenance()).as("%s", t).isPresent();
    }
    assertThat(Coverages.HELP_CARD.provenance().orElseThrow().source()).contains("到户率必须达到100%");
    assertThat(Coverages.VISITED.provenance().orElseThrow().isConfirmed()).isFalse();
    assertThat(Coverages.find("awareness")).contains(Coverages.AWARENESS);
    assertThat(Coverages.helpCards(java.util.List.of(HouseholdId.of("a"), HouseholdId.of("b"), HouseholdId.of("a")),
        java.util.List.of(HouseholdId.of("a"), HouseholdId.of("z"))).toString()).isEqualTo("help_card 1/2 NOT_MET");
  }
}
