package org.semossjdbc.emulator;

/**
 * A page of task data to be written lazily: {@code execute} is true for the first {@code Collect} of a new
 * query, whose SQL runs only when the response is written.
 *
 * @param task the task
 * @param limit rows requested ({@code -1} all); echoed as {@code numCollected}
 * @param execute whether the SQL still has to run
 */
record TaskPage(Task task, int limit, boolean execute) {
}
