package org.tuopin.standards;

import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableMap;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.tuopin.basics.Text;
import org.tuopin.standard.IncomeLine;
import org.tuopin.standard.Threshold;
import org.tuopin.standard.ThresholdKey;

/** Reads the standards' data files, which live in resources beside their classes. */
final class StandardData {

  private final String folder;
  private final ImmutableMap<ThresholdKey, Threshold> thresholds;

  private StandardData(String folder) {
    this.folder = folder;
    this.thresholds = Threshold.readCsv(reader(folder + "/thresholds.csv"));
  }

  /**
   * Reads a standard's thresholds ({@code FOLDER/thresholds.csv}).
   *
   * @param folder  the resource folder, relative to this package
   * @return the data, not null
   */
  static StandardData of(String folder) {
    return new StandardData(folder);
  }

  /**
   * Returns every threshold of the folder, in file order.
   *
   * @return the thresholds, not null
   */
  ImmutableCollection<Threshold> thresholds() {
    return thresholds.values();
  }

  /**
   * Returns one threshold of the folder.
   *
   * @param key  the key
   * @return the threshold, not null
   * @throws IllegalStateException if the file has none under the key
   */
  Threshold threshold(ThresholdKey key) {
    Threshold t = thresholds.get(key);
    if (t == null) {
      throw new IllegalStateException(folder + "/thresholds.csv has no " + key);
    }
    return t;
  }

  /**
   * Reads the income line of the folder ({@code FOLDER/income-line.csv}).
   *
   * @param name  the line's name
   * @return the line, not null
   */
  IncomeLine incomeLine(Text name) {
    return IncomeLine.readCsv(name, reader(folder + "/income-line.csv"));
  }

  private static Reader reader(String name) {
    InputStream in = StandardData.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("resource " + name + " is missing from tuopin-standards");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
