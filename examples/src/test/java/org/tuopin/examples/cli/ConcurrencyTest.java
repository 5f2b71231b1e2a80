package org.tuopin.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;

/** Sixteen threads assessing one roster under every built-in standard give the results of one thread. */
class ConcurrencyTest {

  @Test
  void test_sixteenThreads_giveTheResultsOfOne() throws Exception {
    RosterImport roster = RosterReader.create().read(Path.of("data/roster.csv"));
    List<StandardSet> sets = List.copyOf(StandardSets.all());
    List<List<Assessment<HouseholdId>>> expected = new ArrayList<>();
    for (StandardSet s : sets) {
      expected.add(roster.assess(s));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<List<List<Assessment<HouseholdId>>>>> runs = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        int offset = t;
        runs.add(pool.submit(() -> {
          List<List<Assessment<HouseholdId>>> got = new ArrayList<>();
          for (int i = 0; i < sets.size() * 4; i++) {
            StandardSet s = sets.get((i + offset) % sets.size());
            got.add(roster.assess(s));
          }
          return got;
        }));
      }
      for (int t = 0; t < runs.size(); t++) {
        List<List<Assessment<HouseholdId>>> got = runs.get(t).get();
        for (int i = 0; i < got.size(); i++) {
          assertThat(got.get(i)).isEqualTo(expected.get((i + t) % sets.size()));
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void test_registryLookups_areThreadSafe() throws IOException, InterruptedException {
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 16; t++) {
      Thread thread = new Thread(() -> {
        try {
          for (int i = 0; i < 50; i++) {
            assertThat(StandardSets.of("cn.national").id().toString()).isEqualTo("cn.national");
          }
        } catch (Throwable ex) {
          failures.add(ex);
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(failures).isEmpty();
  }
}
