package org.tuopin.plan;

import org.tuopin.basics.Text;

/**
 * The rules {@link Plan#check()} applies to a plan tree, each giving {@link PlanCheck findings}.
 */
public enum CheckRule {
  /**
   * 层层分解: the parts of an additive target, in the child plans or allocated to scopes
   * inside the plan, add up to it (or exceed it when it says "at least"), without overlap.
   */
  PARTS_ADD_UP("parts_add_up", "层层分解相加", "parts add up"),
  /** A child plan's period lies inside its parent's. */
  CHILD_PERIOD("child_period", "子计划期限", "child period"),
  /** A target's deadline lies inside its plan's period. */
  TARGET_DEADLINE("target_deadline", "目标期限", "target deadline"),
  /** A milestone lies inside its plan's period, belongs to a target and is due by its deadline. */
  MILESTONE_DATE("milestone_date", "节点日期", "milestone date"),
  /** A target's milestones rise (or fall) in date order toward it, never past it. */
  MILESTONE_ORDER("milestone_order", "节点顺序", "milestone order"),
  /** A project's funding sources add up to its budget. */
  FUNDING("funding", "资金来源合计", "funding"),
  /** A project's per-unit subsidies times their quantities fit inside its budget. */
  SUBSIDY("subsidy", "补助标准×数量", "subsidies"),
  /** The projects' budgets fit inside the plan's budget. */
  PROJECT_BUDGETS("project_budgets", "项目投资合计", "project budgets"),
  /** A project's schedule lies inside its plan's period. */
  PROJECT_SCHEDULE("project_schedule", "项目工期", "project schedule"),
  /** A breakdown's categories add up to no more than the population they divide (no overlap). */
  BREAKDOWN("breakdown", "分类不重叠", "categories"),
  /** Every registered poor household has a household plan (一户一策). */
  HOUSEHOLD_PLANS("household_plans", "一户一策", "household plans");

  private final String key;
  private final String zh;
  private final String en;

  CheckRule(String key, String zh, String en) {
    this.key = key;
    this.zh = zh;
    this.en = en;
  }

  /**
   * Returns the key, as used in JSON ({@code parts_add_up}).
   *
   * @return the key, not null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the name.
   *
   * @return the name in Chinese and English, not null
   */
  public Text label() {
    return Text.of(zh, en);
  }
}
