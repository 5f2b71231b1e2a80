package org.tuopin.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.NotFoundException;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.TuopinException;
import org.tuopin.testing.Fixtures;

class StandardSetsTest {

  /** Provides test.a (national line, above) and test.shared. */
  public static final class AlphaProvider implements StandardSetProvider {
    static final StandardSet SHARED = Fixtures.standardSet("test.shared", Fixtures.nationalLine(), Comparison.ABOVE);

    @Override
    public List<StandardSet> standardSets() {
      return List.of(Fixtures.standardSet("test.a", Fixtures.nationalLine(), Comparison.ABOVE), SHARED);
    }
  }

  /** Provides test.b and another test.shared, which must be ignored. */
  public static final class BetaProvider implements StandardSetProvider {
    static final StandardSet SHARED = Fixtures.standardSet("test.shared", Fixtures.nationalLine(), Comparison.AT_LEAST);

    @Override
    public List<StandardSet> standardSets() {
      return List.of(SHARED, Fixtures.standardSet("test.b", Fixtures.nationalLine(), Comparison.AT_LEAST));
    }
  }

  @Test
  public void test_of_unknownIdThrowsNotFoundNamingTheIdAndTheKnownIds() {
    assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> StandardSets.of("cn.nowhere"))
        .isInstanceOf(TuopinException.class)
        .withMessageContaining("'cn.nowhere'").withMessageContaining("known ids: " + StandardSets.ids());
  }

  @Test
  public void test_of_malformedIdThrowsIllegalArgument() {
    assertThatIllegalArgumentException().isThrownBy(() -> StandardSets.of("Not An Id"))
        .withMessageContaining("'Not An Id'");
  }

  @Test
  public void test_find_unknownIdIsEmpty() {
    assertThat(StandardSets.find(StandardSetId.of("cn.nowhere"))).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> StandardSets.find(null)).withMessage("id");
  }

  @Test
  public void test_idsAndAll_agree() {
    assertThat(StandardSets.all()).extracting(StandardSet::id).containsExactlyInAnyOrderElementsOf(StandardSets.ids());
    for (StandardSetId id : StandardSets.ids()) {
      assertThat(StandardSets.of(id).id()).isEqualTo(id);
      assertThat(StandardSets.find(id)).isPresent();
    }
  }

  @Test
  public void test_national_id() {
    assertThat(StandardSets.NATIONAL).hasToString("cn.national");
  }

  @Test
  public void test_load_aLaterProviderCannotReplaceAnId() {
    ImmutableMap<StandardSetId, StandardSet> sets =
        sets(List.of(new BetaProvider(), new AlphaProvider()));
    assertThat(sets.keySet()).extracting(StandardSetId::toString)
        .containsExactly("test.a", "test.shared", "test.b");
    assertThat(sets.get(StandardSetId.of("test.shared"))).isSameAs(AlphaProvider.SHARED);
  }

  @Test
  public void test_load_doesNotDependOnServiceLoaderOrder() {
    ImmutableMap<StandardSetId, StandardSet> ab = sets(List.of(new AlphaProvider(), new BetaProvider()));
    ImmutableMap<StandardSetId, StandardSet> ba = sets(List.of(new BetaProvider(), new AlphaProvider()));
    assertThat(ab.keySet()).containsExactlyElementsOf(ba.keySet());
    assertThat(ab.get(StandardSetId.of("test.shared"))).isSameAs(ba.get(StandardSetId.of("test.shared")))
        .isSameAs(AlphaProvider.SHARED);
  }

  @Test
  public void test_load_nothingGivesNothing() {
    assertThat(sets(List.of())).isEmpty();
  }

  /** The sets of a registry of some providers, in order of registration. */
  private static ImmutableMap<StandardSetId, StandardSet> sets(List<StandardSetProvider> providers) {
    return StandardSetRegistry.of(providers).all().stream()
        .collect(ImmutableMap.toImmutableMap(StandardSet::id, s -> s));
  }
}
