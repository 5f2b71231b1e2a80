package org.tuopin.plan;

import org.tuopin.basics.Text;
import org.tuopin.internal.Codes;
import org.tuopin.standard.Finding;
import org.tuopin.standard.FindingRule;

/**
 * The rules {@link Plan#check()} applies to a plan tree, each giving {@link PlanCheck findings}.
 *
 * <p>A rule is reported as a criterion of a standard is: each check's {@link Finding} has the
 * rule's {@link #criterion() id} and label, and, when the check has no figure to compare, the
 * rule's {@link #requirement() requirement} as what it requires.
 */
public enum CheckRule implements FindingRule {
  /**
   * 层层分解: the parts of an additive target, in the child plans or allocated to scopes
   * inside the plan, add up to it (or exceed it when it says "at least"), without overlap.
   */
  PARTS_ADD_UP("层层分解相加", "parts add up"),
  /** A child plan's period lies inside its parent's. */
  CHILD_PERIOD("子计划期限", "child period"),
  /** A target's deadline lies inside its plan's period. */
  TARGET_DEADLINE("目标期限", "target deadline"),
  /** A milestone lies inside its plan's period, belongs to a target and is due by its deadline. */
  MILESTONE_DATE("节点日期", "milestone date"),
  /** A target's milestones rise (or fall) in date order toward it, never past it. */
  MILESTONE_ORDER("节点顺序", "milestone order"),
  /** A project's funding sources add up to its budget. */
  FUNDING("资金来源合计", "funding"),
  /** A project's per-unit subsidies times their quantities fit inside its budget. */
  SUBSIDY("补助标准×数量", "subsidies"),
  /** The projects' budgets fit inside the plan's budget. */
  PROJECT_BUDGETS("项目投资合计", "project budgets"),
  /** A project's schedule lies inside its plan's period. */
  PROJECT_SCHEDULE("项目工期", "project schedule"),
  /** A breakdown's categories add up to no more than the population they divide (no overlap). */
  BREAKDOWN("分类不重叠", "categories"),
  /** A target's tasks per year (分年度任务) add up to it exactly and fall inside the plan's period. */
  PERIOD_TASKS("分年度任务", "yearly tasks"),
  /** Every registered poor household has a household plan (一户一策). */
  HOUSEHOLD_PLANS("一户一策", "household plans");

  /** What the rule requires, in Chinese and English. */
  private final Text requirement;

  CheckRule(String zh, String en) {
    Codes.define(this, zh, en);
    this.requirement = Text.message("plan.rule." + name());
  }

  /**
   * Returns what the rule requires, in a sentence, such as 资金来源合计等于总投资 / the
   * funding sources add up to the budget: the requirement of the rule's {@link Finding}s
   * that have no figure to compare.
   *
   * @return the requirement, not null
   */
  @Override
  public Text requirement() {
    return requirement;
  }
}
