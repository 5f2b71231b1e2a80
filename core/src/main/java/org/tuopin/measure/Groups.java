package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
}
