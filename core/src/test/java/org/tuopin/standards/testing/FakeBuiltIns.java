package org.tuopin.standards.testing;

import java.util.List;
import org.tuopin.registry.Conditions;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSetProvider;

/**
 * A provider in the built-in package space ({@code org.tuopin.standards.}) that declares a
 * high priority, for testing how the registry orders providers (by priority, never by
 * package); and a minimal standard set to register.
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
    return StandardSet.builder(id).name(name, name).years(2010, 2020)
        .householdCondition(Conditions.FOOD).build();
  }

  /**
   * Ranks this provider above those of the default priority.
   *
   * @return 100
   */
  @Override
  public int priority() {
    return 100;
  }
}
