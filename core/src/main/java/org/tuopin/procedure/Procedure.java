package org.tuopin.procedure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.tuopin.basics.NotFoundException;
import org.tuopin.basics.Text;
import org.tuopin.internal.Keys;
import org.tuopin.standard.Provenance;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * A procedure (程序) as data: what it decides and its {@link Stage stages} in the order they
 * must happen, with where the definition comes from. The built-ins are in
 * {@link Procedures}; a county's variant is built with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Procedure implements WithProcedure {

  Procedure() {
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the key, such as {@code household_exit}.
   *
   * @return the key, not null
   */
  @JsonProperty("key")
  public abstract String key();

  /**
   * Returns the name.
   *
   * @return the name in Chinese and English, not null
   */
  @JsonProperty("name")
  public abstract Text name();

  /**
   * Returns what the procedure decides.
   *
   * @return the purpose, not null
   */
  @JsonProperty("purpose")
  public abstract Purpose purpose();

  /**
   * Returns the stages, in the order they must happen.
   *
   * @return the stages, at least one, not null
   */
  @JsonProperty("stages")
  public abstract ImmutableList<Stage> stages();

  /**
   * Returns where the definition comes from.
   *
   * @return the provenance, if recorded
   */
  public abstract Optional<Provenance> source();

  /**
   * Finds a stage by key.
   *
   * @param key  the key, not null
   * @return the stage, or empty if the procedure has none with that key
   */
  public Optional<Stage> findStage(String key) {
    requireNonNull(key, "key");
    return stages().stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /**
   * Obtains a stage by key.
   *
   * @param key  the key, not null
   * @return the stage, not null
   * @throws NotFoundException naming the key and the procedure's stages if it has none with it
   */
  public Stage stage(String key) {
    return findStage(key).orElseThrow(() -> new NotFoundException("procedure " + key() + " has no stage '" + key
        + "'; its stages: " + String.join(", ", stages().stream().map(Stage::key).toList())));
  }

  @Value.Check
  void check() {
    Keys.check("procedure key", key());
    if (stages().isEmpty()) {
      throw new IllegalArgumentException("procedure " + key() + " needs at least one stage");
    }
    Set<String> seen = new HashSet<>();
    for (Stage s : stages()) {
      if (!seen.add(s.key())) {
        throw new IllegalArgumentException("procedure " + key() + " lists stage '" + s.key() + "' twice");
      }
    }
  }

  /**
   * Returns the key and the stages in order: {@code yuanmou_exit[apply → list → …]}.
   *
   * @return a short description, not null
   */
  @Override
  public String toString() {
    return key() + "[" + String.join(" → ", stages().stream().map(Stage::key).toList()) + "]";
  }

  /**
   * A builder of procedures.
   */
  public static final class Builder extends ImmutableProcedure.Builder {
    Builder() {
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("source")
  private @Nullable Provenance sourceJson() {
    return source().orElse(null);
  }

  @JsonCreator
  private static Procedure ofJson(
      @JsonProperty("key") String key,
      @JsonProperty("name") Text name,
      @JsonProperty("purpose") Purpose purpose,
      @JsonProperty("stages") @Nullable List<Stage> stages,
      @JsonProperty("source") @Nullable Provenance source) {
    ImmutableProcedure.Builder b = ImmutableProcedure.builder();
    b.key(key);
    b.name(name);
    b.purpose(purpose);
    if (stages != null) {
      b.stages(stages);
    }
    if (source != null) {
      b.source(source);
    }
    return b.build();
  }
}
