package org.tuopin.assist;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in entries of one kind (taxonomies, quota policies, schedules, coverage targets)
 * by key, and the three look-ups of their holder class.
 *
 * @param <T>  the kind of entry
 */
final class Catalogue<T> {

  private final String kind;
  private final ImmutableMap<String, T> entries;

  Catalogue(String kind, Map<String, T> entries) {
    this.kind = kind;
    this.entries = ImmutableMap.copyOf(entries);
  }

  /** Returns an entry the holder's data must have, for its constants. */
  T builtIn(String key) {
    T t = entries.get(key);
    if (t == null) {
      throw new IllegalStateException("the built-in data has no " + kind + " '" + key + "'");
    }
    return t;
  }

  T of(String key) {
    return find(key).orElseThrow(() -> new AssistNotFoundException(
        "no " + kind + " has the key '" + key + "'; known keys: " + entries.keySet()));
  }

  Optional<T> find(String key) {
    return Optional.ofNullable(entries.get(requireNonNull(key, "key")));
  }

  ImmutableList<T> all() {
    return entries.values().asList();
  }
}
