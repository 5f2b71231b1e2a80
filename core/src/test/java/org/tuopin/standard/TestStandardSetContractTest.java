package org.tuopin.standard;

import org.tuopin.testing.Fixtures;
import org.tuopin.testing.StandardSetContract;

/** Runs the standard set contract against the test standard of {@link Fixtures#exitStandard()}. */
class TestStandardSetContractTest extends StandardSetContract {

  @Override
  protected StandardSet standardSet() {
    return Fixtures.exitStandard();
  }
}
