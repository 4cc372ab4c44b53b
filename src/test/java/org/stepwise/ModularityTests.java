package org.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Fails the build when a module reaches into another module's internals, forms a cycle, or uses a
 * module its {@code package-info.java} does not allow; and when the architecture notes list other
 * dependencies than the code declares.
 */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(StepwiseApplication.class);

  @Test
  void modulesRespectTheirBoundariesAndDeclaredDependencies() {
    modules.verify();
  }

  @Test
  void everyModuleDeclaresWhatItMayDependOn() {
    modules.forEach(
        module ->
            assertThat(declared(module.getBasePackage().getName()))
                .as("allowedDependencies of %s", module.getIdentifier())
                .doesNotContain(ApplicationModule.OPEN_TOKEN));
  }

  @Test
  void theArchitectureNotesListTheDeclaredDependencies() throws IOException {
    var row = Pattern.compile("^\\| `([a-z]+)` \\|.*\\| ([^|]*) \\|\\s*$");
    var checked = new TreeSet<String>();
    for (String line : Files.readAllLines(Path.of("docs/architecture.md"))) {
      var match = row.matcher(line);
      if (!match.matches()) {
        continue;
      }
      String module = match.group(1);
      Set<String> documented =
          Arrays.stream(match.group(2).split(","))
              .map(s -> s.replace("`", "").trim())
              .filter(s -> !s.isEmpty() && !s.equals("—"))
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(documented)
          .as("docs/architecture.md, dependencies of %s", module)
          .isEqualTo(declared("org.stepwise." + module));
      checked.add(module);
    }
    assertThat(checked)
        .as("modules in docs/architecture.md")
        .isEqualTo(
            modules.stream()
                .map(m -> m.getIdentifier().toString())
                .collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }

  private static Set<String> declared(String basePackage) {
    try {
      var annotation =
          Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
      return new TreeSet<>(Arrays.asList(annotation.allowedDependencies()));
    } catch (ClassNotFoundException e) {
      throw new AssertionError("No package-info in " + basePackage, e);
    }
  }
}
