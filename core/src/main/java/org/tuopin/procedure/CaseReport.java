package org.tuopin.procedure;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import java.util.Locale;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.plan.Scope;
import org.tuopin.standard.Finding;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * The report on one case of a procedure: the findings of each {@link CaseRule} and the stages
 * that are missing, so a case worker sees at a glance what is left to do.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class CaseReport implements WithCaseReport {

  CaseReport() {
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the key of the procedure the case follows.
   *
   * @return the procedure key, not null
   */
  @JsonProperty("procedure")
  public abstract String procedure();

  /**
   * Returns the household or village the case is about.
   *
   * @return the subject, not null
   */
  @JsonProperty("subject")
  public abstract Scope subject();

  /**
   * Returns the findings, in the order the rules were applied.
   *
   * @return the findings, not null
   */
  @JsonProperty("findings")
  public abstract ImmutableList<Finding> findings();

  /**
   * Returns the stages with no record, in the procedure's order.
   *
   * @return the missing stages, possibly empty, not null
   */
  @JsonProperty("missing")
  public abstract ImmutableList<Stage> missing();

  /**
   * Checks whether every finding is met: the case is complete and in order.
   *
   * @return true if nothing is wrong or unknown
   */
  public boolean isComplete() {
    return findings().stream().allMatch(Finding::isMet);
  }

  /**
   * Returns the findings that are not met or unknown.
   *
   * @return the problems, in order, not null
   */
  public ImmutableList<Finding> problems() {
    return findings().stream().filter(f -> f.status() != Tristate.MET).collect(ImmutableList.toImmutableList());
  }

  /**
   * Explains the report: the subject, then one line per finding with its mark.
   *
   * @param language  the language, not null
   * @return the text, not null
   */
  public String explain(Language language) {
    return explain(language.locale());
  }

  /**
   * Explains the report in a locale, with the frames of Tuopin's message bundle: a third
   * language is a file (English where it has none).
   *
   * @param locale  the locale, not null
   * @return the text, not null
   */
  public String explain(Locale locale) {
    return (isComplete() ? Text.message("procedure.report.complete", subject(), procedure())
        : Text.message("procedure.report.missing", subject(), procedure(), ProcedureCase.labels(missing()))).in(locale)
        + findings().stream().map(f -> "\n  " + f.explain(locale)).collect(Collectors.joining());
  }

  /**
   * A builder of case reports.
   */
  public static final class Builder extends ImmutableCaseReport.Builder {
    Builder() {
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static CaseReport ofJson(
      @JsonProperty("procedure") String procedure,
      @JsonProperty("subject") Scope subject,
      @JsonProperty("findings") @Nullable List<Finding> findings,
      @JsonProperty("missing") @Nullable List<Stage> missing) {
    ImmutableCaseReport.Builder b = ImmutableCaseReport.builder();
    b.procedure(procedure);
    b.subject(subject);
    if (findings != null) {
      b.findings(findings);
    }
    if (missing != null) {
      b.missing(missing);
    }
    return b.build();
  }
}
