package org.regionaltc.priority;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/** Lets tests of other modules open a cycle that carries another forward, while the workflow stays package-private. */
public final class CycleWorkflowAccess {

    private CycleWorkflowAccess() {
    }

    public static ReviewCycle create(ApplicationContext context, String name, LocalDate start, LocalDate end,
            LocalDate deadline, @Nullable String frameworkPeriodCode, @Nullable Long previousCycleId) {
        return context.getBean(CycleWorkflow.class)
            .create(new CycleForm(name, start, end, deadline, frameworkPeriodCode, previousCycleId));
    }
}
