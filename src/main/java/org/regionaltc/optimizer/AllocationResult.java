package org.regionaltc.optimizer;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regionaltc.system.Pure;

/**
 * The engine's answer in the terms of {@code regional-tc.allocation-result/1}. Reasons, conflicts and errors carry a
 * stable message code and its arguments (the page renders them in its language) beside their English text.
 */
@Pure
public record AllocationResult(String problem, Status status, @Nullable Double objective, @Nullable Double bound,
        @Nullable Double gap, @Nullable Double greedyObjective, double seconds, List<Allocation> allocations,
        List<Unfunded> unfunded, List<Binding> binding, List<Message> conflicts, List<Error> errors) {

    public static final String FORMAT = "regional-tc.allocation-result/1";

    public AllocationResult {
        allocations = List.copyOf(allocations);
        unfunded = List.copyOf(unfunded);
        binding = List.copyOf(binding);
        conflicts = List.copyOf(conflicts);
        errors = List.copyOf(errors);
    }

    public enum Status { OPTIMAL, FEASIBLE, UNKNOWN, INFEASIBLE, INVALID }

    public record Allocation(String project, String source, long amount) {
    }

    public record Unfunded(String project, String code, List<String> args, String text) {
        public Unfunded {
            args = List.copyOf(args);
        }
    }

    public record Binding(String kind, String id) {
    }

    public record Message(String code, List<String> args, String text) {
        public Message {
            args = List.copyOf(args);
        }
    }

    public record Error(String path, String code, List<String> args, String text) {
        public Error {
            args = List.copyOf(args);
        }

        /** The arguments of the message: the path first, as the bundles word it. */
        public List<String> messageArgs() {
            List<String> all = new java.util.ArrayList<>();
            all.add(path);
            all.addAll(args);
            return all;
        }
    }

    public static AllocationResult invalid(String problem, List<Error> errors) {
        return new AllocationResult(problem, Status.INVALID, null, null, null, null, 0, List.of(), List.of(), List.of(),
            List.of(), errors);
    }

    public boolean solved() {
        return status == Status.OPTIMAL || status == Status.FEASIBLE;
    }
}
