package org.semossjdbc.emulator;

/**
 * Maps a pixel word to its reactor. Unknown words fail the way the server's ReactorFactory does:
 * {@code Cannot find reactor for keyword = X} (transcript 098).
 */
final class Reactors {

    private final DatabaseReactors database;
    private final InsightReactors insight;
    private final EngineListing listing;

    Reactors(PixelContext context) {
        this.database = new DatabaseReactors(context);
        this.insight = new InsightReactors(context);
        this.listing = new EngineListing(context);
    }

    Object run(ReactorArguments arguments, Object piped) throws PixelError {
        return switch (arguments.name()) {
            case "Database" -> database.database(arguments);
            case "Query" -> database.query(arguments, piped);
            case "Collect" -> database.collect(arguments, piped);
            case "Task" -> database.task(arguments);
            case "RemoveTask" -> database.removeTask(arguments);
            case "ExecQuery" -> database.execQuery(arguments, piped);
            case "MyOpenInsights" -> insight.myOpenInsights();
            case "DropInsight" -> insight.dropInsight();
            case "Version" -> insight.version();
            case "MyEngines" -> listing.myEngines(arguments);
            case "MyDatabases" -> listing.myDatabases(arguments);
            case "DatabaseInfo" -> listing.databaseInfo(arguments);
            default -> throw new PixelError("Cannot find reactor for keyword = " + arguments.name());
        };
    }
}
