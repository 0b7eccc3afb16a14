package org.rollcall;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    // telephony and recordings-store are libraries with their own ports, not application modules of the app.
    private final ApplicationModules modules = ApplicationModules.of(RollcallApplication.class,
            resideInAnyPackage("org.rollcall.telephony..", "org.rollcall.recordings.."));

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
