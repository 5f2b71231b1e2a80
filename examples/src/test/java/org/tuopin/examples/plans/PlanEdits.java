package org.tuopin.examples.plans;

import java.util.function.UnaryOperator;
import org.tuopin.basics.Quantity;
import org.tuopin.indicator.Indicator;
import org.tuopin.plan.CheckRule;
import org.tuopin.plan.Plan;
import org.tuopin.plan.PlanCheck;
import org.tuopin.plan.PlanReview;
import org.tuopin.plan.Scope;
import org.tuopin.plan.Target;

/** Changes to a seed's plan, to show that its findings turn when its figures do. */
final class PlanEdits {

  private PlanEdits() {
  }

  /** The plan with the plan of a scope (anywhere in the tree) changed. */
  static Plan edit(Plan plan, Scope scope, UnaryOperator<Plan> change) {
    if (plan.scope().equals(scope)) {
      return change.apply(plan);
    }
    return Plan.builder().from(plan)
        .children(plan.children().stream().map(c -> edit(c, scope, change)).toList()).build();
  }

  /** Sets the quantity of a plan's targets of an indicator at a scope. */
  static UnaryOperator<Plan> setting(Indicator indicator, Scope targetScope, Quantity quantity) {
    return p -> Plan.builder().from(p).targets(p.targets().stream()
        .map(t -> t.indicator().equals(indicator) && t.scope().equals(targetScope)
            ? Target.builder().from(t).quantity(quantity).build() : t)
        .toList()).build();
  }

  /** Removes a plan's targets of an indicator at a scope. */
  static UnaryOperator<Plan> removing(Indicator indicator, Scope targetScope) {
    return p -> Plan.builder().from(p).targets(p.targets().stream()
        .filter(t -> !(t.indicator().equals(indicator) && t.scope().equals(targetScope))).toList()).build();
  }

  /** The one finding of a rule about a subject's indicator in the plan of a scope. */
  static PlanCheck finding(PlanReview review, CheckRule rule, Scope scope, Indicator indicator) {
    return review.of(rule).stream()
        .filter(c -> c.scope().equals(scope) && c.subject().equals(indicator.label()))
        .reduce((a, b) -> {
          throw new AssertionError("two findings of " + rule + " for " + indicator + ": " + a + ", " + b);
        })
        .orElseThrow(() -> new AssertionError("no finding of " + rule + " for " + indicator + " at " + scope
            + " in " + review.checks()));
  }
}
