package org.stepwise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The house rules of {@code docs/forms.md} and the code review that can be checked on the compiled
 * classes, so a new module cannot drift from them unnoticed.
 */
class HouseRulesTest {

  private static final JavaClasses CODE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.stepwise");

  @Test
  void theTimeComesFromTheClock() {
    noClasses()
        .should()
        .callMethod(Instant.class, "now")
        .orShould()
        .callMethod(LocalDate.class, "now")
        .orShould()
        .callMethod(LocalDateTime.class, "now")
        .orShould()
        .callMethod(ZonedDateTime.class, "now")
        .orShould()
        .callMethod(OffsetDateTime.class, "now")
        .orShould()
        .callMethod(Clock.class, "systemDefaultZone")
        .because(
            "tests move the Clock bean; only the configuration that makes it may use the system")
        .check(CODE);
  }

  @Test
  void formsAreBoundToFormRecordsNotMapsOfParameters() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Controller.class)
        .should(
            new ArchCondition<JavaMethod>("not take @RequestParam Map<String, String>") {
              @Override
              public void check(JavaMethod method, ConditionEvents events) {
                for (var parameter : method.getParameters()) {
                  if (parameter.isAnnotatedWith(RequestParam.class)
                      && parameter.getRawType().isAssignableTo(Map.class)) {
                    events.add(
                        SimpleConditionEvent.violated(
                            method, method.getFullName() + " binds a Map of request parameters"));
                  }
                }
              }
            })
        .allowEmptyShould(true)
        .check(CODE);
  }

  @Test
  void pageControllersArePackagePrivate() {
    classes()
        .that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .should()
        .notHaveModifier(JavaModifier.PUBLIC)
        .check(CODE);
  }

  @Test
  void listenersLiveInAModulesInternalPackage() {
    methods()
        .that()
        .areAnnotatedWith(ApplicationModuleListener.class)
        .should()
        .beDeclaredInClassesThat()
        .resideInAPackage("..internal..")
        .check(CODE);
  }
}
