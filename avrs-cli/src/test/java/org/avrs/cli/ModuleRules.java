package org.avrs.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The import directions of DESIGN.md's module table as ArchUnit rules: data flows one way, from
 * signals to affect to recommendations, and nothing downstream is imported upstream. A module that
 * would need an upward import is a sign that a type belongs in avrs-core.
 */
final class ModuleRules {

    private static final String JDK = "java..";

    /** Each module with the packages it may depend on (its own included). */
    static final ArchRule CORE = only("org.avrs.core..", JDK, "org.avrs.core..", "org.apache.commons..");
    static final ArchRule SIGNAL = only("org.avrs.signal..", JDK, "org.avrs.core..", "org.avrs.signal..",
            "org.jtransforms..", "pl.edu.icm.jlargearrays..", "us.hebi.matlab.mat..", "org.apache.commons..",
            "jdk.incubator.vector..");
    static final ArchRule LEARN = only("org.avrs.learn..", JDK, "org.avrs.core..", "org.avrs.learn..",
            "org.tribuo..", "com.oracle.labs.mlrg.olcut..", "libsvm..", "org.apache.commons..");
    static final ArchRule DEEP = only("org.avrs.deep..", JDK, "org.avrs.core..", "org.avrs.deep..", "ai.djl..");
    static final ArchRule SENSING = only("org.avrs.sensing..", JDK, "org.avrs.core..", "org.avrs.signal..",
            "org.avrs.learn..", "org.avrs.deep..", "org.avrs.sensing..", "ai.djl..", "org.tribuo..",
            "com.oracle.labs.mlrg.olcut..", "us.hebi.matlab.mat..", "org.apache.commons..");
    static final ArchRule RECOMMEND = only("org.avrs.recommend..", JDK, "org.avrs.core..",
            "org.avrs.recommend..", "org.apache.commons..");
    static final ArchRule SERVER = noClasses().that().resideInAPackage("org.avrs.server..")
            .should().dependOnClassesThat().resideInAnyPackage("org.avrs.cli..", "org.avrs.bench..")
            .because("the server sits below the CLI and the benchmarks").allowEmptyShould(true);
    static final ArchRule CLI = noClasses().that().resideInAPackage("org.avrs.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.avrs.bench..")
            .because("benchmarks are a leaf module").allowEmptyShould(true);

    static final ArchRule ALL = CompositeArchRule.of(CORE).and(SIGNAL).and(LEARN).and(DEEP).and(SENSING)
            .and(RECOMMEND).and(SERVER).and(CLI);

    private ModuleRules() {
    }

    private static ArchRule only(String module, String... allowed) {
        return classes().that().resideInAPackage(module)
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .because("DESIGN.md allows " + module + " to import only " + String.join(", ", allowed))
                .allowEmptyShould(true);
    }
}
