package org.tuopin.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the command line says when the heap runs out: in one line, the heap the input needs.
 *
 * <p>The object path holds a roster's households in memory; the heap it needs grows with the
 * roster file: 10<sup>6</sup> people (a 222 MB roster with names and IDs) ran in
 * {@code -Xmx768m} and not in {@code -Xmx512m}, about 3.5 heap bytes per file byte; the README
 * states it per 10<sup>6</sup> people. {@code assess} reads a UTF-8 CSV roster on the columnar
 * path, which needs far less, about a fifth of a heap byte per file byte, for every report:
 * the villages and regions reports, the households report and the comparison of several
 * standards, whose rows are made as they are written (the province roster of 1.77 GB in
 * {@code -Xmx512m}, the national one of 19.96 GB in {@code -Xmx4g}, mostly the read's peak).
 * {@code measure --roster} and {@code mpi --roster} read it on the columnar path too, and need
 * about a fifth of a heap byte per file byte as well (the province roster in {@code -Xmx384m}
 * and {@code -Xmx416m}, the national one in {@code -Xmx4g}): mpi's data beside the table
 * takes 22 bytes a household (the income ratio, a byte per condition, size and group). With
 * {@code --encoding} or {@code --sheet} a command reads the roster on the object path first.
 */
final class Memory {

  /** Heap bytes needed per byte of roster file on the object path, measured (see the README), rounded up. */
  static final long HEAP_PER_FILE_BYTE = 4;
  /**
   * File bytes per heap byte of {@code assess} (every report), {@code measure --roster} and
   * {@code mpi --roster} on the columnar path, measured, rounded down.
   */
  static final long FILE_BYTES_PER_HEAP_BYTE_COLUMNAR = 5;
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
    String command = args.length == 0 ? "" : args[0];
    boolean objects = !command.equals("assess") && !command.equals("measure") && !command.equals("mpi");
    for (int i = 0; i + 1 < args.length; i++) {
      objects |= args[i].equals("--encoding") || args[i].equals("--sheet");
      if (args[i].equals("--roster") || args[i].equals("--villages")) {
        try {
          bytes += Files.size(Path.of(args[i + 1]));
        } catch (java.io.IOException | RuntimeException ex) {
          // size unknown: counted as nothing
        }
      }
    }
    long maxMb = Runtime.getRuntime().maxMemory() >> 20;
    long heap = objects ? bytes * HEAP_PER_FILE_BYTE : bytes / FILE_BYTES_PER_HEAP_BYTE_COLUMNAR;
    long needMb = BASE_MB + (heap >> 20);
    long suggest = Math.max(needMb, maxMb * 2);
    return "out of memory: this input (" + (bytes >> 20) + " MB) needs a heap of about " + needMb
        + " MB, and this Java allows " + maxMb + " MB; run java -Xmx" + roundUp(suggest) + "m -jar tuopin.jar …";
  }

  private static long roundUp(long mb) {
    return (mb + 255) / 256 * 256;
  }
}
