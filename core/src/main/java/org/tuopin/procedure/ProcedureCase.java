package org.tuopin.procedure;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Unit;
import org.tuopin.basics.Units;
import org.tuopin.plan.Scope;
import org.tuopin.standard.Finding;
import org.tuopin.standard.FindingValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * One case of a {@link Procedure} (案卷): the household or village it is about and the
 * {@link StageRecord records} of its stages, as a case-management system keeps them.
 *
 * <p>{@link #check()} reports, as {@link Finding findings}: stages missing, stages recorded
 * that the procedure does not have, stages out of order (a stage dated before the one before
 * it has ended), postings shorter than the procedure requires, and stages not passed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class ProcedureCase implements WithProcedureCase {

  /** Days, the unit of a posting's length. */
  private static final Unit DAYS = Units.DAY;
  /** Stages, the unit of the count of stages on record. */
  private static final Unit STAGES = Units.STAGE;
  /** No note. */
  private static final Text NO_NOTE = Text.of("");

  ProcedureCase() {
  }

  /**
   * Obtains a case.
   *
   * @param procedure  the procedure, not null
   * @param subject  the household or village, not null
   * @param records  the records, in any order, not null
   * @return the case, not null
   */
  public static ProcedureCase of(Procedure procedure, Scope subject, List<StageRecord> records) {
    return ImmutableProcedureCase.builder().procedure(procedure).subject(subject).records(records).build();
  }

  /**
   * Returns the procedure.
   *
   * @return the procedure, not null
   */
  @JsonProperty("procedure")
  public abstract Procedure procedure();

  /**
   * Returns the household or village the case is about.
   *
   * @return the subject, not null
   */
  @JsonProperty("subject")
  public abstract Scope subject();

  /**
   * Returns the records of the stages, in the order given.
   *
   * @return the records, not null
   */
  @JsonProperty("records")
  public abstract ImmutableList<StageRecord> records();

  /**
   * Finds the record of a stage: the first given for it.
   *
   * @param stage  the stage's key, not null
   * @return the record, or empty if the stage has none
   */
  public Optional<StageRecord> record(String stage) {
    return records().stream().filter(r -> r.stage().equals(stage)).findFirst();
  }

  /**
   * Returns the last day of the case's stages, when every stage is on record.
   *
   * @return the last day of the last stage, if every stage is recorded
   */
  public Optional<LocalDate> lastDay() {
    if (procedure().stages().stream().anyMatch(s -> record(s.key()).isEmpty())) {
      return Optional.empty();
    }
    return records().stream().map(StageRecord::lastDay).max(LocalDate::compareTo);
  }

  /**
   * Checks the case against its procedure.
   *
   * @return the report, not null
   */
  public CaseReport check() {
    List<Finding> out = new ArrayList<>();
    Map<String, StageRecord> byStage = new LinkedHashMap<>();
    records().forEach(r -> byStage.putIfAbsent(r.stage(), r));
    List<String> unknown = byStage.keySet().stream().filter(k -> procedure().findStage(k).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      String list = String.join(", ", unknown);
      out.add(described(CaseRule.STAGE_KNOWN, Tristate.NOT_MET,
          Text.message("procedure.unknown_stages", list)));
    }
    List<Stage> missing = procedure().stages().stream().filter(s -> !byStage.containsKey(s.key())).toList();
    int n = procedure().stages().size();
    out.add(Finding.of(CaseRule.STAGE_RECORDED.criterion(), CaseRule.STAGE_RECORDED.label(), Comparison.EXACTLY,
        new FindingValue.Amount(Quantity.of(n, STAGES)),
        Optional.of(new FindingValue.Amount(Quantity.of(n - missing.size(), STAGES))),
        Tristate.of(missing.isEmpty()))
        .withNotes(NO_NOTE, missing.isEmpty() ? NO_NOTE
            : Text.message("procedure.note.missing", labels(missing))));
    order(byStage, out);
    postings(byStage, out);
    List<Stage> failed = procedure().stages().stream()
        .filter(s -> byStage.containsKey(s.key()) && byStage.get(s.key()).outcome() == Outcome.NOT_PASSED).toList();
    out.add(described(CaseRule.STAGE_PASSED, Tristate.of(failed.isEmpty()), failed.isEmpty()
        ? Text.message("procedure.all_passed") : Text.message("procedure.not_passed", labels(failed))));
    return CaseReport.builder().procedure(procedure().key()).subject(subject()).findings(out).missing(missing).build();
  }

  private void order(Map<String, StageRecord> byStage, List<Finding> out) {
    StageRecord before = null;
    Stage beforeStage = null;
    List<Text> early = new ArrayList<>();
    for (Stage s : procedure().stages()) {
      StageRecord r = byStage.get(s.key());
      if (r == null) {
        continue;
      }
      if (before != null && r.date().isBefore(before.lastDay())) {
        early.add(Text.message("procedure.early", s.label(), r.date(), beforeStage.label(), before.lastDay()));
      }
      before = r;
      beforeStage = s;
    }
    out.add(described(CaseRule.STAGE_ORDER, Tristate.of(early.isEmpty()), early.isEmpty()
        ? Text.message("procedure.in_order") : Text.join(Text.message("procedure.list.clauses"), early)));
  }

  private void postings(Map<String, StageRecord> byStage, List<Finding> out) {
    for (Stage s : procedure().stages()) {
      StageRecord r = byStage.get(s.key());
      if (r == null || s.minimumDays().isEmpty()) {
        continue;
      }
      int min = s.minimumDays().getAsInt();
      FindingValue required = new FindingValue.Amount(Quantity.of(min, DAYS));
      Optional<FindingValue> observed = r.days().isPresent()
          ? Optional.of(new FindingValue.Amount(Quantity.of(r.days().getAsLong(), DAYS))) : Optional.empty();
      Tristate status = r.days().isPresent() ? Tristate.of(r.days().getAsLong() >= min) : Tristate.UNKNOWN;
      Finding f = Finding.of(CaseRule.POSTING_DAYS.criterion(), Text.message("procedure.posting_days", s.label()), Comparison.AT_LEAST, required, observed, status);
      if (observed.isEmpty()) {
        f = f.withNotes(NO_NOTE, Text.message("procedure.note.no_end", r.date()));
      }
      out.add(f);
    }
  }

  private static Finding described(CaseRule rule, Tristate status, Text observed) {
    return Finding.of(rule.criterion(), rule.label(), rule.requirement(), observed, status);
  }

  static Text labels(List<Stage> stages) {
    return Text.join(Text.message("plan.list.names"), stages.stream().map(Stage::label).toList());
  }

  @Value.Check
  void refuseWrongSubject() {
    if (subject().household().isEmpty() && procedure().purpose() != Purpose.VILLAGE_EXIT) {
      throw new IllegalArgumentException("a " + procedure().purpose().key() + " case is about a household: '"
          + subject() + "'");
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static ProcedureCase ofJson(
      @JsonProperty("procedure") Procedure procedure,
      @JsonProperty("subject") Scope subject,
      @JsonProperty("records") @Nullable List<StageRecord> records) {
    ImmutableProcedureCase.Builder b = ImmutableProcedureCase.builder();
    b.procedure(procedure);
    b.subject(subject);
    if (records != null) {
      b.records(records);
    }
    return b.build();
  }
}
