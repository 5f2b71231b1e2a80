package org.tuopin.standards;

import org.junit.jupiter.api.Nested;
import org.tuopin.standard.StandardSet;
import org.tuopin.testing.StandardSetContract;

/** The standard-set contract, run against every built-in set. */
class BuiltInContractsTest {

  @Nested
  class National extends StandardSetContract {
    @Override
    protected StandardSet standardSet() {
      return NationalStandard.INSTANCE;
    }
  }

  @Nested
  class Tongjiang extends StandardSetContract {
    @Override
    protected StandardSet standardSet() {
      return LocalStandards.TONGJIANG_2016;
    }
  }

  @Nested
  class Changsha extends StandardSetContract {
    @Override
    protected StandardSet standardSet() {
      return LocalStandards.CHANGSHA_2015;
    }
  }

  @Nested
  class Ganyu extends StandardSetContract {
    @Override
    protected StandardSet standardSet() {
      return LocalStandards.GANYU_2016;
    }
  }

  @Nested
  class Guangxi extends StandardSetContract {
    @Override
    protected StandardSet standardSet() {
      return LocalStandards.GUANGXI_2017;
    }
  }
}
