package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
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
import org.tuopin.basics.NotFoundException;

/**
 * A registry of standard sets by id, as an instance, so that an embedding system can hold
 * its own sets beside the standard ones (as Strata's {@code ReferenceData.standard()} and
 * {@code combinedWith}).
 *
 * <p>The standard registry, {@link #standard()}, registers the built-in provider
 * ({@value #BUILT_IN_PROVIDER}, of the {@code tuopin-standards} module) explicitly and
 * first, as the JDK's {@code Chronology} registers {@code IsoChronology.INSTANCE} before the
 * loaded ones; then every other {@link StandardSetProvider} found through
 * {@link ServiceLoader}, ranked by its declared {@link StandardSetProvider#priority()},
 * highest first, then by class name, never by package name. When a later provider offers an
 * id already registered, the first set is kept and the later one is ignored with a warning
 * logged through SLF4J: an id is never silently replaced.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardSetRegistry {

  /** The class name of the built-in provider, registered first by {@link #standard()}. */
  public static final String BUILT_IN_PROVIDER = "org.tuopin.standards.BuiltInStandards";

  private static final Logger LOG = LoggerFactory.getLogger(StandardSetRegistry.class);

  private final ImmutableMap<StandardSetId, StandardSet> sets;

  private StandardSetRegistry(ImmutableMap<StandardSetId, StandardSet> sets) {
    this.sets = sets;
  }

  /**
   * Returns the standard registry: the built-in sets first, then those of every provider on
   * the class path or module path, loaded once.
   *
   * @return the registry, not null
   */
  public static StandardSetRegistry standard() {
    return Standard.INSTANCE;
  }

  /**
   * Obtains a registry of the sets of some providers, ranked by their declared priority,
   * highest first, then by class name; the order given does not matter. An id offered twice
   * keeps the first set ranked, and the other is ignored with a warning.
   *
   * @param providers  the providers, not null
   * @return the registry, not null
   */
  public static StandardSetRegistry of(Iterable<? extends StandardSetProvider> providers) {
    return new StandardSetRegistry(register(new LinkedHashMap<>(), new LinkedHashMap<>(), rank(providers)));
  }

  private static List<StandardSetProvider> rank(Iterable<? extends StandardSetProvider> providers) {
    List<StandardSetProvider> ranked = new ArrayList<>();
    providers.forEach(p -> ranked.add(requireNonNull(p, "provider")));
    ranked.sort(Comparator.comparingInt(StandardSetProvider::priority).reversed()
        .thenComparing(p -> p.getClass().getName()));
    return ranked;
  }

  private static ImmutableMap<StandardSetId, StandardSet> register(Map<StandardSetId, StandardSet> sets,
      Map<StandardSetId, String> owners, List<StandardSetProvider> providers) {
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

  /**
   * Returns a registry holding this registry's sets and then the other's: where both have
   * an id, this registry's set is kept and the other's is ignored with a warning.
   *
   * @param other  the other registry, not null
   * @return the combined registry, not null
   */
  public StandardSetRegistry combinedWith(StandardSetRegistry other) {
    Map<StandardSetId, StandardSet> combined = new LinkedHashMap<>(sets);
    for (StandardSet s : other.sets.values()) {
      if (combined.putIfAbsent(s.id(), s) != null) {
        LOG.warn("standard set {} of the combined registry ignored: the id is already registered", s.id());
      }
    }
    return new StandardSetRegistry(ImmutableMap.copyOf(combined));
  }

  /**
   * Obtains a standard set by id.
   *
   * @param id  the id, such as {@code cn.national}, not null
   * @return the set, not null
   * @throws IllegalArgumentException if the id is malformed
   * @throws NotFoundException naming the id and the known ids if none has it
   */
  public StandardSet of(String id) {
    return of(StandardSetId.of(id));
  }

  /**
   * Obtains a standard set by id.
   *
   * @param id  the id, not null
   * @return the set, not null
   * @throws NotFoundException naming the id and the known ids if none has it
   */
  public StandardSet of(StandardSetId id) {
    return find(id).orElseThrow(() -> new NotFoundException(
        "no standard set has the id '" + id + "'; known ids: " + ids()));
  }

  /**
   * Finds a standard set by id.
   *
   * @param id  the id, not null
   * @return the set, or empty if none has the id
   */
  public Optional<StandardSet> find(StandardSetId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(sets.get(id));
  }

  /**
   * Returns the ids of every set registered.
   *
   * @return the ids, sorted, not null
   */
  public ImmutableSortedSet<StandardSetId> ids() {
    return ImmutableSortedSet.copyOf(sets.keySet());
  }

  /**
   * Returns every set registered, in order of registration (the built-ins first in the
   * standard registry).
   *
   * @return the sets, not null
   */
  public ImmutableList<StandardSet> all() {
    return sets.values().asList();
  }

  @Override
  public String toString() {
    return "StandardSetRegistry" + sets.keySet();
  }

  /** The standard registry, loaded on first use. */
  private static final class Standard {
    static final StandardSetRegistry INSTANCE = load();

    private static StandardSetRegistry load() {
      List<StandardSetProvider> builtIn = new ArrayList<>();
      List<StandardSetProvider> others = new ArrayList<>();
      ServiceLoader.load(StandardSetProvider.class, StandardSetRegistry.class.getClassLoader()).stream()
          .forEach(p -> (p.type().getName().equals(BUILT_IN_PROVIDER) && builtIn.isEmpty() ? builtIn : others)
              .add(p.get()));
      Map<StandardSetId, StandardSet> sets = new LinkedHashMap<>();
      Map<StandardSetId, String> owners = new LinkedHashMap<>();
      register(sets, owners, builtIn);
      return new StandardSetRegistry(register(sets, owners, rank(others)));
    }
  }
}
