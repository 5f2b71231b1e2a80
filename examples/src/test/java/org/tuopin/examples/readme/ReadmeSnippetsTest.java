package org.tuopin.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * The README runs as written: its Java quick start compiles and prints what the README says,
 * and every {@code jshell>} line of its JShell blocks runs after the start-up script
 * {@code tuopin.jsh} and shows the value the README shows.
 */
class ReadmeSnippetsTest {

  private static final Path README = Path.of("../README.md");
  /** The packages JShell's DEFAULT start-up imports, which the README's command line loads. */
  private static final List<String> DEFAULT_STARTUP = List.of("java.io", "java.math", "java.net", "java.nio.file",
      "java.util", "java.util.concurrent", "java.util.function", "java.util.prefs", "java.util.regex",
      "java.util.stream");

  private static List<String> blocks(String language) throws IOException {
    String text = Files.readString(README, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(text);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  public void test_javaQuickStart_compilesAndPrintsWhatTheReadmeSays() throws Exception {
    String source = blocks("java").get(0);
    String expected = blocks("text").get(0);
    Path dir = Files.createTempDirectory("readme-quickstart");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///QuickStart.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    boolean compiled = javac.getTask(null, null, null,
        List.of("-d", dir.toString(), "-classpath", System.getProperty("java.class.path"), "-Xlint:none"),
        null, List.of(file)).call();
    assertThat(compiled).as("the README's Java quick start compiles").isTrue();
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Method main = loader.loadClass("QuickStart").getMethod("main", String[].class);
      System.setOut(out);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(old);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  public void test_standardsListing_isWhatTheCommandPrints() throws IOException {
    // The golden file is the command's output, checked byte for byte by GoldenOutputTest.
    String golden = Files.readString(Path.of("src/test/resources/golden/standards.txt"), StandardCharsets.UTF_8);
    String stdout = golden.substring(golden.indexOf("== stdout\n") + 10, golden.indexOf("== stderr\n"));
    assertThat(blocks("text")).contains(stdout);
  }

  @Test
  public void test_jshellLines_runAfterTheStartupScriptAndShowWhatTheReadmeShows() throws IOException {
    List<String> startup = Files.readAllLines(Path.of("src/main/jshell/tuopin.jsh"), StandardCharsets.UTF_8);
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      for (String pkg : DEFAULT_STARTUP) {
        run(shell, "import " + pkg + ".*;", null);
      }
      for (String line : startup) {
        if (!line.isBlank() && !line.startsWith("//")) {
          run(shell, line, null);
        }
      }
      int checked = 0;
      for (String block : blocks("jshell")) {
        List<String> lines = block.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
          if (!lines.get(i).startsWith("jshell> ")) {
            continue;
          }
          StringBuilder input = new StringBuilder(lines.get(i).substring("jshell> ".length()));
          while (i + 1 < lines.size() && lines.get(i + 1).startsWith("   ...> ")) {
            input.append('\n').append(lines.get(++i).substring("   ...> ".length()));
          }
          String shown = i + 1 < lines.size() && !lines.get(i + 1).startsWith("jshell> ") ? lines.get(i + 1) : null;
          run(shell, input.toString(), shown == null ? null : shown.substring(shown.indexOf("==> ") + 4));
          checked++;
        }
      }
      assertThat(checked).isGreaterThanOrEqualTo(8);
    }
  }

  private static void run(JShell shell, String input, String expectedValue) {
    SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(input);
    assertThat(info.completeness()).as("a complete input: %s", input)
        .isIn(SourceCodeAnalysis.Completeness.COMPLETE, SourceCodeAnalysis.Completeness.COMPLETE_WITH_SEMI);
    assertThat(info.remaining()).as("one snippet: %s", input).isBlank();
    List<SnippetEvent> events = shell.eval(info.source()).stream().filter(e -> e.causeSnippet() == null).toList();
    for (SnippetEvent e : events) {
      assertThat(e.exception()).as("no exception from: %s", input).isNull();
      assertThat(e.status()).as("status of: %s (%s)", input,
          shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList()).isEqualTo(Snippet.Status.VALID);
    }
    if (expectedValue != null) {
      assertThat(events.get(0).value()).as("value of: %s", input).isEqualTo(expectedValue);
    }
  }
}
