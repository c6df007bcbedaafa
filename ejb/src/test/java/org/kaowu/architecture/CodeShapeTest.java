package org.kaowu.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shape the code keeps (docs/architecture.md): rules classes are pure (no persistence, no container), and beans
 * keep no state in static fields (a node's caches are the fields of a singleton bean, so that they live and die with
 * the application and tests can reason about them).
 */
@AnalyzeClasses(packages = "org.kaowu", importOptions = ImportOption.DoNotIncludeTests.class)
class CodeShapeTest {

    @ArchTest
    static final ArchRule rulesClassesArePure = noClasses().that().haveSimpleNameEndingWith("Rules")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.ejb..",
                    "jakarta.enterprise..", "jakarta.inject..", "org.hibernate..")
            .because("rules are pure functions of their inputs, unit-tested without a server");

    /** Named queries follow one scheme in every capability: {@code Entity.findBy…}, {@code Entity.findAll}, {@code Entity.countBy…}. */
    @ArchTest
    static final ArchRule namedQueriesFollowOneScheme = classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
            .should(new ArchCondition<>("name their queries Entity.find…/count…") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass c, ConditionEvents events) {
                    for (jakarta.persistence.NamedQuery q : c.reflect().getAnnotationsByType(jakarta.persistence.NamedQuery.class)) {
                        if (!q.name().matches(java.util.regex.Pattern.quote(c.getSimpleName()) + "\\.(find|count)[A-Z][A-Za-z]*")) {
                            events.add(SimpleConditionEvent.violated(c, c.getName() + ": query " + q.name()
                                    + " does not follow Entity.findBy…/findAll/countBy…"));
                        }
                    }
                }
            });

    static final DescribedPredicate<JavaField> MUTABLE_STATIC = new DescribedPredicate<>("a static field that can change") {
        @Override
        public boolean test(JavaField f) {
            if (!f.getModifiers().contains(JavaModifier.STATIC) || f.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                return false;
            }
            if (!f.getModifiers().contains(JavaModifier.FINAL)) {
                return true;
            }
            if (f.getRawType().getPackageName().equals("java.util.concurrent.atomic")) {
                return true;
            }
            // A constant collection (List.of, Map.of) is fine; one the class builds from a mutable type is state.
            boolean collection = f.getRawType().isAssignableTo(java.util.Map.class)
                    || f.getRawType().isAssignableTo(java.util.Collection.class);
            return collection && f.getOwner().getStaticInitializer().map(init -> init.getConstructorCallsFromSelf().stream()
                    .anyMatch(call -> call.getTargetOwner().getPackageName().startsWith("java.util")
                            && (call.getTargetOwner().isAssignableTo(java.util.Map.class)
                            || call.getTargetOwner().isAssignableTo(java.util.Collection.class)))).orElse(false);
        }
    };

    @ArchTest
    static final ArchRule beansKeepNoStaticState = classes().that().areAnnotatedWith(jakarta.ejb.Stateless.class)
            .or().areAnnotatedWith(jakarta.ejb.Singleton.class)
            .or().areAnnotatedWith(jakarta.enterprise.context.ApplicationScoped.class)
            .or().areAnnotatedWith(jakarta.enterprise.context.RequestScoped.class)
            .should(new ArchCondition<>("keep no state in static fields") {
                @Override
                public void check(com.tngtech.archunit.core.domain.JavaClass c, ConditionEvents events) {
                    for (JavaField f : c.getAllFields()) {
                        if (f.getOwner().equals(c) && MUTABLE_STATIC.test(f)) {
                            events.add(SimpleConditionEvent.violated(f, c.getName() + "." + f.getName()
                                    + " is static state in a bean: make it a field of a @Singleton"));
                        }
                    }
                }
            });
}
