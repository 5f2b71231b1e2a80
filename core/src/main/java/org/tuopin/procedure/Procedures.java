package org.tuopin.procedure;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tuopin.basics.NotFoundException;
import org.tuopin.basics.Text;
import org.tuopin.internal.Catalogue;
import org.tuopin.internal.CatalogueData;

/**
 * The built-in procedures, read from {@code org/tuopin/procedure/procedures.csv} and
 * {@code stages.csv}, each with its source.
 *
 * <ul>
 *   <li>{@link #IDENTIFICATION} — 两公示一公告: 农户申请 → 民主评议 → 核实 → 第一次公示 (5 days)
 *       → 乡镇审核 → 第二次公示 (5 days) → 县审批公告.</li>
 *   <li>{@link #HOUSEHOLD_EXIT} — 民主评议 → 核实 → 户认可 → 村内公示 → 公告退出 → 销号.</li>
 *   <li>{@link #VILLAGE_EXIT} — 乡镇内公示 → 公告.</li>
 *   <li>{@link #YUANMOU_EXIT} — seed 004's sequence: 贫困户申请 → 村委会确定脱贫名单 →
 *       村民代表大会评议 → 乡复核验收 → 县审批认定.</li>
 * </ul>
 */
public final class Procedures {

  private static final Catalogue<Procedure> CATALOGUE = Catalogue.of("procedure", Procedure::key, load());

  /** Identification, 两公示一公告 ({@code identification}). */
  public static final Procedure IDENTIFICATION = CATALOGUE.builtIn("identification");
  /** Household exit ({@code household_exit}). */
  public static final Procedure HOUSEHOLD_EXIT = CATALOGUE.builtIn("household_exit");
  /** Village exit ({@code village_exit}). */
  public static final Procedure VILLAGE_EXIT = CATALOGUE.builtIn("village_exit");
  /** Seed 004's household exit sequence in 元谋县 老城乡 ({@code yuanmou_exit}). */
  public static final Procedure YUANMOU_EXIT = CATALOGUE.builtIn("yuanmou_exit");

  private Procedures() {
  }

  /**
   * Obtains a built-in procedure by key.
   *
   * @param key  the key, such as {@code household_exit}, not null
   * @return the procedure, not null
   * @throws NotFoundException naming the key and the known keys if none has it
   */
  public static Procedure of(String key) {
    return CATALOGUE.of(key);
  }

  /**
   * Finds a built-in procedure by key.
   *
   * @param key  the key, not null
   * @return the procedure, or empty if none has the key
   */
  public static Optional<Procedure> find(String key) {
    return CATALOGUE.find(key);
  }

  /**
   * Returns every built-in procedure, in the order of the resource.
   *
   * @return the procedures, not null
   */
  public static ImmutableList<Procedure> all() {
    return CATALOGUE.all();
  }

  private static List<Procedure> load() {
    Map<String, List<Stage>> stages = new LinkedHashMap<>();
    CatalogueData.read(Procedures.class, "stages.csv", r -> {
      String minDays = r.getField("min_days").trim();
      StageKind kind = StageKind.valueOf(CatalogueData.field(r, "kind").toUpperCase(java.util.Locale.ROOT));
      // a third language may name a stage and say what it does in Tuopin's bundle
      String stageKey = CatalogueData.field(r, "key");
      Text body = Text.of(CatalogueData.field(r, "body_zh"), CatalogueData.field(r, "body_en"))
          .keyed("stage." + stageKey + ".body");
      Text label = CatalogueData.label(r).keyed("stage." + stageKey);
      Stage s = minDays.isEmpty()
          ? Stage.of(stageKey, label, kind, body)
          : Stage.ofPosting(stageKey, label, body, CatalogueData.integer(r, "min_days"));
      if (s.kind() != kind) {
        throw new IllegalArgumentException("a stage with min_days must be a posting: " + s.key());
      }
      stages.computeIfAbsent(CatalogueData.field(r, "procedure"), k -> new ArrayList<>()).add(s);
    });
    List<Procedure> out = new ArrayList<>();
    Map<String, Procedure> seen = new LinkedHashMap<>();
    CatalogueData.read(Procedures.class, "procedures.csv", r -> {
      String key = CatalogueData.field(r, "key");
      Procedure p = Procedure.builder().key(key).name(CatalogueData.label(r).keyed("procedure." + key))
          .purpose(Purpose.valueOf(CatalogueData.field(r, "purpose").toUpperCase(java.util.Locale.ROOT)))
          .stages(CatalogueData.listed(stages, "procedure", key, "stages.csv"))
          .source(CatalogueData.provenance(r)).build();
      CatalogueData.putOnce(seen, "procedure", key, p);
      out.add(p);
    });
    for (String k : stages.keySet()) {
      CatalogueData.listed(seen, "procedure", k, "procedures.csv");
    }
    return out;
  }
}
