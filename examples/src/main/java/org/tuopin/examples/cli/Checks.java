package org.tuopin.examples.cli;

import java.io.PrintStream;
import org.tuopin.io.DataChecks;
import org.tuopin.io.DataWarning;

/**
 * The {@code --checks} flag of {@code assess}: the national data checks' warnings, kept apart
 * from the rejected rows on standard error. With the flag, every warning
 * ({@code warning: line 3, 4: household H1: same_sex_spouse: …}) and the counts; without it,
 * the counts in one line. Warnings never change the exit status.
 */
final class Checks {

  /** The flag, which takes no value. */
  static final String FLAG = "--checks";

  private Checks() {
  }

  /**
   * Prints the warnings (if asked) and their counts.
   *
   * @param checks  the checks, not null
   * @param list  whether to list every warning
   * @param err  standard error
   */
  static void print(DataChecks checks, boolean list, PrintStream err) {
    if (list) {
      for (DataWarning w : checks.warnings()) {
        err.println("warning: " + w);
      }
    }
    err.println(checks.summary() + (list || checks.warnings().isEmpty() ? "" : "; " + FLAG + " lists them"));
  }
}
