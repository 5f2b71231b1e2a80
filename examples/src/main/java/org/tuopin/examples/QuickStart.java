package org.tuopin.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.tuopin.basics.Language;
import org.tuopin.basics.Yuan;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.registry.Member;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.Relation;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;

/**
 * The README's Java quick start: build a household, assess it under the national standard,
 * then read and assess the bundled roster.
 */
public final class QuickStart {

  private QuickStart() {
  }

  /**
   * Runs the quick start.
   *
   * @param args  optionally, the roster to read (default {@code examples/data/roster.csv})
   * @throws IOException if the roster cannot be read
   */
  public static void main(String[] args) throws IOException {
    Household household = Household.builder()
        .id(HouseholdId.of("H001"))
        .village(RegionCode.parse("511921105201"))
        .addMembers(
            Member.of(PersonId.of("P1"), Relation.HOUSEHOLDER),
            Member.of(PersonId.of("P2"), Relation.SPOUSE),
            Member.of(PersonId.of("P3"), Relation.SON),
            Member.of(PersonId.of("P4"), Relation.DAUGHTER))
        .income(IncomeStatement.of(2015,
            Yuan.of(6000), Yuan.of(1180), Yuan.of(6000), Yuan.of(4205), Yuan.of(1000)))
        .met(Conditions.FOOD, Conditions.CLOTHING, Conditions.EDUCATION, Conditions.MEDICAL, Conditions.HOUSING)
        .build();

    StandardSet national = StandardSets.of("cn.national");
    Assessment<HouseholdId> assessment = national.assess(household);
    System.out.println(assessment.explain(Language.ZH));

    RosterImport roster = RosterReader.create()
        .read(Path.of(args.length > 0 ? args[0] : "examples/data/roster.csv"));
    System.out.println(roster.summary());
    roster.assess(national).stream()
        .filter(a -> !a.unmet().isEmpty())
        .limit(3)
        .forEach(a -> System.out.println(a.explain(Language.EN)));
  }
}
