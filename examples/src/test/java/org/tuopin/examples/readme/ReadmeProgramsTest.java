package org.tuopin.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the README says each example program prints is what it prints: every figure in the
 * comment of a {@code java -cp … org.tuopin.examples.…  # …} line appears in that program's
 * output (in Chinese, as it runs without arguments).
 */
class ReadmeProgramsTest {

  private static final Pattern LINE = Pattern.compile(
      "^\\s+java -cp examples/target/tuopin.jar (org\\.tuopin\\.examples\\.[A-Za-z0-9.]+)\\s+#(.*)$", Pattern.MULTILINE);
  private static final Pattern FIGURE = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

  @Test
  public void test_everyFigureTheReadmeStates_isPrinted() throws Exception {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    Matcher m = LINE.matcher(readme);
    int programs = 0;
    while (m.find()) {
      String output = run(m.group(1));
      Matcher f = FIGURE.matcher(m.group(2).replaceAll("§[一二三四五六七八九十]+|\\b(?:19|20)\\d\\d\\b|1\\+6", ""));
      while (f.find()) {
        assertThat(output).as("%s prints the README's %s", m.group(1), f.group()).contains(f.group());
      }
      programs++;
    }
    assertThat(programs).isGreaterThanOrEqualTo(5);
  }

  private static String run(String className) throws Exception {
    Method main = Class.forName(className).getMethod("main", String[].class);
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(old);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
