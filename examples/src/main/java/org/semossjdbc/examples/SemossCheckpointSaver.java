package org.semossjdbc.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.checkpoint.BaseCheckpointSaver;
import org.bsc.langgraph4j.checkpoint.Checkpoint;
import org.bsc.langgraph4j.serializer.StateSerializer;
import org.bsc.langgraph4j.state.AgentState;
import org.semossjdbc.orm.Query;

/**
 * A LangGraph4j checkpoint saver that keeps every checkpoint as a {@link GraphCheckpoint} row in SEMOSS, through the
 * active record. A graph compiled with it survives a restart: a new process builds the same graph with a new saver and
 * resumes the thread from its newest stored checkpoint.
 *
 * <pre>{@code
 * var saver = new SemossCheckpointSaver(graph.getStateSerializer());
 * var compiled = graph.compile(CompileConfig.builder().checkpointSaver(saver).build());
 * }</pre>
 *
 * <p>Stateless apart from the serializer: every call reads or writes the table, so several savers (or processes) see
 * the same checkpoints. {@code SemossOrm.configure(...)} must have been called.
 */
public final class SemossCheckpointSaver implements BaseCheckpointSaver {

    private final StateSerializer<? extends AgentState> serializer;

    /** Stores states with {@code serializer}, normally the graph's {@code getStateSerializer()}. */
    public SemossCheckpointSaver(StateSerializer<? extends AgentState> serializer) {
        this.serializer = Objects.requireNonNull(serializer, "serializer");
    }

    /** The thread's checkpoints, newest first. */
    @Override
    public Collection<Checkpoint> list(RunnableConfig config) {
        return thread(config).orderBy("-id").all().stream().map(this::toCheckpoint).toList();
    }

    /** The checkpoint named by the config, or the thread's newest. */
    @Override
    public Optional<Checkpoint> get(RunnableConfig config) {
        Query<GraphCheckpoint> query = thread(config);
        if (config.checkPointId().isPresent()) {
            query = query.where("checkpointId", config.checkPointId().get());
        }
        return query.orderBy("-id").first().map(this::toCheckpoint);
    }

    /**
     * Appends a checkpoint to the thread, or, when the config names one, replaces that one (as
     * {@code CompiledGraph.updateState} does).
     */
    @Override
    public RunnableConfig put(RunnableConfig config, Checkpoint checkpoint) {
        if (config.checkPointId().isPresent()) {
            String replaced = config.checkPointId().get();
            GraphCheckpoint row = thread(config).where("checkpointId", replaced).first()
                    .orElseThrow(() -> new NoSuchElementException("Checkpoint " + replaced + " not found"));
            fill(row, config, checkpoint);
            row.save();
            return config;
        }
        GraphCheckpoint row = new GraphCheckpoint();
        fill(row, config, checkpoint);
        row.save();
        return RunnableConfig.builder(config).checkPointId(checkpoint.getId()).build();
    }

    /** Deletes the thread's checkpoints and returns them. */
    @Override
    public Tag release(RunnableConfig config) {
        List<GraphCheckpoint> rows = thread(config).orderBy("-id").all();
        List<Checkpoint> checkpoints = rows.stream().map(this::toCheckpoint).toList();
        rows.forEach(GraphCheckpoint::delete);
        return new Tag(threadId(config), checkpoints);
    }

    private Query<GraphCheckpoint> thread(RunnableConfig config) {
        return GraphCheckpoint.find.where("threadId", threadId(config));
    }

    private void fill(GraphCheckpoint row, RunnableConfig config, Checkpoint checkpoint) {
        row.threadId = threadId(config);
        row.checkpointId = checkpoint.getId();
        row.nodeId = checkpoint.getNodeId();
        row.nextNodeId = checkpoint.getNextNodeId();
        try {
            // SEMOSS returns binary columns as UTF-8 text, which would corrupt serialized Java objects; Base64 text
            // round-trips exactly.
            row.state = Base64.getEncoder().encodeToString(serializer.dataToBytes(checkpoint.getState()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialize the state of checkpoint " + checkpoint.getId(), e);
        }
    }

    private Checkpoint toCheckpoint(GraphCheckpoint row) {
        Map<String, Object> state;
        try {
            state = serializer.dataFromBytes(Base64.getDecoder().decode(row.state));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the state of checkpoint " + row.checkpointId, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Checkpoint " + row.checkpointId + " holds a class this JVM lacks", e);
        }
        return Checkpoint.builder().id(row.checkpointId).nodeId(row.nodeId).nextNodeId(row.nextNodeId).state(state)
                .build();
    }
}
