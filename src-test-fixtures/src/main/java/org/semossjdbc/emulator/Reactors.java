package org.semossjdbc.emulator;

/**
 * Maps a pixel word to its reactor. Unknown words fail the way the server's ReactorFactory does:
 * {@code Cannot find reactor for keyword = X} (transcript 098).
 */
final class Reactors {

    private final DatabaseReactors database;
    private final InsightReactors insight;
    private final EngineListing listing;
    private final MetadataReactors metadata;
    private final EngineRegistration registration;
    private final RemoteEngineRun remote;

    Reactors(PixelContext context) {
        this.database = new DatabaseReactors(context);
        this.insight = new InsightReactors(context);
        this.listing = new EngineListing(context);
        this.metadata = new MetadataReactors(context);
        this.registration = new EngineRegistration(context);
        this.remote = new RemoteEngineRun(context);
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
            case "GetDatabaseTableStructure" -> metadata.tableStructure(arguments);
            case "GetDatabaseTablePhysicalStructure" -> metadata.physicalStructure(arguments);
            case "GetDatabaseMetamodel" -> metadata.metamodel(arguments);
            case "GetDatabaseConcepts" -> metadata.concepts(arguments);
            case "GetDatabaseConnections" -> metadata.connections(arguments);
            case "GetDatabaseSelectors" -> metadata.selectors(arguments);
            case "GetLocalSchema" -> metadata.localSchema(arguments);
            case "CreateNewRdbmsInternalDatabase" -> registration.createInternal(arguments);
            case "RdbmsExternalUpload" -> registration.externalUpload(arguments);
            case "ExternalJdbcSchema" -> registration.externalSchema(arguments);
            case "ReloadDatabaseOwl" -> registration.reloadOwl(arguments);
            case "RemoteEngineRun" -> remote.run(arguments);
            default -> throw new PixelError("Cannot find reactor for keyword = " + arguments.name());
        };
    }
}
