package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;

/**
 * Why an input row was rejected: its line number, the column and the reason.
 *
 * <p>{@link #toString()} gives {@code line 7, column id_number: reason}.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
public final class RowError implements Comparable<RowError> {

  private final long line;
  private final String column;
  private final String reason;

  private RowError(long line, String column, String reason) {
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  /**
   * Obtains an instance.
   *
   * @param line  the 1-based line number in the file (the header is line 1)
   * @param column  the column as headed in the file, or {@code *} for the whole row, not null
   * @param reason  the reason, naming the value and the rule, not null
   * @return the error, not null
   */
  public static RowError of(long line, String column, String reason) {
    return new RowError(line, requireNonNull(column, "column"), requireNonNull(reason, "reason"));
  }

  /**
   * Returns the line number (the header is line 1).
   *
   * @return the line number
   */
  public long line() {
    return line;
  }

  /**
   * Returns the column as headed in the file, or {@code *} for the whole row.
   *
   * @return the column, not null
   */
  public String column() {
    return column;
  }

  /**
   * Returns the reason.
   *
   * @return the reason, not null
   */
  public String reason() {
    return reason;
  }

  @Override
  public int compareTo(RowError o) {
    return line != o.line ? Long.compare(line, o.line) : column.compareTo(o.column);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RowError && ((RowError) obj).line == line && ((RowError) obj).column.equals(column)
        && ((RowError) obj).reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, column, reason);
  }

  /**
   * Returns {@code line N, column C: reason}.
   *
   * @return the error as one line of text, not null
   */
  @Override
  public String toString() {
    return "line " + line + ", column " + column + ": " + reason;
  }

  // JSON binding (see JsonBinding): {"line", "column", "reason"}.

  @JsonCreator
  private static RowError ofJson(@JsonProperty("line") long line, @JsonProperty("column") String column,
      @JsonProperty("reason") String reason) {
    return of(line, column, reason);
  }

  @JsonProperty("line")
  private long lineJson() {
    return line;
  }

  @JsonProperty("column")
  private String columnJson() {
    return column;
  }

  @JsonProperty("reason")
  private String reasonJson() {
    return reason;
  }
}
