package org.tuopin.basics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** Tests of {@link TypedString}: the value contract every id and key shares. */
class TypedStringTest {

  /** An id of one kind. */
  static final class AlphaId extends TypedString<AlphaId> {
    private static final long serialVersionUID = 1L;

    AlphaId(String name) {
      super(name);
    }
  }

  /** An id of another kind. */
  static final class BetaId extends TypedString<BetaId> {
    private static final long serialVersionUID = 1L;

    BetaId(String name) {
      super(name);
    }
  }

  @Test
  public void test_equalsAndHashCode_byKindAndText() {
    assertThat(new AlphaId("a1")).isEqualTo(new AlphaId("a1")).hasSameHashCodeAs(new AlphaId("a1"))
        .isNotEqualTo(new AlphaId("a2")).isNotEqualTo(new BetaId("a1")).isNotEqualTo("a1").isNotEqualTo(null);
  }

  @Test
  public void test_compareTo_ordersByText() {
    assertThat(new AlphaId("a1")).isLessThan(new AlphaId("a2")).isEqualByComparingTo(new AlphaId("a1"));
  }

  @Test
  public void test_toString_isTheText() {
    assertThat(new AlphaId("a-1")).hasToString("a-1");
  }

  @Test
  public void test_constructor_rejectsNull() {
    assertThatNullPointerException().isThrownBy(() -> new AlphaId(null));
  }
}
