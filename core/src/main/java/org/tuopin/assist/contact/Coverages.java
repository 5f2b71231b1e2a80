package org.tuopin.assist.contact;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.NotFoundException;
import org.tuopin.basics.Ratio;
import org.tuopin.internal.Catalogue;
import org.tuopin.internal.CatalogueData;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.CriterionId;

/**
 * The coverage targets of the seeds, read from {@code org/tuopin/assist/contact/coverage-targets.csv}
 * with their sources, and ways to measure them.
 *
 * <ul>
 *   <li>{@link #PAIRING} 结对帮扶覆盖率 — every poor household has a helper (seed 003: 实现结对挂钩帮扶全覆盖).</li>
 *   <li>{@link #HELP_CARD} 帮扶联系卡到户率 — 100% (seed 003: 到户率必须达到100%).</li>
 *   <li>{@link #MONTHLY_CONTACT} 每月联系达标率 — every pair in contact at least once a month
 *       (seed 003: 每月至少联系一次).</li>
 *   <li>{@link #AWARENESS} 政策知晓率 — 100% (seed 003: 知晓率要达到100%).</li>
 *   <li>{@link #VISITED} 回访覆盖率 — every registered poor household visited (seed 004: 深入全乡
 *       1436户5000人建档立卡贫困户开展回访).</li>
 * </ul>
 */
public final class Coverages {

  private static final Catalogue<CoverageTarget> CATALOGUE = Catalogue.of("coverage target", t -> t.criterion().toString(), load());

  /** 结对帮扶覆盖率 ({@code pairing}): 100%. */
  public static final CoverageTarget PAIRING = CATALOGUE.builtIn("pairing");
  /** 帮扶联系卡到户率 ({@code help_card}): 100%. */
  public static final CoverageTarget HELP_CARD = CATALOGUE.builtIn("help_card");
  /** 每月联系达标率 ({@code monthly_contact}): 100% of pairs. */
  public static final CoverageTarget MONTHLY_CONTACT = CATALOGUE.builtIn("monthly_contact");
  /** 政策知晓率 ({@code awareness}): 100%. */
  public static final CoverageTarget AWARENESS = CATALOGUE.builtIn("awareness");
  /** 回访覆盖率 ({@code visited}): 100%. */
  public static final CoverageTarget VISITED = CATALOGUE.builtIn("visited");

  private Coverages() {
  }

  /**
   * Returns the built-in targets.
   *
   * @return the targets, not null
   */
  public static ImmutableList<CoverageTarget> all() {
    return CATALOGUE.all();
  }

  /**
   * Obtains a built-in target by its criterion id.
   *
   * @param key  the key, such as {@code help_card}, not null
   * @return the target, not null
   * @throws NotFoundException naming the key and the known keys if none has it
   */
  public static CoverageTarget of(String key) {
    return CATALOGUE.of(key);
  }

  /**
   * Finds a built-in target by its criterion id.
   *
   * @param key  the key, such as {@code help_card}, not null
   * @return the target, or empty if none has the key
   */
  public static Optional<CoverageTarget> find(String key) {
    return CATALOGUE.find(key);
  }

  /**
   * Measures help-card coverage (帮扶联系卡到户率): the households that hold a card among those
   * that should.
   *
   * @param households  the poor households that should hold a card, not null
   * @param withCard  the households a card was delivered to, not null; others are ignored
   * @return the coverage against {@link #HELP_CARD}, not null
   */
  public static Coverage helpCards(Collection<HouseholdId> households, Collection<HouseholdId> withCard) {
    return HELP_CARD.measure(countIn(households, withCard), distinct(households).size());
  }

  /**
   * Measures visit coverage (回访覆盖率): the households visited at least once among those that
   * should be.
   *
   * @param households  the poor households that should be visited, not null
   * @param log  the visits, not null
   * @param period  the period of the visits counted, not null
   * @return the coverage against {@link #VISITED}, not null
   */
  public static Coverage visited(Collection<HouseholdId> households, ContactLog log,
      DateRange period) {
    requireNonNull(log, "log");
    return VISITED.measure(countIn(households, log.between(period).households()), distinct(households).size());
  }

  private static Set<HouseholdId> distinct(Collection<HouseholdId> households) {
    return new HashSet<>(requireNonNull(households, "households"));
  }

  private static long countIn(Collection<HouseholdId> households, Collection<HouseholdId> covered) {
    Set<HouseholdId> with = new HashSet<>(requireNonNull(covered, "covered"));
    return distinct(households).stream().filter(with::contains).count();
  }

  private static ImmutableList<CoverageTarget> load() {
    Map<String, CoverageTarget> targets = new LinkedHashMap<>();
    CatalogueData.read(Coverages.class, "coverage-targets.csv", r -> {
      String key = CatalogueData.field(r, "key");
      CatalogueData.putOnce(targets, "coverage target", key, CoverageTarget.of(CriterionId.of(key),
          CatalogueData.label(r), Ratio.ofPercent(CatalogueData.field(r, "percent")))
          .withProvenance(CatalogueData.provenance(r)));
    });
    return ImmutableList.copyOf(targets.values());
  }
}
