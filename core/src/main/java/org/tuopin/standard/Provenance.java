package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a figure of a standard came from, and whether it is confirmed.
 *
 * <p>Every figure a standard ships (a line for a year, a threshold) carries one, so that a
 * reader can tell a figure published by the National Bureau of Statistics from one taken
 * from a single data-check script.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Provenance implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the figure came from. */
  private final String source;
  /** Whether the figure is confirmed. */
  private final boolean confirmed;

  private Provenance(String source, boolean confirmed) {
    this.source = source;
    this.confirmed = confirmed;
  }

  /**
   * Obtains an instance.
   *
   * @param source  where the figure came from, not blank
   * @param confirmed  whether the figure is confirmed by an official publication
   * @return the provenance, not null
   * @throws IllegalArgumentException if the source is blank
   */
  @JsonCreator
  public static Provenance of(@JsonProperty("source") String source, @JsonProperty("confirmed") boolean confirmed) {
    requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("a figure's source must not be blank");
    }
    return new Provenance(source.trim(), confirmed);
  }

  /**
   * Returns where the figure came from.
   *
   * @return the source, not blank
   */
  @JsonProperty("source")
  public String source() {
    return source;
  }

  /**
   * Checks whether the figure is confirmed.
   *
   * @return true if confirmed by an official publication
   */
  @JsonProperty("confirmed")
  public boolean isConfirmed() {
    return confirmed;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Provenance && ((Provenance) obj).source.equals(source)
        && ((Provenance) obj).confirmed == confirmed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, confirmed);
  }

  @Override
  public String toString() {
    return source + (confirmed ? "" : " (unconfirmed)");
  }
}
