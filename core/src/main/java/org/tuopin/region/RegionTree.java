package org.tuopin.region;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The region hierarchy: village → township → county → prefecture → province, with names
 * where they are known.
 *
 * <p>The tree is built from codes: adding a village adds its township, county, prefecture
 * and province, named or not, because a parent's code is its child's code with the lower
 * parts set to zeros.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegionTree {

  private final ImmutableSortedMap<RegionCode, Optional<String>> regions;
  private final ImmutableMap<RegionCode, ImmutableSortedSet<RegionCode>> children;

  private RegionTree(ImmutableSortedMap<RegionCode, Optional<String>> regions,
      ImmutableMap<RegionCode, ImmutableSortedSet<RegionCode>> children) {
    this.regions = regions;
    this.children = children;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks whether a region is in the tree.
   *
   * @param code  the code, not null
   * @return true if added or created as a parent
   */
  public boolean contains(RegionCode code) {
    return regions.containsKey(code);
  }

  /**
   * Returns a region's name.
   *
   * @param code  the code, not null
   * @return the name, if one was given
   */
  public Optional<String> name(RegionCode code) {
    return regions.getOrDefault(requireNonNull(code, "code"), Optional.empty());
  }

  /**
   * Returns the regions directly below a region.
   *
   * @param code  the code, not null
   * @return the children, ordered by code, not null
   */
  public ImmutableSortedSet<RegionCode> children(RegionCode code) {
    return children.getOrDefault(requireNonNull(code, "code"), ImmutableSortedSet.of());
  }

  /**
   * Returns the regions of a level.
   *
   * @param level  the level, not null
   * @return the codes, ordered, not null
   */
  public ImmutableList<RegionCode> codes(RegionLevel level) {
    return regions.keySet().stream().filter(c -> c.level() == level).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns every region, a parent before its children.
   *
   * @return the codes, ordered, not null
   */
  public ImmutableSortedSet<RegionCode> codes() {
    return regions.keySet();
  }

  /**
   * Returns a region's name, else its code: for display.
   *
   * @param code  the code, not null
   * @return the name or the code, not null
   */
  public String label(RegionCode code) {
    return name(code).orElse(code.toString());
  }

  @Override
  public String toString() {
    return "RegionTree{" + regions.size() + " regions, " + codes(RegionLevel.VILLAGE).size() + " villages}";
  }

  /**
   * Collects regions and names, then builds the tree.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private final Map<RegionCode, Optional<String>> regions = new HashMap<>();

    Builder() {
    }

    /**
     * Adds a region without a name, and every region above it.
     *
     * @param code  the code, not null
     * @return this builder, not null
     */
    public Builder add(RegionCode code) {
      for (RegionCode c : code.chain()) {
        regions.putIfAbsent(c, Optional.empty());
      }
      return this;
    }

    /**
     * Adds a region with its name, and every region above it.
     *
     * @param code  the code, not null
     * @param name  the name, not blank
     * @return this builder, not null
     * @throws IllegalArgumentException if the name is blank or the region already has another name
     */
    public Builder add(RegionCode code, String name) {
      requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("region " + code + " name must not be blank");
      }
      add(code);
      Optional<String> old = regions.get(code);
      if (old.isPresent() && !old.get().equals(name.trim())) {
        throw new IllegalArgumentException("region " + code + " is named twice: '" + old.get() + "' and '"
            + name.trim() + "'");
      }
      regions.put(code, Optional.of(name.trim()));
      return this;
    }

    /**
     * Builds the tree.
     *
     * @return the tree, not null
     */
    public RegionTree build() {
      Map<RegionCode, TreeSet<RegionCode>> kids = new TreeMap<>();
      for (RegionCode c : regions.keySet()) {
        c.parent().ifPresent(p -> kids.computeIfAbsent(p, k -> new TreeSet<>()).add(c));
      }
      ImmutableMap.Builder<RegionCode, ImmutableSortedSet<RegionCode>> children = ImmutableMap.builder();
      kids.forEach((k, v) -> children.put(k, ImmutableSortedSet.copyOf(v)));
      return new RegionTree(ImmutableSortedMap.copyOf(regions), children.build());
    }
  }
}
