package org.tuopin.examples.assist;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.tuopin.assist.batch.BatchCounts;
import org.tuopin.assist.batch.Headcount;
import org.tuopin.assist.batch.Strategies;
import org.tuopin.assist.batch.Strategy;
import org.tuopin.assist.contact.Coverage;
import org.tuopin.assist.contact.CoverageTarget;
import org.tuopin.assist.contact.Coverages;
import org.tuopin.assist.pairing.QuotaPolicies;
import org.tuopin.assist.pairing.QuotaPolicy;
import org.tuopin.basics.Language;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.region.RegionCode;
import org.tuopin.standard.CriterionId;
import org.tuopin.standard.Finding;

/**
 * Seed 004: 元谋县's 挂包帮 (linking, covering and helping: units link villages, cadres
 * cover households) as coverage checks, from the figures the report gives.
 *
 * <ul>
 *   <li>County: 102 units and 3,437 cadres took part in 挂包帮 and visited 5,653 poor
 *       households in four rounds by the end of May 2016. Under the {@code ganyu} quotas
 *       even cadres all of the lowest rank (2 households each) could carry 6,874 households,
 *       so the cadres suffice; whether every registered poor household was visited is
 *       unknown, since the report does not give the county's registered poor households.</li>
 *   <li>姜驿乡: all 1,436 registered poor households (5,000 people) were visited: 100%. Its
 *       五个一批 add up to 1,608 households and 5,466 people, 172 households and 466 people
 *       more than registered: at least 43 households are counted in more than one batch.</li>
 *   <li>平田乡: 444 household plans (贫困户脱贫计划) for its 444 registered poor households
 *       (一户一策, 100%), and 888 cadre handbooks (干部帮扶手册), two per household.</li>
 *   <li>新华乡: 323 cadres cover villages and households (挂村包户) for the 538 households
 *       (1,700 people) to exit in 2017: enough under the {@code ganyu} quotas.</li>
 * </ul>
 *
 * <p>Yunnan's own quotas are not in the seed: seed 003's {@code ganyu} quotas serve as the
 * yardstick. The report gives no region codes: 元谋县 is GB/T 2260 532328, and the township
 * parts below are illustrative.
 */
public final class YuanmouGuabaobang {

  /** 元谋县 (GB/T 2260 532328). */
  public static final RegionCode COUNTY = RegionCode.parse("532328");
  /** 姜驿乡; the township part is illustrative. */
  public static final RegionCode JIANGYI = RegionCode.parse("532328201000");
  /** 平田乡; the township part is illustrative. */
  public static final RegionCode PINGTIAN = RegionCode.parse("532328202000");
  /** 新华乡; the township part is illustrative. */
  public static final RegionCode XINHUA = RegionCode.parse("532328203000");

  /** Units taking part in 挂包帮 (全县102个单位). */
  public static final int UNITS = 102;
  /** Cadres taking part in 挂包帮 (3437名干部). */
  public static final int CADRES = 3437;
  /** Poor households visited (回访贫困户5653户). */
  public static final int HOUSEHOLDS_VISITED = 5653;
  /** Rounds of visits (完成回访四轮). */
  public static final int ROUNDS = 4;

  /** 姜驿乡's registered poor (全乡1436户5000人建档立卡贫困户), all visited. */
  public static final Headcount JIANGYI_REGISTERED = Headcount.of(1436, 5000);
  /** 平田乡's registered poor households (444户1769人建档立卡贫困人口). */
  public static final Headcount PINGTIAN_REGISTERED = Headcount.of(444, 1769);
  /** 平田乡's household plans (贫困户脱贫计划444份). */
  public static final int PINGTIAN_HOUSEHOLD_PLANS = 444;
  /** 平田乡's cadre handbooks (干部帮扶手册888本). */
  public static final int PINGTIAN_HANDBOOKS = 888;
  /** 新华乡's cadres covering villages and households (323名干部挂村包户). */
  public static final int XINHUA_CADRES = 323;
  /** 新华乡's households to exit in 2017 (538户1700人脱贫出列). */
  public static final Headcount XINHUA_TO_EXIT = Headcount.of(538, 1700);

  /** 一户一策: every poor household has its own plan (贫困户脱贫计划到户率); the 100% reading is this example's. */
  public static final CoverageTarget HOUSEHOLD_PLANS = CoverageTarget.of(CriterionId.of("household_plan"),
      Text.of("贫困户脱贫计划到户率（一户一策）", "share of poor households with their own plan"), Ratio.of(1, 1));

  private YuanmouGuabaobang() {
  }

  /**
   * Whether a number of cadres of unknown ranks can carry a number of households under a
   * policy, as a finding.
   *
   * @param policy  the quota policy
   * @param cadres  the cadres
   * @param households  the households
   * @return the finding: met when the lowest quota would do
   */
  public static Finding capacity(QuotaPolicy policy, long cadres, long households) {
    Tristate status = policy.canCover(cadres, households);
    long least = cadres * policy.minimumHouseholdQuota();
    long most = cadres * policy.maximumHouseholdQuota();
    String perCadre = Ratio.of(households, cadres).toDecimal(2).toPlainString();
    return Finding.of(CriterionId.of("capacity"), Text.of("帮扶力量", "helpers' capacity"),
        Text.of(String.format(Locale.ROOT, "%,d 户 ≤ %,d 人 × 帮扶任务（%s：每人 %d-%d 户，可帮 %,d-%,d 户）", households, cadres,
                policy.key(), policy.minimumHouseholdQuota(), policy.maximumHouseholdQuota(), least, most),
            String.format(Locale.ROOT, "%,d households ≤ %,d cadres × quota (%s: %d-%d each, %,d-%,d households)", households, cadres,
                policy.key(), policy.minimumHouseholdQuota(), policy.maximumHouseholdQuota(), least, most)),
        Text.of("每人 " + perCadre + " 户", perCadre + " households per cadre"), status);
  }

  /**
   * The county's visit coverage: unknown, since the report gives the households visited but
   * not the county's registered poor households.
   *
   * @return the finding, status unknown
   */
  public static Finding countyVisits() {
    CoverageTarget t = Coverages.VISITED;
    return Finding.of(t.criterion(), t.label(), Text.of("达到 100.00%", "at least 100.00%"),
        Text.of(String.format(Locale.ROOT, "回访 %,d 户，建档立卡户数未公布", HOUSEHOLDS_VISITED),
            String.format(Locale.ROOT, "%,d visited; registered households not given", HOUSEHOLDS_VISITED)), Tristate.UNKNOWN);
  }

  /**
   * 姜驿乡's visit coverage: every registered poor household visited.
   *
   * @return the coverage against 100%
   */
  public static Coverage jiangyiVisits() {
    return Coverages.VISITED.measure(JIANGYI_REGISTERED.households(), JIANGYI_REGISTERED.households());
  }

  /**
   * 姜驿乡's 五个一批 against its registered poor.
   *
   * @return the counts
   */
  public static BatchCounts jiangyiBatches() {
    Map<Strategy, Headcount> counts = new LinkedHashMap<>();
    counts.put(Strategies.PRODUCTION, Headcount.parse("841户2778人"));
    counts.put(Strategies.RELOCATION, Headcount.parse("460户1595人"));
    counts.put(Strategies.EDUCATION, Headcount.parse("91户341人"));
    counts.put(Strategies.ECOLOGICAL_COMPENSATION, Headcount.parse("115户443人"));
    counts.put(Strategies.SOCIAL_SECURITY, Headcount.parse("101户309人"));
    return BatchCounts.of(JIANGYI, counts, JIANGYI_REGISTERED);
  }

  /**
   * 平田乡's household plans against its registered poor households.
   *
   * @return the coverage against 100%
   */
  public static Coverage pingtianPlans() {
    return HOUSEHOLD_PLANS.measure(PINGTIAN_HOUSEHOLD_PLANS, PINGTIAN_REGISTERED.households());
  }

  /**
   * Runs the example and prints the checks.
   *
   * @param args  {@code en} for English, else Chinese
   */
  public static void main(String[] args) {
    Language lang = args.length > 0 && args[0].equals("en") ? Language.EN : Language.ZH;
    boolean zh = lang == Language.ZH;
    System.out.println(zh ? "元谋县 挂包帮（2016年5月底）：" + UNITS + " 个单位，" + CADRES + " 名干部，回访 " + ROUNDS
        + " 轮，" + HOUSEHOLDS_VISITED + " 户"
        : "元谋县 挂包帮 (end of May 2016): " + UNITS + " units, " + CADRES + " cadres, " + ROUNDS + " rounds, "
            + HOUSEHOLDS_VISITED + " households visited");
    System.out.println(capacity(QuotaPolicies.GANYU, CADRES, HOUSEHOLDS_VISITED).explain(lang));
    System.out.println(countyVisits().explain(lang));
    System.out.println((zh ? "\n姜驿乡 " : "\n姜驿乡 ") + jiangyiVisits().finding().explain(lang));
    System.out.println(jiangyiBatches().explain(lang));
    System.out.println((zh ? "\n平田乡 " : "\n平田乡 ") + pingtianPlans().finding().explain(lang));
    System.out.println(zh ? "  干部帮扶手册 " + PINGTIAN_HANDBOOKS + " 本，每户 " + PINGTIAN_HANDBOOKS / PINGTIAN_HOUSEHOLD_PLANS + " 本"
        : "  cadre handbooks " + PINGTIAN_HANDBOOKS + ", " + PINGTIAN_HANDBOOKS / PINGTIAN_HOUSEHOLD_PLANS + " per household");
    System.out.println((zh ? "\n新华乡 " : "\n新华乡 ")
        + capacity(QuotaPolicies.GANYU, XINHUA_CADRES, XINHUA_TO_EXIT.households()).explain(lang));
  }
}
