package org.tuopin.standards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;

/**
 * Every built-in standard set writes as JSON and reads back equal, and assesses the sample
 * roster alike, through plain {@code ObjectMapper}s of Jackson 2 and Jackson 3.
 */
class StandardSetsJsonTest {

  @Test
  void test_everyBuiltInSet_roundTrips_underJackson2And3() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper two = new com.fasterxml.jackson.databind.ObjectMapper();
    tools.jackson.databind.ObjectMapper three = new tools.jackson.databind.ObjectMapper();
    assertThat(StandardSets.all()).hasSizeGreaterThan(3);
    for (StandardSet s : StandardSets.all()) {
      String json = two.writeValueAsString(s);
      StandardSet viaTwo = two.readValue(json, StandardSet.class);
      StandardSet viaThree = three.readValue(three.writeValueAsString(s), StandardSet.class);
      assertThat(viaTwo).as(json).isEqualTo(s);
      assertThat(viaThree).as(json).isEqualTo(s);
      assertThat(Samples.roster().assess(viaThree)).isEqualTo(Samples.roster().assess(s));
    }
  }
}
