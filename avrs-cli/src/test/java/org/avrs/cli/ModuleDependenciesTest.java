package org.avrs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.avrs.signal.WrongWayFixture;
import org.junit.jupiter.api.Test;

/** Fails the build when a module imports one it may not (DESIGN.md, "Modules"). */
class ModuleDependenciesTest {

    @Test
    void productionCodeFollowsTheModuleTable() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // our modules arrive as target/classes or as avrs-*.jar, depending on the Maven phase
                .withImportOption(location -> !location.isJar()
                        || (location.contains("/avrs-") && !location.contains("-tests.jar")))
                .importPackages("org.avrs");
        assertThat(production.stream().map(c -> c.getPackageName()).distinct())
                .as("the importer sees the modules' classes")
                .contains("org.avrs.core", "org.avrs.cli");
        ModuleRules.ALL.check(production);
    }

    @Test
    void aWrongWayImportIsCaught() {
        // A class in org.avrs.signal (test sources only) that reaches up into the CLI.
        JavaClasses fixture = new ClassFileImporter().importClasses(WrongWayFixture.class);
        assertThatThrownBy(() -> ModuleRules.SIGNAL.check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("WrongWayFixture")
                .hasMessageContaining("org.avrs.cli.AvrsCommand");
    }
}
