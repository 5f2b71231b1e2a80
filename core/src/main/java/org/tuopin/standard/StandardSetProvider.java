package org.tuopin.standard;

import java.util.List;

/**
 * A source of standard sets, found through {@link java.util.ServiceLoader}.
 *
 * <p>To publish a standard set, implement this interface with a public no-argument
 * constructor and name the class in
 * {@code META-INF/services/org.tuopin.standard.StandardSetProvider} (and, on the module
 * path, in {@code provides org.tuopin.standard.StandardSetProvider with ...}).
 *
 * <p>The standard registry ({@link StandardSetRegistry#standard()}) registers the built-in
 * provider first, explicitly; the others follow ranked by their declared
 * {@link #priority()}, highest first, then by class name. A later provider may add ids but
 * never replaces one: its set is ignored with a warning.
 */
public interface StandardSetProvider {

  /**
   * Returns the standard sets this provider publishes.
   *
   * @return the sets, not null
   */
  List<StandardSet> standardSets();

  /**
   * Returns the provider's rank among the providers loaded: a higher priority is registered
   * first, so its ids win over those of lower priority. The default is 0.
   *
   * @return the priority
   */
  default int priority() {
    return 0;
  }
}
