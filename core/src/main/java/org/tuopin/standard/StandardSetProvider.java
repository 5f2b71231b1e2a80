package org.tuopin.standard;

import java.util.List;

/**
 * A source of standard sets, found through {@link java.util.ServiceLoader}.
 *
 * <p>To publish a standard set, implement this interface with a public no-argument
 * constructor and name the class in
 * {@code META-INF/services/org.tuopin.standard.StandardSetProvider} (and, on the module
 * path, in {@code provides org.tuopin.standard.StandardSetProvider with ...}). The built-in
 * sets are registered first; a later provider may add ids but cannot replace one: its set
 * is ignored with a warning.
 */
public interface StandardSetProvider {

  /**
   * Returns the standard sets this provider publishes.
   *
   * @return the sets, not null
   */
  List<StandardSet> standardSets();
}
