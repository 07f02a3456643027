package org.semossjdbc.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs several variants of one operation in short alternating rounds, so that drift of a shared machine (other
 * processes, frequency changes, GC of the emulator) falls on every variant alike. The order of the variants rotates
 * every round so that none always runs right after a given other one.
 */
final class Interleaved {

    /** One operation, timed per call. */
    @FunctionalInterface
    interface Operation {
        void run() throws Exception;
    }

    /** One operation that measures itself (e.g. in another process) and returns its nanoseconds. */
    @FunctionalInterface
    interface SelfTimedOperation {
        long runTimed() throws Exception;
    }

    /** A named operation; timed here unless it times itself. */
    record Variant(String name, Operation operation, SelfTimedOperation selfTimed) {

        Variant(String name, Operation operation) {
            this(name, operation, null);
        }

        /** A variant whose operation returns its own duration (the time it took where it ran). */
        static Variant selfTimed(String name, SelfTimedOperation operation) {
            return new Variant(name, operation::runTimed, operation);
        }

        long timedRun() throws Exception {
            if (selfTimed != null) {
                return selfTimed.runTimed();
            }
            long start = System.nanoTime();
            operation.run();
            return System.nanoTime() - start;
        }
    }

    private Interleaved() {
    }

    /**
     * Runs {@code warmup} untimed calls of every variant (interleaved the same way), then {@code rounds} rounds of
     * {@code perRound} timed calls of each, and returns each variant's per-call durations in nanoseconds.
     */
    static Map<String, Samples> run(List<Variant> variants, int warmup, int rounds, int perRound) throws Exception {
        Map<String, Samples> samples = new LinkedHashMap<>();
        for (Variant variant : variants) {
            samples.put(variant.name(), new Samples());
        }
        int warmupRounds = Math.max(1, warmup / Math.max(1, perRound));
        for (int round = 0; round < warmupRounds; round++) {
            for (Variant variant : rotated(variants, round)) {
                for (int i = 0; i < Math.min(warmup, perRound); i++) {
                    variant.operation().run();
                }
            }
        }
        for (int round = 0; round < rounds; round++) {
            for (Variant variant : rotated(variants, round)) {
                Samples target = samples.get(variant.name());
                for (int i = 0; i < perRound; i++) {
                    target.add(variant.timedRun());
                }
            }
        }
        return samples;
    }

    /** The variants starting at {@code round modulo size}. */
    static <T> List<T> rotated(List<T> items, int round) {
        List<T> result = new ArrayList<>(items.size());
        int start = Math.floorMod(round, items.size());
        for (int i = 0; i < items.size(); i++) {
            result.add(items.get((start + i) % items.size()));
        }
        return result;
    }
}
