package org.tuopin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tuopin.json.Binders.roundTrips;
import static org.tuopin.testing.Theories.qt;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.tuopin.basics.Tristate;
import org.tuopin.json.Binders.Binder;
import org.tuopin.registry.Household;
import org.tuopin.standard.Criterion;
import org.tuopin.standard.CriterionId;
import org.tuopin.standard.Finding;
import org.tuopin.standard.IncomeLine;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.Threshold;
import org.tuopin.basics.Text;
import org.tuopin.testing.Fixtures;
import org.tuopin.testing.Generators;

/**
 * JSON round trips of standard sets under Jackson 2 and 3: builder-made sets read back equal
 * and assess alike (the built-in sets: the standards module's StandardSetsJsonTest); a set with a criterion of one's own is refused by
 * name.
 */
class StandardSetJsonTest {

  static final List<Binder> BINDERS = Binders.BOTH;

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_testSetAndItsParts_roundTrip(Binder binder) {
    StandardSet s = Fixtures.exitStandard();
    roundTrips(binder, s, StandardSet.class);
    roundTrips(binder, s.incomeLine().orElseThrow(), IncomeLine.class);
    qt(100).forAll(ValueGenerators.standardSets()).checkAssert(g ->
        g.thresholds().values().forEach(t -> roundTrips(binder, t, Threshold.class)));
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_builderMadeSets_roundTrip_andAssessAlike(Binder binder) {
    roundTrips(binder, ValueGenerators.standardSets(), StandardSet.class, 200);
    qt(100).forAll(ValueGenerators.standardSets(),
        Generators.households(ValueGenerators.YEARS)).checkAssert((s, h) -> {
          StandardSet copy = binder.read(binder.write(s), StandardSet.class);
          assertThat(copy.assess(h)).isEqualTo(s.assess(h));
        });
  }

  @ParameterizedTest
  @FieldSource("BINDERS")
  void test_aCriterionOfOnesOwn_isRefusedByName(Binder binder) {
    Criterion<Household> own = new Criterion<>() {
      @Override
      public CriterionId id() {
        return CriterionId.of("own_rule");
      }

      @Override
      public Text label() {
        return Text.of("自定", "own rule");
      }

      @Override
      public Finding test(Household subject) {
        return Finding.of(id(), label(), Text.of("是", "yes"), Text.of("是", "yes"), Tristate.MET);
      }
    };
    StandardSet set = StandardSet.builder("own.set").name("自定", "own").years(2015, 2016).householdCriterion(own)
        .build();
    assertThatThrownBy(() -> binder.write(set)).hasStackTraceContaining("own_rule")
        .hasStackTraceContaining("cannot be written as JSON");
  }
}
