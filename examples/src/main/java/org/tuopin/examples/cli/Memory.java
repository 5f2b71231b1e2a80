package org.tuopin.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What the command line says when the heap runs out: in one line, the heap the input needs.
 *
 * <p>The object path holds a roster's households in memory; the heap it needs grows with the
 * roster file: 10<sup>6</sup> people (a 222 MB roster with names and IDs) ran in
 * {@code -Xmx768m} and not in {@code -Xmx512m}, about 3.5 heap bytes per file byte; the README
 * states it per 10<sup>6</sup> people. The columnar path of {@code assess} needs far less: for
 * the villages and regions reports about a fifth of a heap byte per file byte (the province
 * roster of 1.77 GB in {@code -Xmx448m}, the national one of 19.96 GB in {@code -Xmx4g}); for
 * a comparison of several standards, whose report holds a row per household, about half
 * (1.77 GB in {@code -Xmx768m}). The households report builds every household's assessment
 * and needs about what the object path needs.
 */
final class Memory {

  /** Heap bytes needed per byte of roster file on the object path, measured (see the README), rounded up. */
  static final long HEAP_PER_FILE_BYTE = 4;
  /** File bytes per heap byte of the columnar villages and regions reports, measured, rounded down. */
  static final long FILE_BYTES_PER_HEAP_BYTE_ROLLED_UP = 5;
  /** File bytes per heap byte of the columnar comparison of several standards, measured, rounded down. */
  static final long FILE_BYTES_PER_HEAP_BYTE_COMPARED = 2;
  /** Heap the command line needs besides the roster, in MB. */
  static final long BASE_MB = 64;

  private Memory() {
  }

  /**
   * Returns the one line to print when the heap ran out.
   *
   * @param args  the command line's arguments
   * @return the advice, naming the heap the input needs, not null
   */
  static String advice(String[] args) {
    long bytes = 0;
    int standards = 0;
    String report = "households";
    for (int i = 0; i + 1 < args.length; i++) {
      standards += args[i].equals("--standard") ? args[i + 1].split(",").length : 0;
      report = args[i].equals("--report") ? args[i + 1] : report;
      if (args[i].equals("--roster") || args[i].equals("--villages")) {
        try {
          bytes += Files.size(Path.of(args[i + 1]));
        } catch (java.io.IOException | RuntimeException ex) {
          // size unknown: counted as nothing
        }
      }
    }
    long maxMb = Runtime.getRuntime().maxMemory() >> 20;
    boolean assess = args.length > 0 && args[0].equals("assess");
    // measure and mpi read --roster as a columnar table (province roster: measure in -Xmx384m, mpi in -Xmx512m)
    String columnar = args.length > 0 && Arrays.asList(args).contains("--roster") ? args[0] : "";
    long heap = columnar.equals("measure") ? bytes / FILE_BYTES_PER_HEAP_BYTE_ROLLED_UP
        : columnar.equals("mpi") ? bytes / FILE_BYTES_PER_HEAP_BYTE_COMPARED
        : !assess ? bytes * HEAP_PER_FILE_BYTE
        : standards > 1 ? bytes / FILE_BYTES_PER_HEAP_BYTE_COMPARED
        : !report.equals("households") ? bytes / FILE_BYTES_PER_HEAP_BYTE_ROLLED_UP
        : bytes * HEAP_PER_FILE_BYTE;
    long needMb = BASE_MB + (heap >> 20);
    long suggest = Math.max(needMb, maxMb * 2);
    return "out of memory: this input (" + (bytes >> 20) + " MB) needs a heap of about " + needMb
        + " MB, and this Java allows " + maxMb + " MB; run java -Xmx" + roundUp(suggest) + "m -jar tuopin.jar …";
  }

  private static long roundUp(long mb) {
    return (mb + 255) / 256 * 256;
  }
}
