package org.tuopin.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Language;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Yuan;
import org.tuopin.plan.Scope;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.ExitStatus;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.registry.Member;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.Registry;
import org.tuopin.registry.RegistryHistory;
import org.tuopin.registry.Relation;

/** Exits in a registry's history, audited against seed 004's procedure. */
class ExitAuditTest {

  private static final RegionCode VILLAGE = ProcedureTest.VILLAGE;

  private static Household household(String id, ExitStatus status) {
    return Household.builder().id(HouseholdId.of(id)).village(VILLAGE)
        .income(IncomeStatement.of(2016, Yuan.of(3000), Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO))
        .exitStatus(status).addMembers(Member.of(PersonId.of(id + "-P0"), Relation.HOUSEHOLDER)).build();
  }

  private static final RegistryHistory HISTORY = RegistryHistory.of(List.of(
      Registry.of(2016, List.of(household("A", ExitStatus.NOT_EXITED), household("B", ExitStatus.NOT_EXITED),
          household("C", ExitStatus.NOT_EXITED), household("D", ExitStatus.NOT_EXITED))),
      Registry.of(2017, List.of(household("A", ExitStatus.EXITED_WITH_POLICY),
          household("B", ExitStatus.EXITED_WITH_POLICY), household("C", ExitStatus.EXITED_WITH_POLICY),
          household("D", ExitStatus.NOT_EXITED)))));

  private static ProcedureCase yuanmou(String id, LocalDate start) {
    List<StageRecord> records = new ArrayList<>();
    LocalDate d = start;
    for (Stage s : Procedures.YUANMOU_EXIT.stages()) {
      records.add(StageRecord.of(s.key(), d, s.body().zh(), Outcome.PASSED));
      d = d.plusDays(10);
    }
    return ProcedureCase.of(Procedures.YUANMOU_EXIT, Scope.ofHousehold(VILLAGE, HouseholdId.of(id)), records);
  }

  @Test
  void test_audit_findsTheExitWithoutAProcedureAndTheOneMarkedTooEarly() {
    ExitAudit audit = ExitAudit.of(Procedures.YUANMOU_EXIT,
        List.of(yuanmou("A", LocalDate.of(2017, 9, 1)), yuanmou("B", LocalDate.of(2017, 12, 1))));
    List<CaseReport> reports = audit.audit(HISTORY, 2016, 2017);
    assertThat(reports).extracting(r -> r.subject().household().orElseThrow().toString())
        .containsExactly("A", "B", "C");
    assertThat(reports.get(0).isComplete()).as(reports.get(0).explain(Language.EN)).isTrue();
    CaseReport b = reports.get(1);
    assertThat(b.isComplete()).isFalse();
    assertThat(b.problems()).hasSize(1);
    assertThat(b.problems().get(0).criterion()).isEqualTo(CaseRule.REGISTRY_AFTER_STAGES.criterion());
    assertThat(b.problems().get(0).observed().zh()).endsWith("以下环节在其后：县审批认定（2018-01-10）");
    CaseReport c = reports.get(2);
    assertThat(c.problems()).singleElement().satisfies(f -> {
      assertThat(f.criterion()).isEqualTo(CaseRule.PROCEDURE_ON_RECORD.criterion());
      assertThat(f.status()).isEqualTo(Tristate.NOT_MET);
    });
    assertThat(c.missing()).hasSize(5);
  }

  @Test
  void test_audit_refusesAnIdentificationProcedure() {
    assertThatIllegalArgumentException().isThrownBy(() -> ExitAudit.of(Procedures.IDENTIFICATION, List.of()))
        .withMessageContaining("identification");
  }
}
