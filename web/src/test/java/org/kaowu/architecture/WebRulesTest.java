package org.kaowu.architecture;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import java.lang.annotation.Annotation;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Pages and API reach the core through its EJBs, and every API endpoint says who may call it. */
@AnalyzeClasses(packages = "org.kaowu", importOptions = ImportOption.DoNotIncludeTests.class)
class WebRulesTest {

    static final List<Class<? extends Annotation>> HTTP_METHODS = List.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class);
    static final List<Class<? extends Annotation>> ROLE_DECLARATIONS = List.of(RolesAllowed.class, PermitAll.class,
            DenyAll.class);

    @ArchTest
    static final ArchRule everyEndpointDeclaresItsRoles = methods()
            .that().areDeclaredInClassesThat().resideInAPackage("org.kaowu.api..")
            .and(new com.tngtech.archunit.base.DescribedPredicate<JavaMethod>("are HTTP endpoints") {
                @Override
                public boolean test(JavaMethod m) {
                    return HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith);
                }
            })
            .should(new ArchCondition<JavaMethod>("declare @RolesAllowed, @PermitAll or @DenyAll") {
                @Override
                public void check(JavaMethod m, ConditionEvents events) {
                    boolean declared = ROLE_DECLARATIONS.stream()
                            .anyMatch(a -> m.isAnnotatedWith(a) || m.getOwner().isAnnotatedWith(a));
                    if (!declared) {
                        events.add(SimpleConditionEvent.violated(m, m.getFullName() + " declares no roles"));
                    }
                }
            });

    @ArchTest
    static final ArchRule pagesAndApiNeverTouchTheEntityManager = noClasses()
            .that().resideInAnyPackage("org.kaowu.web..", "org.kaowu.api..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");
}
