package org.tuopin.assist.batch;

/**
 * The strategies of the built-in taxonomies, as constants; their labels are read with the
 * taxonomies ({@link StrategyTaxonomies}).
 */
public final class Strategies {

  /** 发展生产脱贫一批: out of poverty through production (五个一批). */
  public static final Strategy PRODUCTION = StrategyTaxonomies.FIVE_BATCHES.strategy("production");
  /** 易地搬迁脱贫一批: out of poverty through relocation (五个一批). */
  public static final Strategy RELOCATION = StrategyTaxonomies.FIVE_BATCHES.strategy("relocation");
  /** 生态补偿脱贫一批: out of poverty through ecological compensation (五个一批). */
  public static final Strategy ECOLOGICAL_COMPENSATION =
      StrategyTaxonomies.FIVE_BATCHES.strategy("ecological_compensation");
  /** 发展教育脱贫一批: out of poverty through education (五个一批). */
  public static final Strategy EDUCATION = StrategyTaxonomies.FIVE_BATCHES.strategy("education");
  /** 社会保障兜底一批: covered by social security (五个一批). */
  public static final Strategy SOCIAL_SECURITY = StrategyTaxonomies.FIVE_BATCHES.strategy("social_security");

  /** 扶持生产和就业发展一批: supported in production and employment (四个一批). */
  public static final Strategy PRODUCTION_EMPLOYMENT =
      StrategyTaxonomies.FOUR_BATCHES.strategy("production_employment");
  /** 移民搬迁安置一批: resettled by relocation (四个一批). */
  public static final Strategy RESETTLEMENT = StrategyTaxonomies.FOUR_BATCHES.strategy("resettlement");
  /** 低保政策兜底一批: covered by the subsistence allowance (四个一批). */
  public static final Strategy SUBSISTENCE_ALLOWANCE =
      StrategyTaxonomies.FOUR_BATCHES.strategy("subsistence_allowance");
  /** 医疗救助扶持一批: supported by medical assistance (四个一批). */
  public static final Strategy MEDICAL_ASSISTANCE = StrategyTaxonomies.FOUR_BATCHES.strategy("medical_assistance");

  private Strategies() {
  }
}
