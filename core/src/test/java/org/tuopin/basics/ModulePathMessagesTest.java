package org.tuopin.basics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * On the module path, the named module {@code org.tuopin.core} finds its own bundles: core and
 * its dependencies are loaded as modules in a layer of their own, and a verdict's label read
 * there is in Chinese and in English. A file on the class path is not seen from the named
 * module: the placeholder Tibetan test file gives English there.
 */
class ModulePathMessagesTest {

  private static ModuleLayer coreLayer() throws Exception {
    List<Path> paths = new ArrayList<>();
    paths.add(Path.of(Text.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        paths.add(Path.of(entry));
      }
    }
    ModuleFinder finder = ModuleFinder.of(paths.toArray(Path[]::new));
    ModuleLayer boot = ModuleLayer.boot();
    Configuration cf = boot.configuration().resolve(finder, ModuleFinder.of(), Set.of("org.tuopin.core"));
    return boot.defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
  }

  private static String verdictLabel(ModuleLayer layer, Locale locale) throws Exception {
    ClassLoader loader = layer.findLoader("org.tuopin.core");
    Class<?> verdict = Class.forName("org.tuopin.standard.Verdict", true, loader);
    assertThat(verdict.getModule().isNamed()).isTrue();
    assertThat(verdict.getModule().getName()).isEqualTo("org.tuopin.core");
    Object notEligible = verdict.getField("NOT_ELIGIBLE").get(null);
    Object label = verdict.getMethod("label").invoke(notEligible);
    Method in = label.getClass().getMethod("in", Locale.class);
    return (String) in.invoke(label, locale);
  }

  @Test
  void test_bundlesInsideTheNamedModule_areFound() throws Exception {
    ModuleLayer layer = coreLayer();
    assertThat(verdictLabel(layer, Locale.SIMPLIFIED_CHINESE)).isEqualTo("不符合退出条件");
    assertThat(verdictLabel(layer, Locale.ENGLISH)).isEqualTo("not eligible");
  }

  @Test
  void test_aFileOnTheClassPath_isNotSeenFromTheNamedModule() throws Exception {
    Locale bo = Locale.forLanguageTag("bo");
    assertThat(Text.message("verdict.NOT_ELIGIBLE").in(bo)).isEqualTo("⟪verdict.NOT_ELIGIBLE⟫");
    assertThat(verdictLabel(coreLayer(), bo)).isEqualTo("not eligible");
  }
}
