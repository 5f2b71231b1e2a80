package org.tuopin.examples.custom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Language;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.registry.Conditions;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;
import org.tuopin.standard.StandardsComparison;
import org.tuopin.standard.Verdict;
import org.tuopin.standards.NationalStandard;

/**
 * Custom standards in practice: the example province standard found by id through
 * {@code ServiceLoader}, a variant of the national standard derived in one expression, and
 * the bundled roster assessed under all three side by side. CI runs it.
 */
public final class CustomStandardExample {

  private CustomStandardExample() {
  }

  /**
   * Runs the example.
   *
   * @param args  optionally, the roster (default {@code examples/data/roster.csv})
   * @throws IOException if the roster cannot be read
   */
  public static void main(String[] args) throws IOException {
    StandardSet province = StandardSets.of(ExampleProvinceStandards.ID);

    // One expression: the national standard with the line reached rather than exceeded,
    // and household electricity required as well.
    StandardSet variant = StandardSets.of("cn.national").derive("cn.example.national_variant")
        .name("国家标准变体", "national variant")
        .incomeLine(NationalStandard.LINE, Comparison.AT_LEAST)
        .householdCondition(Conditions.ELECTRICITY)
        .build();

    RosterImport roster = RosterReader.create().read(Path.of(args.length > 0 ? args[0] : "examples/data/roster.csv"));
    StandardsComparison comparison = roster.compare(java.util.List.of(StandardSets.of("cn.national"), province, variant));
    for (var id : comparison.standards()) {
      System.out.println(id + ": " + comparison.counts(id) + ", not covered " + comparison.notCovered(id));
    }
    System.out.println("households whose verdicts differ: " + comparison.differing().size());
    comparison.differing().stream().limit(1).forEach(h -> comparison.standards().forEach(
        s -> Optional.of(comparison.assessment(h, s)).filter(a -> a.verdict() != Verdict.NOT_COVERED)
            .ifPresent(a -> System.out.println(a.explain(Language.ZH)))));
  }
}
