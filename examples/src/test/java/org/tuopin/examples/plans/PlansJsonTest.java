package org.tuopin.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.plan.Breakdown;
import org.tuopin.plan.Plan;
import org.tuopin.plan.PlanReview;

/**
 * The plans of the seeds and the published plans, with their targets, milestones, projects,
 * funding, subsidies and breakdowns, write as JSON and read back equal through plain
 * {@code ObjectMapper}s of Jackson 2 and Jackson 3, and so do their reviews.
 */
class PlansJsonTest {

  private static final List<Plan> PLANS = List.of(Seed000Township.plan(), Seed002Tongren.plan(),
      Seed003Banzhuang.plan(), Seed004Yuanmou.plan(), PublishedPlans.bazhong2019(), PublishedPlans.haidong2018(),
      PublishedPlans.daying2017());

  @Test
  void test_everyExamplePlan_roundTrips_underJackson2And3() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper two = new com.fasterxml.jackson.databind.ObjectMapper();
    tools.jackson.databind.ObjectMapper three = new tools.jackson.databind.ObjectMapper();
    for (Plan p : PLANS) {
      String json = two.writeValueAsString(p);
      assertThat(two.readValue(json, Plan.class)).as(json).isEqualTo(p);
      assertThat(three.readValue(three.writeValueAsString(p), Plan.class)).isEqualTo(p);
      PlanReview review = p.check();
      assertThat(two.readValue(two.writeValueAsString(review), PlanReview.class)).isEqualTo(review);
      assertThat(three.readValue(three.writeValueAsString(review), PlanReview.class)).isEqualTo(review);
    }
    for (Breakdown b : List.of(PublishedPlans.bazhongAllocation(), PublishedPlans.haidongTable(),
        PublishedPlans.haidongText(), PublishedPlans.dayingExits(), PublishedPlans.dayingReserve())) {
      assertThat(two.readValue(two.writeValueAsString(b), Breakdown.class)).isEqualTo(b);
      assertThat(three.readValue(three.writeValueAsString(b), Breakdown.class)).isEqualTo(b);
    }
    assertThat(PLANS).anySatisfy(p -> assertThat(p.projects()).isNotEmpty());
    assertThat(PLANS).anySatisfy(p -> assertThat(p.milestones()).isNotEmpty());
  }
}
