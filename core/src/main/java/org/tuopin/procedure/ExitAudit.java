package org.tuopin.procedure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.plan.Scope;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.HouseholdTransition;
import org.tuopin.registry.RegistryHistory;
import org.tuopin.registry.Transition;
import org.tuopin.standard.Finding;

/**
 * Runs a household exit procedure from a registry's yearly history: every household that a
 * snapshot marks exited ({@link Transition#EXITED}) must have a case of the procedure whose
 * stages are all complete and fall on or before the end of the year the registry marks it.
 *
 * <p>Each exit gives one {@link CaseReport}: the case's own findings, then whether the
 * registry marked the exit only after every stage ({@link CaseRule#REGISTRY_AFTER_STAGES}).
 * An exit with no case on record is itself a finding ({@link CaseRule#PROCEDURE_ON_RECORD}),
 * with every stage missing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExitAudit {

  private final Procedure procedure;
  private final Map<HouseholdId, ProcedureCase> cases = new HashMap<>();

  private ExitAudit(Procedure procedure, Collection<ProcedureCase> cases) {
    this.procedure = procedure;
    for (ProcedureCase c : cases) {
      if (!c.procedure().key().equals(procedure.key())) {
        continue;
      }
      HouseholdId id = c.subject().household().orElseThrow();
      if (this.cases.put(id, c) != null) {
        throw new IllegalArgumentException("two cases of " + procedure.key() + " for household '" + id + "'");
      }
    }
  }

  /**
   * Obtains an audit of a procedure over the cases on record.
   *
   * @param procedure  the household exit procedure, not null
   * @param cases  the cases on record, of any procedure; those of others are ignored, not null
   * @return the audit, not null
   * @throws IllegalArgumentException if the procedure is not a household exit or two cases of
   *     it are about one household
   */
  public static ExitAudit of(Procedure procedure, Collection<ProcedureCase> cases) {
    requireNonNull(procedure, "procedure");
    requireNonNull(cases, "cases");
    if (procedure.purpose() != Purpose.HOUSEHOLD_EXIT) {
      throw new IllegalArgumentException("an exit audit runs a household exit procedure, not '"
          + procedure.key() + "' (" + procedure.purpose().key() + ")");
    }
    return new ExitAudit(procedure, cases);
  }

  /**
   * Audits the exits between two snapshots of a history.
   *
   * @param history  the registry history, not null
   * @param fromYear  the earlier year, which must have a snapshot
   * @param toYear  the later year, which must have a snapshot and marks the exits
   * @return one report per exited household, in household id order, not null
   * @throws IllegalArgumentException if a year has no snapshot or {@code fromYear} is not
   *     before {@code toYear}
   */
  public ImmutableList<CaseReport> audit(RegistryHistory history, int fromYear, int toYear) {
    requireNonNull(history, "history");
    LocalDate marked = LocalDate.of(toYear, 12, 31);
    ImmutableList.Builder<CaseReport> out = ImmutableList.builder();
    for (HouseholdTransition t : history.transitions(fromYear, toYear)) {
      if (t.transition() != Transition.EXITED) {
        continue;
      }
      Scope subject = Scope.ofHousehold(t.village(), t.id());
      ProcedureCase c = cases.get(t.id());
      if (c == null) {
        Finding none = Finding.of(CaseRule.PROCEDURE_ON_RECORD.criterion(), CaseRule.PROCEDURE_ON_RECORD.label(),
            CaseRule.PROCEDURE_ON_RECORD.requirement(), Text.message("procedure.audit.none", toYear, procedure.name()),
            Tristate.NOT_MET);
        out.add(CaseReport.builder().procedure(procedure.key()).subject(subject).addFindings(none)
            .missing(procedure.stages()).build());
        continue;
      }
      CaseReport own = c.check();
      List<Text> late = new ArrayList<>();
      for (Stage s : procedure.stages()) {
        c.record(s.key()).filter(r -> r.lastDay().isAfter(marked)).ifPresent(r -> {
          late.add(Text.message("procedure.stage_dated", s.label(), r.lastDay()));
        });
      }
      boolean complete = own.missing().isEmpty();
      Tristate status = !late.isEmpty() || !complete ? Tristate.NOT_MET : Tristate.MET;
      Text observed = !late.isEmpty()
          ? Text.message("procedure.audit.late", toYear, Text.join(Text.message("plan.list.names"), late))
          : complete ? Text.message("procedure.audit.done", toYear)
          : Text.message("procedure.audit.unfinished", toYear);
      Finding after = Finding.of(CaseRule.REGISTRY_AFTER_STAGES.criterion(), CaseRule.REGISTRY_AFTER_STAGES.label(),
          CaseRule.REGISTRY_AFTER_STAGES.requirement(), observed, status);
      out.add(own.withSubject(subject).withFindings(ImmutableList.<Finding>builder().addAll(own.findings()).add(after)
          .build()));
    }
    return out.build();
  }

  /**
   * Returns the procedure and the number of cases on record.
   *
   * @return a short description, not null
   */
  @Override
  public String toString() {
    return "ExitAudit{" + procedure.key() + ", " + cases.size() + " cases}";
  }
}
