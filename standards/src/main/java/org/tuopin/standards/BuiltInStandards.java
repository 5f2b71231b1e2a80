package org.tuopin.standards;

import java.util.List;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSetProvider;

/**
 * The provider of Tuopin's built-in standard sets, registered before any other provider.
 */
public final class BuiltInStandards implements StandardSetProvider {

  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public BuiltInStandards() {
  }

  @Override
  public List<StandardSet> standardSets() {
    return List.of(NationalStandard.INSTANCE, LocalStandards.TONGJIANG_2016, LocalStandards.CHANGSHA_2015,
        LocalStandards.GANYU_2016, LocalStandards.GUANGXI_2017);
  }
}
