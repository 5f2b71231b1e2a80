package org.tuopin.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.NotFoundException;

/**
 * The built-in entries of one kind (units, conditions, facilities, project categories, ranks,
 * strategy taxonomies, quota policies, schedules, coverage targets …) by key, in a fixed order,
 * and the look-ups of their plural holder class.
 *
 * <p>Every holder has the same three look-ups, as {@code Chronology.of} has: {@link #of(String)}
 * throws a {@link NotFoundException} naming the kind, the key and the known keys,
 * {@link #find(String)} returns an {@link Optional}, and {@link #get(String)}, for the library's
 * own use, returns null. {@link #builtIn(String)} gives a holder's constants from data read from
 * resources, failing loudly if the data lacks one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T>  the kind of entry
 */
public final class Catalogue<T> {

  private final String kind;
  private final ImmutableMap<String, T> entries;

  private Catalogue(String kind, ImmutableMap<String, T> entries) {
    this.kind = kind;
    this.entries = entries;
  }

  /**
   * Obtains a catalogue of entries, keyed by a function of each entry, in the order given.
   *
   * @param <T>  the kind of entry
   * @param kind  the kind, as named in messages ({@code "quota policy"}), not null
   * @param key  the key of an entry, not null
   * @param entries  the entries, not null
   * @return the catalogue, not null
   * @throws IllegalArgumentException if two entries have the same key
   */
  public static <T> Catalogue<T> of(String kind, Function<? super T, String> key, Iterable<? extends T> entries) {
    requireNonNull(kind, "kind");
    requireNonNull(key, "key");
    Map<String, T> byKey = new LinkedHashMap<>();
    for (T entry : requireNonNull(entries, "entries")) {
      String k = requireNonNull(key.apply(entry), "key of an entry");
      if (byKey.put(k, entry) != null) {
        throw new IllegalArgumentException("two " + kind + " entries have the key '" + k + "'");
      }
    }
    return new Catalogue<>(kind, ImmutableMap.copyOf(byKey));
  }

  /**
   * Obtains a catalogue of the given entries, keyed by a function of each entry, in the order given.
   *
   * @param <T>  the kind of entry
   * @param kind  the kind, as named in messages ({@code "unit"}), not null
   * @param key  the key of an entry, not null
   * @param entries  the entries, not null
   * @return the catalogue, not null
   * @throws IllegalArgumentException if two entries have the same key
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, copied into an immutable list
  public static <T> Catalogue<T> of(String kind, Function<? super T, String> key, T... entries) {
    return of(kind, key, ImmutableList.copyOf(entries));
  }

  /**
   * Returns an entry the holder's data must have, for the holder's constants.
   *
   * @param key  the key, not null
   * @return the entry, not null
   * @throws IllegalStateException if the built-in data has no such entry
   */
  public T builtIn(String key) {
    T t = get(key);
    if (t == null) {
      throw new IllegalStateException("the built-in data has no " + kind + " '" + key + "'");
    }
    return t;
  }

  /**
   * Obtains an entry by key.
   *
   * @param key  the key, not null
   * @return the entry, not null
   * @throws NotFoundException naming the kind, the key and the known keys if no entry has the key
   */
  public T of(String key) {
    T t = get(key);
    if (t == null) {
      throw notFound(key);
    }
    return t;
  }

  /**
   * Finds an entry by key.
   *
   * @param key  the key, not null
   * @return the entry, or empty if no entry has the key
   */
  public Optional<T> find(String key) {
    return Optional.ofNullable(get(key));
  }

  /**
   * Returns an entry by key, or null, for the library's own use.
   *
   * @param key  the key, not null
   * @return the entry, or null if no entry has the key
   */
  public @Nullable T get(String key) {
    return entries.get(requireNonNull(key, "key"));
  }

  /**
   * Returns the entries, in the order given.
   *
   * @return the entries, not null
   */
  public ImmutableList<T> all() {
    return entries.values().asList();
  }

  /**
   * Returns the keys, in the order of the entries.
   *
   * @return the keys, not null
   */
  public ImmutableSet<String> keys() {
    return entries.keySet();
  }

  /**
   * Returns the exception for a key that has no entry, for holders whose look-up also reads
   * other forms of the key (such as a unit's symbols).
   *
   * @param key  the key asked for, not null
   * @return the exception naming the kind, the key and the known keys, not null
   */
  public NotFoundException notFound(String key) {
    return new NotFoundException("no " + kind + " has the key '" + key + "'; known keys: " + entries.keySet());
  }

  /**
   * Returns the kind and the number of entries: {@code quota policy catalogue (1 entries)}.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return kind + " catalogue (" + entries.size() + " entries)";
  }
}
