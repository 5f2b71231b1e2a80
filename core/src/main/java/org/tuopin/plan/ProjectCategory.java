package org.tuopin.plan;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.regex.Pattern;
import org.tuopin.basics.Text;

/**
 * The category of a project (项目类别), such as 产业发展 (industry) or 基础设施
 * (infrastructure); the set is open.
 *
 * <p>The common categories are constants of {@link ProjectCategories}; a user defines
 * others with {@link #of(String, String, String)}. Two categories are equal when their keys
 * are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectCategory implements Comparable<ProjectCategory>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /** The key. */
  private final String key;
  /** The label. */
  private final Text label;

  private ProjectCategory(String key, Text label) {
    this.key = key;
    this.label = label;
  }

  /**
   * Obtains a category from its key and labels.
   *
   * @param key  the key: lower-case letters, digits and underscores, starting with a letter
   * @param zh  the Chinese label, not null
   * @param en  the English label, not null
   * @return the category, not null
   * @throws IllegalArgumentException if the key is malformed
   */
  public static ProjectCategory of(String key, String zh, String en) {
    requireNonNull(key, "key");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "project category key must be lower-case letters, digits and _, starting with a letter: '" + key + "'");
    }
    return new ProjectCategory(key, Text.of(zh, en));
  }

  /**
   * Returns the key, as used in files and reports ({@code infrastructure}).
   *
   * @return the key, not null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the label.
   *
   * @return the label in Chinese and English, not null
   */
  public Text label() {
    return label;
  }

  @Override
  public int compareTo(ProjectCategory other) {
    return key.compareTo(other.key);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ProjectCategory && ((ProjectCategory) obj).key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /**
   * Returns the key.
   *
   * @return the key, not null
   */
  @Override
  public String toString() {
    return key;
  }
}
