package org.tuopin.standard;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.tuopin.basics.NotFoundException;

/**
 * The standard sets, found by id: a static façade over the standard registry,
 * {@link StandardSetRegistry#standard()}, which registers the built-in sets first and then
 * those of every other {@link StandardSetProvider} loaded through
 * {@link java.util.ServiceLoader}, ranked by priority. A later provider may add ids but
 * never replaces one.
 */
public final class StandardSets {

  /** The id of the national standard (国家农村贫困标准 and 2016 exit criteria). */
  public static final StandardSetId NATIONAL = StandardSetId.of("cn.national");

  private StandardSets() {
  }

  /**
   * Obtains a standard set by id.
   *
   * @param id  the id, such as {@code cn.national}, not null
   * @return the set, not null
   * @throws IllegalArgumentException if the id is malformed
   * @throws NotFoundException naming the id and the known ids if none has it
   */
  public static StandardSet of(String id) {
    return StandardSetRegistry.standard().of(id);
  }

  /**
   * Obtains a standard set by id.
   *
   * @param id  the id, not null
   * @return the set, not null
   * @throws NotFoundException naming the id and the known ids if none has it
   */
  public static StandardSet of(StandardSetId id) {
    return StandardSetRegistry.standard().of(id);
  }

  /**
   * Finds a standard set by id.
   *
   * @param id  the id, not null
   * @return the set, or empty if none has the id
   */
  public static Optional<StandardSet> find(StandardSetId id) {
    return StandardSetRegistry.standard().find(id);
  }

  /**
   * Returns the ids of every known standard set.
   *
   * @return the ids, sorted, not null
   */
  public static ImmutableSortedSet<StandardSetId> ids() {
    return StandardSetRegistry.standard().ids();
  }

  /**
   * Returns every known standard set, built-ins first.
   *
   * @return the sets, not null
   */
  public static ImmutableList<StandardSet> all() {
    return StandardSetRegistry.standard().all();
  }
}
