package org.semossjdbc.examples;

import static org.bsc.langgraph4j.GraphDefinition.END;
import static org.bsc.langgraph4j.GraphDefinition.START;
import static org.bsc.langgraph4j.action.AsyncNodeAction.node_async;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.bsc.langgraph4j.CompileConfig;
import org.bsc.langgraph4j.CompiledGraph;
import org.bsc.langgraph4j.GraphInput;
import org.bsc.langgraph4j.GraphStateException;
import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.StateGraph;
import org.bsc.langgraph4j.state.AgentState;
import org.bsc.langgraph4j.state.Channel;
import org.bsc.langgraph4j.state.Channels;
import org.bsc.langgraph4j.state.StateSnapshot;
import org.semossjdbc.orm.SemossOrm;

/**
 * A LangGraph4j workflow whose checkpoints live in SEMOSS ({@link SemossCheckpointSaver}). A support-ticket graph
 * classifies a ticket, drafts a reply and stops for human approval before sending. The process "restarts" (a new
 * graph and saver, nothing kept in memory) and resumes the thread from its stored checkpoint: only the last node runs.
 */
public final class LangGraphExample {

    /** The workflow's conversation id. */
    public static final String THREAD = "ticket-4711";

    /**
     * What happened, for the test.
     *
     * @param nextNodeAfterFirstRun the node the stored checkpoint says comes next after the first run
     * @param storedCheckpoints     checkpoint rows after the first run
     * @param nodeRuns              how many times each node ran across both runs (all 1 when resumed correctly)
     * @param finalSteps            the state's steps after the resumed run
     */
    public record Result(String nextNodeAfterFirstRun, long storedCheckpoints, Map<String, Integer> nodeRuns,
                         List<String> finalSteps) {
    }

    private static final Map<String, Channel<?>> SCHEMA = Map.of("steps", Channels.appender(ArrayList::new));

    private LangGraphExample() {
    }

    /** Runs against the embedded emulator or the server named by arguments or environment. */
    public static void main(String[] args) throws Exception {
        Launcher.withPool(args, 2, pool -> run(pool, System.out));
    }

    /** Runs the graph until it waits for approval, then resumes it from SEMOSS with a new graph and saver. */
    public static Result run(DataSource dataSource, PrintStream out) throws Exception {
        createTable(dataSource);
        SemossOrm.configure(dataSource);
        ConcurrentMap<String, AtomicInteger> nodeRuns = new ConcurrentHashMap<>();
        RunnableConfig thread = RunnableConfig.builder().threadId(THREAD).build();

        // First process: run until the graph stops before "send_reply".
        CompiledGraph<AgentState> first = compile(nodeRuns);
        first.invoke(Map.of("ticket", "My invoice total is wrong"), thread);
        StateSnapshot<AgentState> stored = first.getState(thread);       // read back through the saver
        long rows = GraphCheckpoint.find.where("threadId", THREAD).count();
        out.printf("Run 1 stopped for approval after '%s'; next node '%s'; %d checkpoints stored in SEMOSS%n",
                stored.node(), stored.next(), rows);
        TablePrinter.print(List.of("id", "checkpoint_id", "node_id", "next_node_id"),
                GraphCheckpoint.find.where("threadId", THREAD).orderBy("id").all().stream()
                        .map(c -> List.<Object>of(c.id, c.checkpointId.substring(0, 8), c.nodeId, c.nextNodeId))
                        .toList(), out);

        // Second process: nothing survives in memory; the new graph resumes the thread from its stored checkpoint.
        CompiledGraph<AgentState> second = compile(nodeRuns);
        AgentState finalState = second.invoke(GraphInput.resume(), thread).orElseThrow();
        List<String> steps = finalState.<List<String>>value("steps").orElse(List.of());
        out.printf("Run 2 resumed from SEMOSS and finished: steps %s, reply \"%s\"%n", steps,
                finalState.value("reply").orElse(""));

        Map<String, Integer> runs = new TreeMap<>();
        nodeRuns.forEach((node, count) -> runs.put(node, count.get()));
        out.println("Node executions across both runs: " + runs);
        return new Result(stored.next(), rows, runs, List.copyOf(steps));
    }

    private static CompiledGraph<AgentState> compile(ConcurrentMap<String, AtomicInteger> nodeRuns)
            throws GraphStateException {
        StateGraph<AgentState> graph = new StateGraph<>(SCHEMA, AgentState::new)
                .addNode("classify", node_async(state -> {
                    count(nodeRuns, "classify");
                    String ticket = state.<String>value("ticket").orElse("");
                    return Map.of("steps", "classify", "category", ticket.contains("invoice") ? "billing" : "general");
                }))
                .addNode("draft_reply", node_async(state -> {
                    count(nodeRuns, "draft_reply");
                    return Map.of("steps", "draft_reply",
                            "reply", "Our " + state.value("category").orElse("support") + " team will correct it.");
                }))
                .addNode("send_reply", node_async(state -> {
                    count(nodeRuns, "send_reply");
                    return Map.of("steps", "send_reply");
                }))
                .addEdge(START, "classify")
                .addEdge("classify", "draft_reply")
                .addEdge("draft_reply", "send_reply")
                .addEdge("send_reply", END);
        return graph.compile(CompileConfig.builder()
                .checkpointSaver(new SemossCheckpointSaver(graph.getStateSerializer()))
                .interruptBefore("send_reply")                   // a human approves the reply first
                .build());
    }

    private static void count(ConcurrentMap<String, AtomicInteger> nodeRuns, String node) {
        nodeRuns.computeIfAbsent(node, k -> new AtomicInteger()).incrementAndGet();
    }

    private static void createTable(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP TABLE IF EXISTS example_graph_checkpoints");
            statement.executeUpdate(GraphCheckpoint.createTable(EngineDialect.of(connection)));
        }
    }
}
