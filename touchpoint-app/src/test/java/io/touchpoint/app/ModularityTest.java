package io.touchpoint.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure is checked, and the diagram in docs/architecture is rewritten from the code each build. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(TouchpointApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theExpectedModulesExist() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("customer", "catalog", "ingestion", "security", "shared", "web", "cli");
    }

    @Test
    void writesModuleDiagram() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/architecture"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
