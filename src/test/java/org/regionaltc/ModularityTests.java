package org.regionaltc;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void featuresUseOnlyEachOthersPublicTypesAndFormNoCycles() {
        ApplicationModules.of(Application.class).verify();
    }
}
