package org.tuopin.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.tuopin.testing.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.testing.Fixtures;
import org.tuopin.testing.Generators;
import org.tuopin.testing.Generators.ResidentIdSpec;

class ResidentIdTest {

  private static final String GB = Fixtures.GB_EXAMPLE_ID;
  private static final String CHECK_CHARS = "0123456789X";

  /** Asserts that parsing fails and that neither the message nor any cause shows the whole number. */
  private static void assertRejectedWithoutDisclosure(String text, String... messageParts) {
    Throwable t = catchThrowable(() -> ResidentId.parse(text));
    assertThat(t).as("parse of a mutated number").isInstanceOf(IllegalArgumentException.class);
    for (String part : messageParts) {
      assertThat(t).hasMessageContaining(part);
    }
    String whole = text.trim().toUpperCase(java.util.Locale.ROOT);
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getMessage() != null && whole.length() >= 6) {
        assertThat(c.getMessage()).doesNotContain(whole).doesNotContain(text);
      }
    }
  }

  // ---------------------------------------------------------------------------------- GB 11643 example

  @Test
  public void test_parse_gb11643Example() {
    ResidentId id = ResidentId.parse(GB);
    assertThat(id.isLegacy()).isFalse();
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.countyCode()).isEqualTo(RegionCode.parse("110105"));
    assertThat(id.countyCode().level()).isEqualTo(RegionLevel.COUNTY);
    assertThat(id.toUnredactedString()).isEqualTo(GB);
  }

  @Test
  public void test_parse_acceptsLowerCaseX() {
    ResidentId lower = ResidentId.parse("11010519491231002x");
    assertThat(lower).isEqualTo(ResidentId.parse(GB)).hasSameHashCodeAs(ResidentId.parse(GB));
    assertThat(lower.toUnredactedString()).isEqualTo(GB);
  }

  @Test
  public void test_parse_trimsSpace() {
    assertThat(ResidentId.parse(" " + GB + " ")).isEqualTo(ResidentId.parse(GB));
  }

  @Test
  public void test_checkCharacter_gb11643Example() {
    assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
    assertThat(Generators.checkCharacter("11010519491231002")).isEqualTo('X');
  }

  @Test
  public void test_toString_isRedacted() {
    ResidentId id = ResidentId.parse(GB);
    assertThat(id).hasToString("110105********002X");
    assertThat(id.toString()).doesNotContain("19491231").doesNotContain(GB);
  }

  @Test
  public void test_parse_sexFollowsTheSequenceDigit() {
    String male = "11010519491231001";
    assertThat(ResidentId.parse(male + Generators.checkCharacter(male)).sex()).isEqualTo(Sex.MALE);
  }

  // ---------------------------------------------------------------------------------- rejections

  @Test
  public void test_parse_rejectsWrongCheckDigit() {
    assertRejectedWithoutDisclosure("110105194912310021", "check character", "ISO 7064 MOD 11-2",
        "110105********0021");
  }

  @Test
  public void test_parse_rejectsEverySingleCharacterChangeOfTheExample() {
    for (int i = 0; i < 18; i++) {
      String alphabet = i == 17 ? CHECK_CHARS : "0123456789";
      for (char c : alphabet.toCharArray()) {
        if (c != GB.charAt(i)) {
          String mutated = GB.substring(0, i) + c + GB.substring(i + 1);
          assertRejectedWithoutDisclosure(mutated);
        }
      }
    }
  }

  @Test
  public void test_parse_rejectsXBeforeTheLastPlace() {
    assertRejectedWithoutDisclosure("1101051949123100X2", "17 digits and a digit or X");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "1101051949", "11010519491231", "11010519491231002", "11010519491231002X1",
      "1101051949123100", "110105194912310021X"})
  public void test_parse_rejectsWrongLength(String text) {
    assertRejectedWithoutDisclosure(text, "18 characters (or 15 digits)", "not " + text.length());
  }

  @Test
  public void test_parse_rejectsAnImpossibleBirthDate() {
    String first17 = "11010519490229002";
    assertRejectedWithoutDisclosure(first17 + Generators.checkCharacter(first17), "birth date");
    String month13 = "11010519491331002";
    assertRejectedWithoutDisclosure(month13 + Generators.checkCharacter(month13), "birth date");
  }

  @Test
  public void test_parse_acceptsTheTwentyNinthOfFebruaryInALeapYear() {
    String first17 = "11010520000229002";
    assertThat(ResidentId.parse(first17 + Generators.checkCharacter(first17)).birthDate())
        .isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  public void test_parse_rejectsAnInvalidProvince() {
    String first17 = "99010519491231002";
    assertRejectedWithoutDisclosure(first17 + Generators.checkCharacter(first17), "county code");
  }

  @Test
  public void test_parse_rejectsNonDigits() {
    assertRejectedWithoutDisclosure("11010519491231A02X", "17 digits");
  }

  @Test
  public void test_parse_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> ResidentId.parse(null)).withMessage("text");
  }

  @Test
  public void test_checkCharacter_rejectsWhatIsNot17Digits() {
    assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.checkCharacter("1101051949123100"))
        .withMessageContaining("17 digits").withMessageNotContaining("1101051949123100");
    assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.checkCharacter("1101051949123100A"))
        .withMessageContaining("17 digits").withMessageNotContaining("1101051949123100A");
  }

  // ---------------------------------------------------------------------------------- legacy form

  @Test
  public void test_parse_legacyFifteenDigitForm() {
    ResidentId id = ResidentId.parse("110105491231002");
    assertThat(id.isLegacy()).isTrue();
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    assertThat(id.countyCode()).isEqualTo(RegionCode.parse("110105"));
    assertThat(id.toString()).doesNotContain("491231").doesNotContain("110105491231002").hasSize(15);
    assertThat(ResidentId.parse("110105491231001").sex()).isEqualTo(Sex.MALE);
  }

  @Test
  public void test_parse_legacyFormHasNoCheckCharacter() {
    assertRejectedWithoutDisclosure("11010549123100X", "15 digits");
    assertRejectedWithoutDisclosure("110105490230002", "birth date");
  }

  @Test
  public void test_equalsAndHashCode() {
    assertThat(ResidentId.parse(GB)).isEqualTo(ResidentId.parse(GB)).hasSameHashCodeAs(ResidentId.parse(GB))
        .isNotEqualTo(ResidentId.parse("110105491231002")).isNotEqualTo(GB);
  }

  // ---------------------------------------------------------------------------------- properties

  @Test
  public void property_parse_acceptsValidNumbersAndDecodesThem() {
    qt().forAll(Generators.residentIdSpecs()).checkAssert(spec -> {
      ResidentId id = ResidentId.parse(spec.text());
      assertThat(id.birthDate()).isEqualTo(spec.birthDate());
      assertThat(id.sex()).isEqualTo(spec.sex());
      assertThat(id.countyCode().toCountyCode()).isEqualTo(spec.county());
      assertThat(id.toUnredactedString()).isEqualTo(spec.text());
      assertThat(ResidentId.parse(spec.text().toLowerCase(java.util.Locale.ROOT))).isEqualTo(id);
    });
  }

  @Test
  public void property_checkCharacter_agreesWithTheIndependentComputation() {
    qt().forAll(strings().numericBetween(0, 999_999_999).zip(strings().numericBetween(0, 99_999_999),
        (a, b) -> String.format("%09d%08d", Long.parseLong(a), Long.parseLong(b))))
        .check(first17 -> ResidentId.checkCharacter(first17) == Generators.checkCharacter(first17));
  }

  @Test
  public void property_toString_neverShowsTheBirthDate() {
    qt().forAll(Generators.residentIdSpecs()).checkAssert(spec -> {
      String shown = ResidentId.parse(spec.text()).toString();
      assertThat(shown).hasSize(18).doesNotContain(spec.birthDigits()).doesNotContain(spec.text());
      assertThat(shown).startsWith(spec.county()).endsWith(spec.text().substring(14));
    });
  }

  @Test
  public void property_toString_ofLegacyNumbersNeverShowsTheBirthDate() {
    qt().forAll(Generators.legacyResidentIdTexts()).checkAssert(text -> {
      ResidentId id = ResidentId.parse(text);
      assertThat(id.isLegacy()).isTrue();
      assertThat(id.toString()).doesNotContain(text.substring(6, 12)).doesNotContain(text);
      assertThat(id.birthDate().getYear()).isBetween(1900, 1999);
    });
  }

  @Test
  public void property_parse_rejectsEverySingleCharacterChange() {
    qt().forAll(Generators.residentIdSpecs(), integers().between(0, 17), integers().between(1, 10))
        .checkAssert((spec, position, shift) -> {
          String text = spec.text();
          String alphabet = position == 17 ? CHECK_CHARS : "0123456789";
          int old = alphabet.indexOf(text.charAt(position));
          char replacement = alphabet.charAt((old + shift) % alphabet.length());
          if (replacement == text.charAt(position)) {
            return;
          }
          assertRejectedWithoutDisclosure(text.substring(0, position) + replacement + text.substring(position + 1));
        });
  }

  @Test
  public void property_parse_rejectsEveryAdjacentTranspositionOfDistinctCharacters() {
    // MOD 11-2 detects them all: adjacent weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 (and 1 for the
    // check character) differ mod 11, and 11 is prime.
    qt().forAll(Generators.residentIdSpecs(), integers().between(0, 16)).checkAssert((spec, i) -> {
      String text = spec.text();
      if (text.charAt(i) == text.charAt(i + 1)) {
        return;
      }
      String swapped = text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
      assertRejectedWithoutDisclosure(swapped);
    });
  }

  @Test
  public void test_parse_rejectsEveryAdjacentTranspositionOfTheExample() {
    List<String> accepted = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      if (GB.charAt(i) != GB.charAt(i + 1)) {
        String swapped = GB.substring(0, i) + GB.charAt(i + 1) + GB.charAt(i) + GB.substring(i + 2);
        try {
          ResidentId.parse(swapped);
          accepted.add(swapped);
        } catch (IllegalArgumentException expected) {
          // rejected, as it must be
        }
      }
    }
    assertThat(accepted).isEmpty();
  }

  @Test
  public void property_generatedSpecsAreConsistent() {
    qt().forAll(Generators.residentIdSpecs()).checkAssert((ResidentIdSpec spec) -> {
      assertThat(spec.text()).hasSize(18).startsWith(spec.first17());
      assertThat(spec.first17()).matches("\\d{17}");
    });
  }
}
