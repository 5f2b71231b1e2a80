package org.tuopin.assist;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tuopin.basics.Text;

/**
 * The built-in reporting schedules, read from {@code org/tuopin/assist/schedules.csv} and
 * {@code cadences.csv} with their sources.
 *
 * <ul>
 *   <li>{@link #CHANGSHA} — seed 001 (长沙, 2015): 一月一调度，半年一督查，一年一考核, a dispatch
 *       every month ({@code dispatch}), an inspection every half-year ({@code inspection}) and
 *       an assessment every year ({@code assessment}). The seed names no deadlines: each
 *       report is due on the last day of its period.</li>
 * </ul>
 */
public final class ReportingSchedules {

  private static final Catalogue<ReportingSchedule> BUILT_IN = new Catalogue<>("reporting schedule", load());

  /** Seed 001's 一月一调度，半年一督查，一年一考核 ({@code changsha}). */
  public static final ReportingSchedule CHANGSHA = BUILT_IN.builtIn("changsha");

  private ReportingSchedules() {
  }

  /**
   * Obtains a built-in schedule by key.
   *
   * @param key  the key, such as {@code changsha}, not null
   * @return the schedule, not null
   * @throws AssistNotFoundException naming the key and the known keys if none has it
   */
  public static ReportingSchedule of(String key) {
    return BUILT_IN.of(key);
  }

  /**
   * Finds a built-in schedule by key.
   *
   * @param key  the key, not null
   * @return the schedule, or empty if none has the key
   */
  public static Optional<ReportingSchedule> find(String key) {
    return BUILT_IN.find(key);
  }

  /**
   * Returns the built-in schedules.
   *
   * @return the schedules, not null
   */
  public static ImmutableList<ReportingSchedule> all() {
    return BUILT_IN.all();
  }

  private static ImmutableMap<String, ReportingSchedule> load() {
    Map<String, ReportingSchedule.Builder> builders = new LinkedHashMap<>();
    AssistData.read("schedules.csv", r -> {
      String key = AssistData.field(r, "key");
      if (builders.put(key, ReportingSchedule.builder().key(key)
          .name(Text.of(AssistData.field(r, "zh"), AssistData.field(r, "en"))).provenance(AssistData.provenance(r)))
          != null) {
        throw new IllegalArgumentException("schedule '" + key + "' is listed twice");
      }
    });
    AssistData.read("cadences.csv", r -> {
      String schedule = AssistData.field(r, "schedule");
      ReportingSchedule.Builder b = builders.get(schedule);
      if (b == null) {
        throw new IllegalArgumentException("schedule '" + schedule + "' is not in schedules.csv");
      }
      b.addCadences(Cadence.of(AssistData.field(r, "key"), Text.of(AssistData.field(r, "zh"), AssistData.field(r, "en")),
          AssistData.integer(r, "months"), AssistData.integer(r, "grace_days")));
    });
    ImmutableMap.Builder<String, ReportingSchedule> all = ImmutableMap.builder();
    builders.forEach((k, b) -> all.put(k, b.build()));
    return all.buildOrThrow();
  }
}
