package org.semossjdbc.protocol;

/**
 * An open task (server-side cursor) of one insight incarnation. {@code generation} changes when the connection has
 * to create a new insight, so a task of a dropped insight is never addressed in its successor, where the same task id
 * may name another result.
 *
 * @param taskId     {@code task<k>}
 * @param generation the insight incarnation the task belongs to
 */
public record TaskRef(String taskId, int generation) {
}
