package org.tuopin.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.tuopin.basics.Tristate.MET;
import static org.tuopin.basics.Tristate.NOT_MET;
import static org.tuopin.basics.Tristate.UNKNOWN;
import static org.tuopin.testing.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.registry.HouseholdId;
import org.tuopin.testing.Generators;

class AssessmentTest {

  private static final HouseholdId SUBJECT = HouseholdId.of("h1");
  private static final StandardSetId STANDARD = StandardSetId.of("test.national");

  private static Finding finding(String key, Tristate status) {
    return Finding.of(CriterionId.of(key), Text.of("标签" + key, "label " + key), Text.of("要求" + key, "required " + key),
        Text.of("实际" + key, "observed " + key), status);
  }

  private static Assessment<HouseholdId> assess(Tristate... states) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < states.length; i++) {
      findings.add(finding("c" + i, states[i]));
    }
    return Assessment.of(SUBJECT, STANDARD, OptionalInt.of(2015), findings);
  }

  // ---------------------------------------------------------------------------------- verdict

  @Test
  public void test_verdict_allMetIsExitEligible() {
    assertThat(assess(MET).verdict()).isEqualTo(Verdict.EXIT_ELIGIBLE);
    assertThat(assess(MET, MET, MET).verdict()).isEqualTo(Verdict.EXIT_ELIGIBLE);
  }

  @Test
  public void test_verdict_anyNotMetIsNotEligibleWhateverIsUnknown() {
    assertThat(assess(MET, NOT_MET).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(assess(UNKNOWN, NOT_MET).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(assess(NOT_MET, UNKNOWN).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(assess(UNKNOWN, MET, UNKNOWN, NOT_MET, MET).verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
  }

  @Test
  public void test_verdict_unknownWithoutNotMetIsInsufficientData() {
    assertThat(assess(UNKNOWN).verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(assess(MET, UNKNOWN, MET).verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
  }

  @Test
  public void property_verdict_followsKleeneWhateverTheOrder() {
    qt().forAll(lists().of(Generators.tristates()).ofSizeBetween(1, 12)).checkAssert(states -> {
      Verdict expected = states.contains(NOT_MET) ? Verdict.NOT_ELIGIBLE
          : states.contains(UNKNOWN) ? Verdict.INSUFFICIENT_DATA : Verdict.EXIT_ELIGIBLE;
      Assessment<HouseholdId> a = assess(states.toArray(new Tristate[0]));
      assertThat(a.verdict()).isEqualTo(expected);
      List<Tristate> reversed = new ArrayList<>(states);
      java.util.Collections.reverse(reversed);
      assertThat(assess(reversed.toArray(new Tristate[0])).verdict()).isEqualTo(expected);
      assertThat(a.unmet()).extracting(Finding::status).doesNotContain(MET)
          .hasSize((int) states.stream().filter(s -> s != MET).count());
    });
  }

  @Test
  public void test_verdictOf_mapsCombinedStates() {
    assertThat(Verdict.of(MET)).isEqualTo(Verdict.EXIT_ELIGIBLE);
    assertThat(Verdict.of(NOT_MET)).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(Verdict.of(UNKNOWN)).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(Verdict.EXIT_ELIGIBLE.label().zh()).isEqualTo("符合退出条件");
  }

  // ---------------------------------------------------------------------------------- factories

  @Test
  public void test_of_keepsItsParts() {
    Assessment<HouseholdId> a = assess(MET, NOT_MET);
    assertThat(a.subject()).isEqualTo(SUBJECT);
    assertThat(a.standard()).isEqualTo(STANDARD);
    assertThat(a.year()).hasValue(2015);
    assertThat(a.findings()).extracting(f -> f.criterion().toString()).containsExactly("c0", "c1");
    assertThat(a.unmet()).extracting(f -> f.criterion().toString()).containsExactly("c1");
  }

  @Test
  public void test_of_rejectsNoFindings() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Assessment.of(SUBJECT, STANDARD, OptionalInt.empty(), List.of()))
        .withMessageContaining("h1").withMessageContaining("at least one finding");
  }

  @Test
  public void test_of_rejectsNulls() {
    List<Finding> findings = List.of(finding("a", MET));
    assertThatNullPointerException().isThrownBy(() -> Assessment.of(null, STANDARD, OptionalInt.empty(), findings))
        .withMessage("subject");
    assertThatNullPointerException().isThrownBy(() -> Assessment.of(SUBJECT, null, OptionalInt.empty(), findings))
        .withMessage("standard");
    assertThatNullPointerException().isThrownBy(() -> Assessment.of(SUBJECT, STANDARD, null, findings))
        .withMessage("year");
  }

  @Test
  public void test_incomplete_isInsufficientDataWithOneFinding() {
    Assessment<HouseholdId> a = Assessment.incomplete(SUBJECT, STANDARD, Text.of("第3行被拒绝", "row 3 rejected"));
    assertThat(a.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    assertThat(a.year()).isEmpty();
    assertThat(a.findings()).singleElement().satisfies(f -> {
      assertThat(f.criterion()).isEqualTo(CriterionId.INCOMPLETE);
      assertThat(f.status()).isEqualTo(UNKNOWN);
      assertThat(f.observed().en()).isEqualTo("row 3 rejected");
    });
    assertThat(a.explain(Language.EN)).contains("row 3 rejected");
    assertThat(a.explain(Language.ZH)).contains("第3行被拒绝");
  }

  // ---------------------------------------------------------------------------------- explain

  @Test
  public void test_explain_mentionsEveryCriterionInChinese() {
    Assessment<HouseholdId> a = assess(MET, NOT_MET, UNKNOWN);
    String zh = a.explain(Language.ZH);
    assertThat(zh.split("\n")).hasSize(4);
    assertThat(zh.split("\n")[0]).contains("h1").contains("不符合退出条件").contains("test.national").contains("2015");
    for (Finding f : a.findings()) {
      assertThat(zh).contains(f.label().zh()).contains(f.required().zh()).contains(f.observed().zh());
    }
    assertThat(zh).contains("✓ 标签c0").contains("✗ 标签c1").contains("? 标签c2");
    assertThat(a).hasToString(zh);
  }

  @Test
  public void test_explain_mentionsEveryCriterionInEnglish() {
    Assessment<HouseholdId> a = assess(MET, UNKNOWN);
    String en = a.explain(Language.EN);
    assertThat(en.split("\n")[0]).isEqualTo("h1: insufficient data (standard test.national, year 2015)");
    assertThat(en.split("\n")).containsExactly(
        "h1: insufficient data (standard test.national, year 2015)",
        "  ✓ label c0: required required c0, observed observed c0",
        "  ? label c1: required required c1, observed observed c1");
  }

  @Test
  public void test_explain_omitsTheYearWhenThereIsNone() {
    Assessment<HouseholdId> a = Assessment.of(SUBJECT, STANDARD, OptionalInt.empty(), List.of(finding("a", MET)));
    assertThat(a.explain(Language.EN).split("\n")[0]).isEqualTo("h1: eligible to exit (standard test.national)");
    assertThat(a.explain(Language.ZH).split("\n")[0]).doesNotContain("年度");
  }

  @Test
  public void test_equalsAndHashCode() {
    assertThat(assess(MET, NOT_MET)).isEqualTo(assess(MET, NOT_MET)).hasSameHashCodeAs(assess(MET, NOT_MET))
        .isNotEqualTo(assess(NOT_MET, MET)).isNotEqualTo(assess(MET))
        .isNotEqualTo(Assessment.of(SUBJECT, STANDARD, OptionalInt.of(2016), List.of(finding("c0", MET),
            finding("c1", NOT_MET))));
  }

  // ---------------------------------------------------------------------------------- finding

  @Test
  public void test_finding_explainAndToString() {
    Finding f = finding("housing", NOT_MET);
    assertThat(f.isMet()).isFalse();
    assertThat(finding("housing", MET).isMet()).isTrue();
    assertThat(f.explain(Language.ZH)).isEqualTo("✗ 标签housing：要求 要求housing，实际 实际housing");
    assertThat(f.explain(Language.EN)).isEqualTo("✗ label housing: required required housing, observed observed housing");
    assertThat(f).hasToString("housing=NOT_MET (observed housing)");
  }

  @Test
  public void test_finding_rejectsNulls() {
    assertThatNullPointerException().isThrownBy(() -> Finding.of(null, Text.of("a"), Text.of("b"), Text.of("c"), MET));
    assertThatNullPointerException()
        .isThrownBy(() -> Finding.of(CriterionId.INCOME, Text.of("a"), Text.of("b"), Text.of("c"), null));
  }

  @Test
  public void test_finding_equalsAndHashCode() {
    assertThat(finding("a", MET)).isEqualTo(finding("a", MET)).hasSameHashCodeAs(finding("a", MET))
        .isNotEqualTo(finding("a", UNKNOWN)).isNotEqualTo(finding("b", MET));
  }
}
