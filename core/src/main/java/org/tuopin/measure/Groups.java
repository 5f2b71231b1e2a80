package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.tuopin.region.RegionCode;
import org.tuopin.table.HouseholdTable;

/** Group labels encoded as codes into their sorted names, shared by the welfare and the AF data. */
final class Groups {

  final int[] codes;
  final ImmutableList<String> names;

  private Groups(int[] codes, ImmutableList<String> names) {
    this.codes = codes;
    this.names = names;
  }

  /** Encodes one label per record; names are sorted. */
  static Groups encode(List<String> labels, int records) {
    requireNonNull(labels, "labels");
    if (labels.size() != records) {
      throw new IllegalArgumentException("group labels must be as many as records: " + labels.size() + ", " + records);
    }
    TreeSet<String> sorted = new TreeSet<>();
    labels.forEach(l -> sorted.add(requireNonNull(l, "label")));
    Map<String, Integer> code = new HashMap<>();
    for (String name : sorted) {
      code.put(name, code.size());
    }
    int[] codes = new int[records];
    for (int i = 0; i < records; i++) {
      codes[i] = code.get(labels.get(i));
    }
    return new Groups(codes, ImmutableList.copyOf(sorted));
  }

  /**
   * Encodes the group of the village of each row of a table that {@code keep} keeps, in the
   * rows' order; names are sorted. The grouping is applied once a village.
   */
  static Groups ofVillages(HouseholdTable table, IntPredicate keep, int records,
      Function<? super RegionCode, String> grouping) {
    int[] codes = new int[records];
    // groups numbered as met, then renumbered in the sorted order of their names
    Map<String, Integer> groups = new HashMap<>();
    Map<RegionCode, Integer> groupOfVillage = new HashMap<>();
    RegionCode lastVillage = null;
    int lastGroup = -1;
    for (int i = 0, k = 0; i < table.size(); i++) {
      if (keep.test(i)) {
        RegionCode village = table.village(i).orElseThrow();
        if (village != lastVillage) { // the table's own dictionary entry: the same object for a village
          lastGroup = groupOfVillage.computeIfAbsent(village,
              v -> groups.computeIfAbsent(requireNonNull(grouping.apply(v), "group"), r -> groups.size()));
          lastVillage = village;
        }
        codes[k++] = lastGroup;
      }
    }
    List<String> names = new ArrayList<>(groups.keySet());
    Collections.sort(names);
    int[] renumber = new int[names.size()];
    for (int g = 0; g < names.size(); g++) {
      renumber[groups.get(names.get(g))] = g;
    }
    for (int k = 0; k < records; k++) {
      codes[k] = renumber[codes[k]];
    }
    return new Groups(codes, ImmutableList.copyOf(names));
  }
}
