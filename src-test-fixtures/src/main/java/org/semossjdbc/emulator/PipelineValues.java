package org.semossjdbc.emulator;

/** Intermediate values handed along a pipe ({@code Database(...) | Query(...) | Collect(n)}). */
final class PipelineValues {

    private PipelineValues() {
    }

    /** The output of {@code Database(...)}: an engine the caller may view. */
    record DatabaseSource(Engine engine) {
    }

    /** The output of {@code Query(...)}: SQL bound to an engine. */
    record QuerySource(Engine engine, String sql) {
    }

    /** The output of {@code Task("id")}. */
    record TaskReference(Task task) {
    }
}
