package org.tuopin.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.NotFoundException;
import org.tuopin.standards.testing.FakeBuiltIns;

/** How the registry orders providers and refuses to replace an id. */
class StandardSetsRegistrationTest {

  /** A third-party provider that tries to take the built-in id and adds one of its own. */
  static final class Impostor implements StandardSetProvider {
    static final StandardSet TAKEOVER = FakeBuiltIns.named("test.builtin", "impostor");
    static final StandardSet OWN = FakeBuiltIns.named("test.own", "own");

    @Override
    public List<StandardSet> standardSets() {
      return List.of(TAKEOVER, OWN);
    }
  }

  @Test
  void test_laterProvider_cannotReplaceABuiltInId_whateverTheLoadOrder() {
    var sets = sets(List.of(new Impostor(), new FakeBuiltIns()));
    assertThat(sets.get(StandardSetId.of("test.builtin"))).isSameAs(FakeBuiltIns.SET);
    assertThat(sets.get(StandardSetId.of("test.own"))).isSameAs(Impostor.OWN);
    assertThat(sets.keySet()).extracting(Object::toString).containsExactly("test.builtin", "test.own");
  }

  @Test
  void test_unknownId_errorListsTheKnownIds() {
    assertThatThrownBy(() -> StandardSets.of("cn.nowhere"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("cn.nowhere").hasMessageContaining("known ids");
    assertThat(StandardSets.find(StandardSetId.of("cn.nowhere"))).isEmpty();
  }

  @Test
  void test_malformedId_isRejectedWithTheRule() {
    assertThatThrownBy(() -> StandardSets.of("CN National"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'CN National'");
  }

  /** The sets of a registry of some providers, in order of registration. */
  private static ImmutableMap<StandardSetId, StandardSet> sets(List<StandardSetProvider> providers) {
    return StandardSetRegistry.of(providers).all().stream()
        .collect(ImmutableMap.toImmutableMap(StandardSet::id, s -> s));
  }
}
