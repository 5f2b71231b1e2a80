package org.tuopin.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Language;
import org.tuopin.basics.NotFoundException;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.plan.Scope;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.Finding;

/** Built-in procedures, cases and their reports. */
class ProcedureTest {

  static final RegionCode VILLAGE = RegionCode.parse("532328205201");
  static final Scope HOUSEHOLD = Scope.ofHousehold(VILLAGE, HouseholdId.of("H0001"));

  /** A complete identification: each stage a week after the one before, postings of 5 days. */
  static List<StageRecord> identification() {
    LocalDate d = LocalDate.of(2014, 4, 1);
    List<StageRecord> out = new ArrayList<>();
    for (Stage s : Procedures.IDENTIFICATION.stages()) {
      out.add(s.kind() == StageKind.POSTING
          ? StageRecord.ofPosting(s.key(), d, d.plusDays(4), s.body().zh(), Outcome.PASSED)
          : StageRecord.of(s.key(), d, s.body().zh(), Outcome.PASSED));
      d = d.plusDays(7);
    }
    return out;
  }

  private static Finding finding(CaseReport r, CaseRule rule) {
    return r.findings().stream().filter(f -> f.criterion().equals(rule.criterion())).findFirst().orElseThrow();
  }

  @Test
  void test_builtIns_loadWithTheirStagesAndSources() {
    assertThat(Procedures.all()).extracting(Procedure::key)
        .containsExactly("identification", "household_exit", "village_exit", "yuanmou_exit");
    assertThat(Procedures.YUANMOU_EXIT.stages()).extracting(s -> s.label().zh())
        .containsExactly("贫困户申请", "村委会确定脱贫名单", "村民代表大会评议", "乡复核验收", "县审批认定");
    assertThat(Procedures.HOUSEHOLD_EXIT.stages()).extracting(s -> s.label().zh())
        .containsExactly("民主评议", "核实", "户认可", "村内公示", "公告退出", "销号");
    assertThat(Procedures.VILLAGE_EXIT.stages()).extracting(s -> s.label().zh()).containsExactly("乡镇内公示", "公告");
    assertThat(Procedures.IDENTIFICATION.stage("first_posting").minimumDays()).hasValue(5);
    assertThat(Procedures.IDENTIFICATION.stage("second_posting").minimumDays()).hasValue(5);
    assertThat(Procedures.all()).allMatch(p -> p.source().isPresent());
    assertThat(Procedures.YUANMOU_EXIT.source().get().toString()).contains("Seed 004");
    assertThatThrownBy(() -> Procedures.of("nope")).isInstanceOf(NotFoundException.class).hasMessageContaining("nope");
    assertThatThrownBy(() -> Procedures.IDENTIFICATION.stage("nope")).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("first_posting");
  }

  @Test
  void test_completeCase_isComplete() {
    CaseReport r = ProcedureCase.of(Procedures.IDENTIFICATION, HOUSEHOLD, identification()).check();
    assertThat(r.isComplete()).as(r.explain(Language.EN)).isTrue();
    assertThat(r.missing()).isEmpty();
    assertThat(r.explain(Language.ZH)).startsWith("532328205201/h:H0001 identification：完整");
  }

  @Test
  void test_missingStage_isListed() {
    List<StageRecord> records = identification();
    records.remove(4);
    CaseReport r = ProcedureCase.of(Procedures.IDENTIFICATION, HOUSEHOLD, records).check();
    assertThat(r.isComplete()).isFalse();
    assertThat(r.missing()).extracting(Stage::key).containsExactly("township_review");
    assertThat(finding(r, CaseRule.STAGE_RECORDED).observed().zh()).isEqualTo("6 个环节（缺 乡镇审核）");
  }

  @Test
  void test_shortPosting_andMissingEnd_areReported() {
    List<StageRecord> records = identification();
    StageRecord first = records.get(3);
    records.set(3, StageRecord.ofPosting("first_posting", first.date(), first.date().plusDays(2), "村委会",
        Outcome.PASSED));
    records.set(5, StageRecord.of("second_posting", records.get(5).date(), "乡镇人民政府", Outcome.PASSED));
    CaseReport r = ProcedureCase.of(Procedures.IDENTIFICATION, HOUSEHOLD, records).check();
    List<Finding> postings = r.findings().stream()
        .filter(f -> f.criterion().equals(CaseRule.POSTING_DAYS.criterion())).toList();
    assertThat(postings).extracting(Finding::status).containsExactly(Tristate.NOT_MET, Tristate.UNKNOWN);
    assertThat(postings.get(0).explain(Language.EN)).contains("at least 5 days", "3 days");
  }

  @Test
  void test_outOfOrder_andNotPassed_andUnknownStage_areReported() {
    List<StageRecord> records = identification();
    StageRecord verify = records.get(2);
    records.set(2, verify.withDate(records.get(0).date().minusDays(1)).withOutcome(Outcome.NOT_PASSED));
    records.add(StageRecord.of("lottery", LocalDate.of(2014, 6, 1), "x", Outcome.PASSED));
    CaseReport r = ProcedureCase.of(Procedures.IDENTIFICATION, HOUSEHOLD, records).check();
    assertThat(finding(r, CaseRule.STAGE_ORDER).status()).isEqualTo(Tristate.NOT_MET);
    assertThat(finding(r, CaseRule.STAGE_ORDER).observed().zh()).contains("核实", "民主评议");
    assertThat(finding(r, CaseRule.STAGE_PASSED).observed().en()).isEqualTo("not passed: verification");
    assertThat(finding(r, CaseRule.STAGE_KNOWN).observed().en()).contains("lottery");
  }

  @Test
  void test_countyVariant_isADefinition() {
    Procedure variant = Procedure.builder().from(Procedures.VILLAGE_EXIT).key("county_village_exit")
        .stages(List.of(Stage.ofPosting("township_posting", Text.of("乡镇内公示", "posting"), Text.of("乡镇"), 7),
            Procedures.VILLAGE_EXIT.stage("announce")))
        .build();
    Scope village = Scope.of(VILLAGE);
    CaseReport r = ProcedureCase.of(variant, village, List.of(
        StageRecord.ofPosting("township_posting", LocalDate.of(2017, 9, 1), LocalDate.of(2017, 9, 5), "乡镇",
            Outcome.PASSED),
        StageRecord.of("announce", LocalDate.of(2017, 9, 10), "县", Outcome.PASSED))).check();
    assertThat(finding(r, CaseRule.POSTING_DAYS).status()).isEqualTo(Tristate.NOT_MET);
  }

  @Test
  void test_invalidDefinitionsAndRecords_areRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> Procedure.builder().from(Procedures.VILLAGE_EXIT)
        .stages(List.of(Procedures.VILLAGE_EXIT.stage("announce"), Procedures.VILLAGE_EXIT.stage("announce")))
        .build()).withMessageContaining("twice");
    assertThatIllegalArgumentException().isThrownBy(() -> StageRecord.ofPosting("p", LocalDate.of(2017, 1, 2),
        LocalDate.of(2017, 1, 1), "x", Outcome.PASSED)).withMessageContaining("ends before");
    assertThatIllegalArgumentException().isThrownBy(() -> ProcedureCase.of(Procedures.HOUSEHOLD_EXIT,
        Scope.of(VILLAGE), List.of())).withMessageContaining("household");
  }
}
