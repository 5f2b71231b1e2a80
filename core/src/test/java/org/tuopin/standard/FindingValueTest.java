package org.tuopin.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Language;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;

/** The quantity value of findings, and findings built part by part. */
class FindingValueTest {

  @Test
  void test_amount_rendersTheQuantityWithItsUnit() {
    FindingValue.Amount area = new FindingValue.Amount(Quantity.parse("8700 亩"));
    assertThat(area.text()).isEqualTo(Text.of("8,700 亩", "8,700 mu"));
    assertThat(area).isEqualTo(new FindingValue.Amount(Quantity.parse("8700 亩")));
    assertThatNullPointerException().isThrownBy(() -> new FindingValue.Amount(null)).withMessage("quantity");
  }

  @Test
  void test_builder_makesTheSameFindingAsTheFactory() {
    CriterionId id = CriterionId.of("area");
    Text label = Text.of("面积", "area");
    FindingValue.Amount threshold = new FindingValue.Amount(Quantity.parse("8700 亩"));
    FindingValue.Amount observed = new FindingValue.Amount(Quantity.parse("8500 亩"));
    Finding built = Finding.builder().criterion(id).label(label).comparison(Comparison.AT_LEAST)
        .threshold(threshold).observedValue(observed).status(Tristate.NOT_MET).build();
    assertThat(built).isEqualTo(Finding.of(id, label, Comparison.AT_LEAST, threshold,
        java.util.Optional.of(observed), Tristate.NOT_MET));
    assertThat(built.explain(Language.EN)).isEqualTo("✗ area: required at least 8,700 mu, observed 8,500 mu");
    assertThat(built.mark()).isEqualTo("✗");
  }
}
