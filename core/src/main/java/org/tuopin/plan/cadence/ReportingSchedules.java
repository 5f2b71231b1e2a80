package org.tuopin.plan.cadence;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tuopin.basics.NotFoundException;
import org.tuopin.internal.Catalogue;
import org.tuopin.internal.CatalogueData;

/**
 * The built-in reporting schedules, read from {@code org/tuopin/plan/cadence/schedules.csv} and
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

  private static final Catalogue<ReportingSchedule> CATALOGUE = Catalogue.of("reporting schedule", ReportingSchedule::key, load());

  /** Seed 001's 一月一调度，半年一督查，一年一考核 ({@code changsha}). */
  public static final ReportingSchedule CHANGSHA = CATALOGUE.builtIn("changsha");

  private ReportingSchedules() {
  }

  /**
   * Obtains a built-in schedule by key.
   *
   * @param key  the key, such as {@code changsha}, not null
   * @return the schedule, not null
   * @throws NotFoundException naming the key and the known keys if none has it
   */
  public static ReportingSchedule of(String key) {
    return CATALOGUE.of(key);
  }

  /**
   * Finds a built-in schedule by key.
   *
   * @param key  the key, not null
   * @return the schedule, or empty if none has the key
   */
  public static Optional<ReportingSchedule> find(String key) {
    return CATALOGUE.find(key);
  }

  /**
   * Returns the built-in schedules.
   *
   * @return the schedules, not null
   */
  public static ImmutableList<ReportingSchedule> all() {
    return CATALOGUE.all();
  }

  private static ImmutableList<ReportingSchedule> load() {
    Map<String, ReportingSchedule.Builder> builders = new LinkedHashMap<>();
    CatalogueData.read(ReportingSchedules.class, "schedules.csv", r -> {
      String key = CatalogueData.field(r, "key");
      CatalogueData.putOnce(builders, "schedule", key, ReportingSchedule.builder().key(key)
          .name(CatalogueData.label(r)).provenance(CatalogueData.provenance(r)));
    });
    CatalogueData.read(ReportingSchedules.class, "cadences.csv", r -> {
      ReportingSchedule.Builder b =
          CatalogueData.listed(builders, "schedule", CatalogueData.field(r, "schedule"), "schedules.csv");
      b.addCadences(Cadence.of(CatalogueData.field(r, "key"), CatalogueData.label(r),
          CatalogueData.integer(r, "months"), CatalogueData.integer(r, "grace_days")));
    });
    return builders.values().stream().map(ReportingSchedule.Builder::build).collect(ImmutableList.toImmutableList());
  }
}
