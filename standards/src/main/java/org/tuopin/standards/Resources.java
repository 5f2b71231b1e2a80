package org.tuopin.standards;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** Opens the standards' data files, which live in resources beside their classes. */
final class Resources {

  private Resources() {
  }

  /**
   * Opens a UTF-8 resource relative to a class.
   *
   * @param owner  the class the name is relative to
   * @param name  the resource name
   * @return a reader, to be closed by the caller
   * @throws IllegalStateException if the resource is missing from the jar
   */
  static Reader reader(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("resource " + name + " is missing from tuopin-standards");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
