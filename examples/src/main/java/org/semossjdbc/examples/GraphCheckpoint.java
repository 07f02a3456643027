package org.semossjdbc.examples;

import org.semossjdbc.orm.Finder;
import org.semossjdbc.orm.Id;
import org.semossjdbc.orm.SemossModel;
import org.semossjdbc.orm.Table;

/**
 * One LangGraph4j checkpoint stored as a row by {@link SemossCheckpointSaver}. The generated id orders a thread's
 * checkpoints (highest is newest).
 */
@Table("example_graph_checkpoints")
public class GraphCheckpoint extends SemossModel {
    /** Queries over stored checkpoints. */
    public static final Finder<GraphCheckpoint> find = SemossModel.finder(GraphCheckpoint.class);

    @Id Long id;
    String threadId;
    String checkpointId;
    String nodeId;
    String nextNodeId;
    /** The graph state serialized by the graph's own serializer, as Base64 text (see the saver for why). */
    String state;

    GraphCheckpoint() {
    }

    /** The DDL of the table, in the engine's dialect. */
    static String createTable(EngineDialect dialect) {
        return "CREATE TABLE example_graph_checkpoints (id " + dialect.generatedKey()
                + ", thread_id VARCHAR(200) NOT NULL,"
                + " checkpoint_id VARCHAR(64) NOT NULL, node_id VARCHAR(200) NOT NULL,"
                + " next_node_id VARCHAR(200) NOT NULL, state " + dialect.longText() + " NOT NULL)";
    }
}
