package org.tuopin.standards.testing;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.tuopin.basics.Text;
import org.tuopin.basics.YearRange;
import org.tuopin.registry.Household;
import org.tuopin.standard.Criterion;
import org.tuopin.standard.IncomeLine;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSetId;
import org.tuopin.standard.StandardSetProvider;

/**
 * A provider in the built-in package space ({@code org.tuopin.standards.}), for testing how the
 * registry orders providers; and a minimal standard set to register.
 */
public final class FakeBuiltIns implements StandardSetProvider {

  /** The one set this provider publishes. */
  public static final StandardSet SET = named("test.builtin", "built-in");

  @Override
  public List<StandardSet> standardSets() {
    return List.of(SET);
  }

  /**
   * Returns a standard set with no criteria, for registration tests.
   *
   * @param id  the id
   * @param name  the English name
   * @return the set
   */
  public static StandardSet named(String id, String name) {
    return new StandardSet() {
      @Override
      public StandardSetId id() {
        return StandardSetId.of(id);
      }

      @Override
      public Text name() {
        return Text.of(name);
      }

      @Override
      public YearRange effectiveYears() {
        return YearRange.of(2010, 2020);
      }

      @Override
      public Optional<IncomeLine> incomeLine() {
        return Optional.empty();
      }

      @Override
      public ImmutableList<Criterion<Household>> householdCriteria(int incomeYear) {
        return ImmutableList.of();
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
