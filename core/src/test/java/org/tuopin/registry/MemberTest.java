package org.tuopin.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.tuopin.testing.Theories.qt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tuopin.testing.Fixtures;
import org.tuopin.testing.Generators;

class MemberTest {

  private static final ResidentId GB = ResidentId.parse(Fixtures.GB_EXAMPLE_ID);

  private static Member recorded() {
    return Member.builder().id(PersonId.of("p1")).relation(Relation.HOUSEHOLDER).name("张三丰").residentId(GB)
        .sex(Sex.FEMALE).birthDate(LocalDate.of(1949, 12, 31)).health(Health.CHRONIC_ILLNESS)
        .labour(LabourSkill.LOST).build();
  }

  @Test
  public void test_of_recordsIdAndRelationOnly() {
    Member m = Member.of(PersonId.of("p1"), Relation.SPOUSE);
    assertThat(m.id()).isEqualTo(PersonId.of("p1"));
    assertThat(m.relation()).isEqualTo(Relation.SPOUSE);
    assertThat(m.isHouseholder()).isFalse();
    assertThat(m.name()).isEmpty();
    assertThat(m.residentId()).isEmpty();
    assertThat(m.sex()).isEmpty();
    assertThat(m.birthDate()).isEmpty();
    assertThat(m.health()).isEmpty();
    assertThat(m.labour()).isEmpty();
  }

  @Test
  public void test_isHouseholder() {
    assertThat(Member.of(PersonId.of("p1"), Relation.HOUSEHOLDER).isHouseholder()).isTrue();
  }

  @Test
  public void test_builder_rejectsMissingAndNullFacts() {
    assertThatIllegalStateException().isThrownBy(() -> Member.builder().id(PersonId.of("p1")).build())
        .withMessageContaining("relation");
    assertThatNullPointerException().isThrownBy(() -> Member.of(null, Relation.SON)).withMessageContaining("id");
    assertThatNullPointerException().isThrownBy(() -> Member.of(PersonId.of("p1"), null))
        .withMessageContaining("relation");
  }

  @Test
  public void test_toString_redactsNameAndResidentId() {
    String s = recorded().toString();
    assertThat(s).doesNotContain("张三丰").doesNotContain("三丰").doesNotContain(Fixtures.GB_EXAMPLE_ID);
    assertThat(s).contains("张**").contains("110105********002X").contains("p1").contains("户主");
  }

  @Test
  public void test_toString_doesNotRevealTheRedactedPartOfTheResidentId() {
    String s = recorded().toString();
    assertThat(s).doesNotContain("1949-12-31").doesNotContain("19491231");
  }

  @Test
  public void property_toString_neverShowsNameOrWholeResidentId() {
    qt(300).forAll(Generators.households(org.tuopin.basics.YearRange.of(2014, 2016))).checkAssert(h -> {
      for (Member m : h.members()) {
        String s = m.toString();
        m.name().ifPresent(n -> assertThat(s).doesNotContain(n));
        m.residentId().ifPresent(r -> assertThat(s).doesNotContain(r.toUnredactedString()));
      }
      String household = h.toString();
      for (Member m : h.members()) {
        m.name().ifPresent(n -> assertThat(household).doesNotContain(n));
        m.residentId().ifPresent(r -> assertThat(household).doesNotContain(r.toUnredactedString()));
      }
    });
  }

  @Test
  public void test_equalsAndHashCode() {
    assertThat(recorded()).isEqualTo(recorded()).hasSameHashCodeAs(recorded());
    assertThat(Member.of(PersonId.of("p1"), Relation.SON)).isNotEqualTo(Member.of(PersonId.of("p1"), Relation.DAUGHTER))
        .isNotEqualTo(Member.of(PersonId.of("p2"), Relation.SON));
  }
}
