package org.tuopin.basics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third language from a module of its own, on the module path: the test compiles a tiny
 * language module, {@code org.example.tuopin.bo}, which {@code provides}
 * {@link org.tuopin.basics.spi.MessagesProvider} with a body-less
 * {@link org.tuopin.basics.spi.AbstractMessagesProvider} and carries the placeholder Tibetan
 * file of the test resources in its own package, and a probe module that assesses a household.
 * Core, its dependencies and the two modules are loaded as named modules in a layer of their
 * own, the language module bound as core's service provider (nothing names it): the
 * assessment explains itself in Tibetan there, and Chinese and English are unchanged.
 */
class LanguageModuleTest {

  private static final String TIBETAN = """
      module org.example.tuopin.bo {
        requires org.tuopin.core;
        provides org.tuopin.basics.spi.MessagesProvider with org.example.tuopin.bo.TibetanMessages;
      }
      """;

  private static final String PROVIDER = """
      package org.example.tuopin.bo;

      public final class TibetanMessages extends org.tuopin.basics.spi.AbstractMessagesProvider {
      }
      """;

  private static final String PROBE = """
      module org.example.tuopin.probe {
        requires org.tuopin.core;
        exports org.example.tuopin.probe;
      }
      """;

  private static final String PROBE_CLASS = """
      package org.example.tuopin.probe;

      import java.util.Locale;
      import java.util.Map;
      import org.tuopin.basics.Comparison;
      import org.tuopin.basics.Text;
      import org.tuopin.basics.Yuan;
      import org.tuopin.region.RegionCode;
      import org.tuopin.registry.Conditions;
      import org.tuopin.registry.Household;
      import org.tuopin.registry.HouseholdId;
      import org.tuopin.registry.IncomeStatement;
      import org.tuopin.registry.Member;
      import org.tuopin.registry.PersonId;
      import org.tuopin.registry.Relation;
      import org.tuopin.standard.IncomeLine;
      import org.tuopin.standard.Provenance;
      import org.tuopin.standard.StandardSet;

      public final class Probe {
        public static String explain(Locale locale) {
          IncomeLine line = IncomeLine.of(Text.of("国家线", "national line"),
              Map.of(2015, new IncomeLine.Entry(2015, Yuan.of(2855), Provenance.of("test", true))));
          StandardSet standard = StandardSet.builder("test.probe").name("测试标准", "test standard").years(2015, 2015)
              .incomeLine(line, Comparison.ABOVE).householdCondition(Conditions.HOUSING).build();
          Household h = Household.builder().id(HouseholdId.of("h1")).village(RegionCode.parse("510921105201"))
              .addMembers(Member.of(PersonId.of("m1"), Relation.HOUSEHOLDER))
              .income(IncomeStatement.of(2015, Yuan.of(2000), Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO)).build();
          return standard.assess(h).explain(locale);
        }
      }
      """;

  @TempDir
  Path dir;

  /** Core's classes and every jar of the test class path. */
  private static List<Path> corePaths() throws URISyntaxException {
    List<Path> paths = new ArrayList<>();
    paths.add(Path.of(Text.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        paths.add(Path.of(entry));
      }
    }
    return paths;
  }

  /**
   * The locations of core and the modules it needs, to compile against: with the Jackson
   * annotations, which core requires {@code static transitive}, so javac reads them.
   */
  private static String modulePath(List<Path> paths) {
    Configuration cf = ModuleLayer.boot().configuration().resolve(ModuleFinder.of(paths.toArray(Path[]::new)),
        ModuleFinder.of(), Set.of("org.tuopin.core", "com.fasterxml.jackson.annotation"));
    return cf.modules().stream().map(ResolvedModule::reference).map(r -> Path.of(r.location().orElseThrow()).toString())
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Compiles a module from its sources into a directory. */
  private Path compile(String name, String modulePath, String... sources) throws IOException {
    Path src = dir.resolve("src").resolve(name);
    Path out = dir.resolve("mods").resolve(name);
    List<String> args = new ArrayList<>(List.of("--module-path", modulePath, "-d", out.toString(), "-nowarn"));
    for (String source : sources) {
      String pkg = source.lines().filter(l -> l.startsWith("package ")).findFirst()
          .map(l -> l.substring(8, l.indexOf(';')).replace('.', '/') + "/").orElse("");
      String type = source.contains("module ") && pkg.isEmpty() ? "module-info"
          : source.replaceAll("(?s).*public (final )?(abstract )?class (\\w+).*", "$3");
      args.add(write(src.resolve(pkg + type + ".java"), source).toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, errors, errors, args.toArray(String[]::new));
    assertThat(status).as("javac: %s", errors.toString(StandardCharsets.UTF_8)).isZero();
    return out;
  }

  private static ModuleLayer layer(List<Path> paths) {
    ModuleFinder finder = ModuleFinder.of(paths.toArray(Path[]::new));
    ModuleLayer boot = ModuleLayer.boot();
    Configuration cf = boot.configuration().resolveAndBind(finder, ModuleFinder.of(),
        Set.of("org.tuopin.core", "org.example.tuopin.probe"));
    return boot.defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
  }

  private static String explain(ModuleLayer layer, Locale locale) throws Exception {
    Class<?> probe = Class.forName("org.example.tuopin.probe.Probe", true, layer.findLoader("org.example.tuopin.probe"));
    assertThat(probe.getModule().isNamed()).isTrue();
    return (String) probe.getMethod("explain", Locale.class).invoke(null, locale);
  }

  @Test
  void test_anAssessmentExplainsItself_inALanguageFromAModuleOfItsOwn() throws Exception {
    List<Path> paths = corePaths();
    String modulePath = modulePath(paths);
    Path tibetan = compile("org.example.tuopin.bo", modulePath, TIBETAN, PROVIDER);
    try (InputStream file = LanguageModuleTest.class.getResourceAsStream("/org/tuopin/basics/messages_bo.properties")) {
      Files.copy(file, tibetan.resolve("org/example/tuopin/bo/messages_bo.properties"));
    }
    Path probe = compile("org.example.tuopin.probe", modulePath, PROBE, PROBE_CLASS);
    List<Path> all = new ArrayList<>(paths);
    all.add(tibetan);
    all.add(probe);
    ModuleLayer layer = layer(all);
    assertThat(layer.findModule("org.example.tuopin.bo")).as("bound as core's provider").isPresent();
    assertThat(layer.findModule("org.tuopin.core").orElseThrow().getDescriptor().isAutomatic()).isFalse();

    String bo = explain(layer, Locale.forLanguageTag("bo"));
    assertThat(bo).startsWith("⟪assessment.heading⟫ h1 ⟪verdict.NOT_ELIGIBLE⟫")
        .contains("⟪finding.line⟫ ✗ ⟪criterion.income⟫", "⟪condition.housing⟫");
    for (String line : bo.split("\n")) {
      String rest = line.replace("h1", " ").replace("test.probe", " ").replace("test standard", " ")
          .replaceAll("⟪[A-Za-z0-9_.]+⟫", " ");
      assertThat(rest).as("what is left of the line \"%s\"", line).doesNotContainPattern("\\p{L}");
    }
    assertThat(explain(layer, Locale.forLanguageTag("bo-CN"))).isEqualTo(bo);
    assertThat(explain(layer, Locale.SIMPLIFIED_CHINESE)).contains("人均纯收入").doesNotContain("⟪");
    assertThat(explain(layer, Locale.ENGLISH)).contains("per-capita net income").doesNotContain("⟪");
    // a language no module gives is English
    assertThat(explain(layer, Locale.forLanguageTag("ug"))).isEqualTo(explain(layer, Locale.ENGLISH));
  }
}
