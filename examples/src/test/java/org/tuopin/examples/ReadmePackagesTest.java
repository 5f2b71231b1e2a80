package org.tuopin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's map of packages lists exactly the packages of core and standards, one line each. */
class ReadmePackagesTest {

  private static final Pattern ROW = Pattern.compile("^\\| `(org\\.tuopin[a-z.]*)` \\|", Pattern.MULTILINE);

  @Test
  public void test_readmePackageMap_matchesTheTree() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    Set<String> listed = new TreeSet<>();
    Matcher m = ROW.matcher(readme);
    while (m.find()) {
      assertThat(listed.add(m.group(1))).as("listed once: %s", m.group(1)).isTrue();
    }
    Set<String> tree = new TreeSet<>();
    for (String module : new String[] {"../core", "../standards"}) {
      Path root = Path.of(module, "src/main/java");
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(p -> p.getFileName().toString().endsWith(".java") && !p.endsWith("module-info.java"))
            .map(p -> root.relativize(p.getParent()).toString().replace('/', '.'))
            .forEach(tree::add);
      }
    }
    tree.add("org.tuopin.examples");
    assertThat(listed).isEqualTo(tree);
  }
}
