package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry of standard sets, loaded once through {@link ServiceLoader} from every
 * {@link StandardSetProvider} on the class path or module path.
 *
 * <p>Providers of the built-in sets (package {@code org.tuopin.standards}) are read first;
 * when a later provider offers an id already taken, its set is ignored and a warning is
 * logged, so a built-in id cannot be silently replaced.
 */
public final class StandardSets {

  /** The id of the national standard (国家农村贫困标准 and 2016 exit criteria). */
  public static final StandardSetId NATIONAL = StandardSetId.of("cn.national");

  private static final Logger LOG = LoggerFactory.getLogger(StandardSets.class);
  private static final String BUILT_IN_PREFIX = "org.tuopin.standards.";

  private StandardSets() {
  }

  /**
   * Obtains a standard set by id.
   *
   * @param id  the id, such as {@code cn.national}, not null
   * @return the set, not null
   * @throws IllegalArgumentException if the id is malformed
   * @throws StandardSetNotFoundException naming the id and the known ids if none has it
   */
  public static StandardSet of(String id) {
    return of(StandardSetId.of(id));
  }

  /**
   * Obtains a standard set by id.
   *
   * @param id  the id, not null
   * @return the set, not null
   * @throws StandardSetNotFoundException naming the id and the known ids if none has it
   */
  public static StandardSet of(StandardSetId id) {
    return find(id).orElseThrow(() -> new StandardSetNotFoundException(
        "no standard set has the id '" + id + "'; known ids: " + ids()));
  }

  /**
   * Finds a standard set by id.
   *
   * @param id  the id, not null
   * @return the set, or empty if none has the id
   */
  public static Optional<StandardSet> find(StandardSetId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(Holder.SETS.get(id));
  }

  /**
   * Returns the ids of every known standard set.
   *
   * @return the ids, sorted, not null
   */
  public static ImmutableSortedSet<StandardSetId> ids() {
    return ImmutableSortedSet.copyOf(Holder.SETS.keySet());
  }

  /**
   * Returns every known standard set, built-ins first.
   *
   * @return the sets, not null
   */
  public static List<StandardSet> all() {
    return Holder.SETS.values().asList();
  }

  static ImmutableMap<StandardSetId, StandardSet> load(Iterable<StandardSetProvider> loaded) {
    List<StandardSetProvider> providers = new ArrayList<>();
    loaded.forEach(providers::add);
    providers.sort(Comparator.comparing((StandardSetProvider p) -> !p.getClass().getName().startsWith(BUILT_IN_PREFIX))
        .thenComparing(p -> p.getClass().getName()));
    Map<StandardSetId, StandardSet> sets = new LinkedHashMap<>();
    Map<StandardSetId, String> owners = new LinkedHashMap<>();
    for (StandardSetProvider p : providers) {
      for (StandardSet s : p.standardSets()) {
        String owner = owners.putIfAbsent(s.id(), p.getClass().getName());
        if (owner == null) {
          sets.put(s.id(), s);
        } else {
          LOG.warn("standard set {} from {} ignored: the id is already provided by {}",
              s.id(), p.getClass().getName(), owner);
        }
      }
    }
    return ImmutableMap.copyOf(sets);
  }

  private static final class Holder {
    static final ImmutableMap<StandardSetId, StandardSet> SETS =
        load(ServiceLoader.load(StandardSetProvider.class, StandardSets.class.getClassLoader()));
  }
}
