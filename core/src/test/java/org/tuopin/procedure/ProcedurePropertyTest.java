package org.tuopin.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.tuopin.testing.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Tristate;
import org.tuopin.standard.Finding;

/** Every procedure path that skips a stage is reported. */
class ProcedurePropertyTest {

  @Test
  void property_everyPathThatSkipsAStage_isReported() {
    int stages = Procedures.IDENTIFICATION.stages().size();
    qt().forAll(integers().between(1, (1 << stages) - 1)).checkAssert(skipMask -> {
      List<StageRecord> all = ProcedureTest.identification();
      List<StageRecord> kept = new ArrayList<>();
      List<String> skipped = new ArrayList<>();
      for (int i = 0; i < stages; i++) {
        if ((skipMask & (1 << i)) == 0) {
          kept.add(all.get(i));
        } else {
          skipped.add(all.get(i).stage());
        }
      }
      CaseReport r = ProcedureCase.of(Procedures.IDENTIFICATION, ProcedureTest.HOUSEHOLD, kept).check();
      assertThat(r.isComplete()).isFalse();
      assertThat(r.missing()).extracting(Stage::key).containsExactlyElementsOf(skipped);
      Finding recorded = r.findings().stream()
          .filter(f -> f.criterion().equals(CaseRule.STAGE_RECORDED.criterion())).findFirst().orElseThrow();
      assertThat(recorded.status()).isEqualTo(Tristate.NOT_MET);
    });
  }
}
