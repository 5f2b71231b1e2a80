package org.tuopin.measure;

import org.tuopin.basics.Text;

/**
 * A one-dimensional poverty or inequality measure (贫困与不平等指标) of a welfare column.
 *
 * <p>With weights wᵢ, W = Σ wᵢ, μ the weighted mean and zᵢ the line: FGT(α) =
 * Σ_{poor} wᵢ(1 − yᵢ/zᵢ)^α ÷ W; Watts = Σ_{poor, yᵢ&gt;0} wᵢ ln(zᵢ/yᵢ) ÷ W; SST = FGT1 ×
 * (1 + Gini of the poverty gaps); Gini = ΣᵢΣⱼ wᵢwⱼ|yᵢ − yⱼ| ÷ (2W²μ), without small-sample
 * correction; Theil = Σ wᵢ(yᵢ/μ)ln(yᵢ/μ) ÷ W; MLD = Σ wᵢ ln(μ/yᵢ) ÷ W. {@link Measures} states
 * the conventions.
 */
public enum Measure {
  /** The headcount ratio (贫困发生率), FGT(0). */
  FGT0("fgt0", "贫困发生率", "headcount ratio", true),
  /** The poverty gap index (贫困深度), FGT(1). */
  FGT1("fgt1", "贫困深度", "poverty gap index", true),
  /** The squared poverty gap index (贫困强度), FGT(2). */
  FGT2("fgt2", "贫困强度", "squared poverty gap index", true),
  /** The Watts index (Watts 指数). */
  WATTS("watts", "Watts 指数", "Watts index", true),
  /** The Sen–Shorrocks–Thon index (SST 指数). */
  SST("sst", "SST 指数", "Sen–Shorrocks–Thon index", false),
  /** The Gini coefficient (基尼系数). */
  GINI("gini", "基尼系数", "Gini coefficient", false),
  /** The Theil index, GE(1) (泰尔指数). */
  THEIL("theil", "泰尔指数", "Theil index", false),
  /** The mean log deviation, GE(0) (平均对数偏差). */
  MLD("mld", "平均对数偏差", "mean log deviation", false);

  private final String key;
  private final Text label;
  private final boolean additive;

  Measure(String key, String zh, String en, boolean additive) {
    this.key = key;
    this.label = Text.of(zh, en);
    this.additive = additive;
  }

  /**
   * Returns the key, the column name of the command line's output.
   *
   * @return the key, such as {@code fgt0}, not null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the label in Chinese and English.
   *
   * @return the label, not null
   */
  public Text label() {
    return label;
  }

  /**
   * Returns whether the measure is additively decomposable by population shares: the total
   * is the sum over groups of the group's share of weight times its measure (FGT, Watts).
   * Theil and MLD decompose into within and between parts instead
   * ({@link MeasureTable#within(Measure)}).
   *
   * @return true for FGT and Watts
   */
  public boolean isAdditive() {
    return additive;
  }
}
