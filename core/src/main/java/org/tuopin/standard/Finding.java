package org.tuopin.standard;

import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.Comparison;
import java.util.Locale;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * What one criterion found about one subject: the comparison it applies, the threshold it
 * requires and the value it observed, as typed {@link FindingValue values}, and whether the
 * criterion is met, not met, or cannot be decided for want of data.
 *
 * <p>The texts {@link #required()} and {@link #observed()} are renderings of the values: the
 * comparison's label, the threshold and a note (超过 ¥2,855.00（2015年标准）); the observed
 * value and a note (¥4,096.25（16385.00 ÷ 4）), or 未知 / unknown when nothing was observed.
 * Findings made from text alone ({@link #of(CriterionId, Text, Text, Text, Tristate)}) hold
 * their texts as {@link FindingValue.Described} values.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Finding implements WithFinding {

  private static final Text NO_NOTE = Text.of("");

  Finding() {
  }

  /**
   * Returns a builder, for a finding whose parts are only known one by one, such as a
   * comparison a check may or may not make.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a finding from texts alone, for a check that has no typed figure.
   *
   * @param criterion  the criterion's id, not null
   * @param label  the criterion's label, not null
   * @param required  what the criterion requires, such as "达到 100.00%", not null
   * @param observed  what was observed, such as "回访 1,200 户", not null
   * @param status  met, not met or unknown, not null
   * @return the finding, not null
   */
  public static Finding of(CriterionId criterion, Text label, Text required, Text observed, Tristate status) {
    return ImmutableFinding.builder().criterion(criterion).label(label)
        .threshold(new FindingValue.Described(required))
        .observedValue(new FindingValue.Described(observed)).status(status).build();
  }

  /**
   * Obtains a finding of an observed value compared with a threshold.
   *
   * @param criterion  the criterion's id, not null
   * @param label  the criterion's label, not null
   * @param comparison  how the observed value is compared with the threshold, not null
   * @param threshold  the threshold, not null
   * @param observed  the observed value, or empty if unknown
   * @param status  met, not met or unknown, not null
   * @return the finding, not null
   */
  public static Finding of(CriterionId criterion, Text label, Comparison comparison, FindingValue threshold,
      Optional<FindingValue> observed, Tristate status) {
    return ImmutableFinding.builder().criterion(criterion).label(label).comparison(comparison)
        .threshold(threshold).observedValue(observed).status(status).build();
  }

  /**
   * Obtains a finding of an observed value against what is required, without a comparison,
   * such as a condition that must hold (required 是, observed 否).
   *
   * @param criterion  the criterion's id, not null
   * @param label  the criterion's label, not null
   * @param required  what is required, not null
   * @param observed  what was observed, not null
   * @param status  met, not met or unknown, not null
   * @return the finding, not null
   */
  public static Finding of(CriterionId criterion, Text label, FindingValue required, FindingValue observed,
      Tristate status) {
    return ImmutableFinding.builder().criterion(criterion).label(label)
        .threshold(required).observedValue(observed).status(status).build();
  }

  /**
   * Returns the id of the criterion that made this finding.
   *
   * @return the criterion id, not null
   */
  @JsonProperty("criterion")
  public abstract CriterionId criterion();

  /**
   * Returns the criterion's label.
   *
   * @return the label, not null
   */
  @JsonProperty("label")
  public abstract Text label();

  /**
   * Returns how the observed value is compared with the threshold, if the criterion compares.
   *
   * @return the comparison, or empty for a fact that must hold or a text-only finding
   */
  public abstract Optional<Comparison> comparison();

  /**
   * Returns what the criterion requires: the threshold of a comparison, or the fact required.
   *
   * @return the threshold, not null
   */
  @JsonProperty("threshold")
  public abstract FindingValue threshold();

  /**
   * Returns the value observed.
   *
   * @return the value, or empty when the fact is missing
   */
  public abstract Optional<FindingValue> observedValue();

  /**
   * Returns the note rendered after the threshold, such as （2015年标准） / (2015 line).
   *
   * @return the note, possibly empty text, not null
   */
  @Value.Default
  @JsonProperty("requiredNote")
  public Text requiredNote() {
    return NO_NOTE;
  }

  /**
   * Returns the note rendered after the observed value, such as its parts
   * （16385.00 ÷ 4） / (16385.00 / 4).
   *
   * @return the note, possibly empty text, not null
   */
  @Value.Default
  @JsonProperty("observedNote")
  public Text observedNote() {
    return NO_NOTE;
  }

  /**
   * Returns whether the criterion is met, not met, or unknown.
   *
   * @return the status, not null
   */
  @JsonProperty("status")
  public abstract Tristate status();

  /**
   * Returns a copy of this finding with notes rendered after its threshold and its value.
   *
   * @param required  the note after the threshold, not null
   * @param observed  the note after the observed value, not null
   * @return the finding, not null
   */
  public Finding withNotes(Text required, Text observed) {
    return ImmutableFinding.builder().from(this).requiredNote(required).observedNote(observed).build();
  }

  /**
   * Returns what the criterion requires, as text: the comparison's label, the threshold and
   * the note, such as 超过 ¥2,855.00（2015年标准）.
   *
   * @return the requirement, not null
   */
  public Text required() {
    Text threshold = threshold().text();
    return comparison().isPresent()
        ? Text.message("finding.required.compared", comparison().get().label(), threshold, requiredNote())
        : Text.message("finding.required", threshold, requiredNote());
  }

  /**
   * Returns what was observed, as text: the value and the note; "未知" / "unknown" and the
   * note when the value is missing.
   *
   * @return the observation, not null
   */
  public Text observed() {
    Text value = observedValue().map(FindingValue::text).orElse(Tristate.UNKNOWN.label());
    return Text.message("finding.observed", value, observedNote());
  }

  /**
   * Checks whether the criterion is met.
   *
   * @return true if met
   */
  public boolean isMet() {
    return status() == Tristate.MET;
  }

  /**
   * Returns the mark of the status, as findings and plan checks are explained: ✓ met, ✗ not
   * met, ? unknown.
   *
   * @return the mark, not null
   */
  public String mark() {
    return status() == Tristate.MET ? "✓" : status() == Tristate.NOT_MET ? "✗" : "?";
  }

  /**
   * Explains the finding in one line: a mark (✓ met, ✗ not met, ? unknown), the label, what
   * was required and what was observed.
   *
   * @param language  the language, not null
   * @return the line, not null
   */
  public String explain(Language language) {
    return explain(language.locale());
  }

  /**
   * Explains the finding in one line in a locale, with the sentence frame of its
   * {@code org/tuopin/basics/messages} bundle: a third language is a file (English where it
   * has none).
   *
   * @param locale  the locale, not null
   * @return the line, not null
   */
  public String explain(Locale locale) {
    return Text.message("finding.line", mark(), label().keyed("criterion." + criterion()), required(), observed())
        .in(locale);
  }

  @Override
  public String toString() {
    return criterion() + "=" + status() + " (" + observed().en() + ")";
  }

  /**
   * A builder of findings.
   */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("comparison")
  private @Nullable Comparison comparisonJson() {
    return comparison().orElse(null);
  }

  @JsonProperty("observedValue")
  private @Nullable FindingValue observedValueJson() {
    return observedValue().orElse(null);
  }

  @JsonCreator
  private static Finding ofJson(
      @JsonProperty("criterion") CriterionId criterion,
      @JsonProperty("label") Text label,
      @JsonProperty("comparison") @Nullable Comparison comparison,
      @JsonProperty("threshold") FindingValue threshold,
      @JsonProperty("observedValue") @Nullable FindingValue observedValue,
      @JsonProperty("requiredNote") @Nullable Text requiredNote,
      @JsonProperty("observedNote") @Nullable Text observedNote,
      @JsonProperty("status") Tristate status) {
    ImmutableFinding.Builder b = ImmutableFinding.builder();
    b.criterion(criterion);
    b.label(label);
    if (comparison != null) {
      b.comparison(comparison);
    }
    b.threshold(threshold);
    if (observedValue != null) {
      b.observedValue(observedValue);
    }
    if (requiredNote != null) {
      b.requiredNote(requiredNote);
    }
    if (observedNote != null) {
      b.observedNote(observedNote);
    }
    b.status(status);
    return b.build();
  }
}
