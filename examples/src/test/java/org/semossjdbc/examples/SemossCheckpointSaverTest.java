package org.semossjdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.bsc.langgraph4j.RunnableConfig;
import org.bsc.langgraph4j.checkpoint.BaseCheckpointSaver;
import org.bsc.langgraph4j.checkpoint.Checkpoint;
import org.bsc.langgraph4j.serializer.std.ObjectStreamStateSerializer;
import org.bsc.langgraph4j.state.AgentState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.orm.SemossOrm;
import org.semossjdbc.testing.ScratchDatabase;

/** The saver's contract as LangGraph4j's MemorySaver defines it, on rows in SEMOSS. */
class SemossCheckpointSaverTest {

    private static Checkpoint checkpoint(String node, String next, Map<String, Object> state) {
        return Checkpoint.builder().nodeId(node).nextNodeId(next).state(state).build();
    }

    @ParameterizedTest
    @EnumSource(value = ScratchDatabase.Backend.class, names = {"H2", "POSTGRES"})
    void appendsReadsReplacesAndReleasesPerThread(ScratchDatabase.Backend backend) throws Exception {
        try (SemossUnderTest semoss = SemossUnderTest.start(backend); HikariDataSource pool = semoss.pool(2)) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate(GraphCheckpoint.createTable(EngineDialect.of(connection)));
            }
            SemossOrm.configure(pool);
            BaseCheckpointSaver saver = new SemossCheckpointSaver(new ObjectStreamStateSerializer<>(AgentState::new));
            RunnableConfig thread = RunnableConfig.builder().threadId("t-1").build();
            RunnableConfig other = RunnableConfig.builder().threadId("t-2").build();

            // Values SEMOSS would mangle as binary: newlines, quotes, non-ASCII, a nested list.
            Map<String, Object> state = Map.of("text", "line 1\nit's \"ü\" \uD83D\uDE00", "n", 42,
                    "list", new ArrayList<>(List.of("a", "b")));
            RunnableConfig afterFirst = saver.put(thread, checkpoint("a", "b", state));
            Checkpoint second = checkpoint("b", "c", Map.of("n", 43));
            saver.put(thread, second);
            saver.put(other, checkpoint("x", "y", Map.of()));

            assertEquals(List.of("b", "a"), saver.list(thread).stream().map(Checkpoint::getNodeId).toList(),
                    "newest first");
            assertEquals(second.getId(), saver.get(thread).orElseThrow().getId(), "latest by default");
            Checkpoint first = saver.get(afterFirst).orElseThrow();           // by the id the config carries
            assertEquals(state, first.getState(), "state round-trips exactly");

            Checkpoint replacement = checkpoint("a", "z", Map.of("n", 7));
            saver.put(afterFirst, replacement);
            assertEquals("z", saver.get(RunnableConfig.builder(thread).checkPointId(replacement.getId()).build())
                    .orElseThrow().getNextNodeId());
            assertEquals(2, saver.list(thread).size(), "a replacement adds no row");
            assertThrows(NoSuchElementException.class, () -> saver.put(
                    RunnableConfig.builder(thread).checkPointId("no-such-id").build(), checkpoint("q", "r", Map.of())));

            BaseCheckpointSaver.Tag released = saver.release(thread);
            assertEquals(2, released.checkpoints().size());
            assertTrue(saver.list(thread).isEmpty());
            assertEquals(1, saver.list(other).size(), "other threads are untouched");
        }
    }
}
