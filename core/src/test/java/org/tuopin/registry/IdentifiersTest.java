package org.tuopin.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.tuopin.testing.Theories.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tuopin.internal.Redaction;
import org.tuopin.testing.Generators;

/** Tests of {@link HouseholdId} and {@link PersonId}, which share their syntax. */
class IdentifiersTest {

  @Test
  public void test_householdId_ofAndParse() {
    HouseholdId id = HouseholdId.of("510921105201-0007");
    assertThat(id).hasToString("510921105201-0007").isEqualTo(HouseholdId.parse("510921105201-0007"));
    assertThat(HouseholdId.of(" 户:1.a_b ")).hasToString("户:1.a_b");
  }

  @Test
  public void test_personId_ofAndParse() {
    PersonId id = PersonId.of("p-001");
    assertThat(id).hasToString("p-001").isEqualTo(PersonId.parse("p-001"));
  }

  @Test
  public void test_of_acceptsSixtyFourCharacters() {
    assertThat(HouseholdId.of("a".repeat(64)).toString()).hasSize(64);
    assertThat(PersonId.of("9".repeat(64)).toString()).hasSize(64);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  public void test_of_rejectsEmpty(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> HouseholdId.of(text))
        .withMessageContaining("household id must have 1 to 64 characters")
        .withMessageContaining(Redaction.quotePersonal(text));
    assertThatIllegalArgumentException().isThrownBy(() -> PersonId.of(text))
        .withMessageContaining("person id must have 1 to 64 characters");
  }

  @Test
  public void test_of_rejectsSixtyFiveCharacters() {
    String text = "a".repeat(65);
    assertThatIllegalArgumentException().isThrownBy(() -> HouseholdId.of(text))
        .withMessageContaining("1 to 64").withMessageContaining("(65 characters)").withMessageNotContaining(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a b", "a/b", "a,b", "a;b", "h#1", "a\tb", "户 1", "a'b"})
  public void test_of_rejectsOtherCharactersNamingThem(String text) {
    String bad = text.chars().filter(c -> !(Character.isLetterOrDigit(c) || "-_.:".indexOf(c) >= 0))
        .mapToObj(c -> String.valueOf((char) c)).findFirst().orElseThrow();
    assertThatIllegalArgumentException().isThrownBy(() -> HouseholdId.of(text))
        .withMessageContaining("found " + Redaction.quote(bad)).withMessageContaining(Redaction.quotePersonal(text));
    assertThatIllegalArgumentException().isThrownBy(() -> PersonId.of(text))
        .withMessageContaining("person id");
  }

  @Test
  public void test_of_rejectsNullNamingTheKind() {
    assertThatNullPointerException().isThrownBy(() -> HouseholdId.of(null)).withMessage("household id");
    assertThatNullPointerException().isThrownBy(() -> PersonId.of(null)).withMessage("person id");
  }

  @Test
  public void test_equalsHashCodeAndCompareTo() {
    assertThat(HouseholdId.of("a1")).isEqualTo(HouseholdId.of("a1")).hasSameHashCodeAs(HouseholdId.of("a1"))
        .isNotEqualTo(HouseholdId.of("A1")).isNotEqualTo(PersonId.of("a1")).isNotEqualTo("a1");
    assertThat(HouseholdId.of("a1").compareTo(HouseholdId.of("a2"))).isNegative();
    assertThat(PersonId.of("b").compareTo(PersonId.of("a"))).isPositive();
  }

  @Test
  public void property_householdId_parseReadsBackToString() {
    qt().forAll(Generators.householdIds()).check(id -> HouseholdId.parse(id.toString()).equals(id));
  }

  @Test
  public void property_personId_parseReadsBackToString() {
    qt().forAll(Generators.personIds()).check(id -> PersonId.parse(id.toString()).equals(id));
  }
}
