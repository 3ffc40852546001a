package lessonsgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.Version;

/**
 * Runs Neo4j Community (the kernel, Cypher and the Bolt server) in this JVM, listening on
 * loopback only, with authentication on.
 *
 * Arguments: --home DIR --port N [--host 127.0.0.1] [--heap-hint]
 * Environment: NEO4J_PASSWORD (required), the password given to the user NEO4J_USERNAME
 * (default neo4j) at every start, so the password in the environment is always the one in force.
 *
 * Prints one line "READY bolt://host:port version" on stdout when Bolt accepts connections,
 * and shuts the database down cleanly on SIGTERM/SIGINT.
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        String home = null;
        String host = "127.0.0.1";
        int port = 7687;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = args[++i];
                case "--host" -> host = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                default -> fail("unknown argument " + args[i]);
            }
        }
        if (home == null) fail("--home DIR is required");
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            fail("NEO4J_PASSWORD must be set and at least 8 characters long (Neo4j's minimum)");
        }
        String username = System.getenv().getOrDefault("NEO4J_USERNAME", "neo4j");

        Path homeDir = Path.of(home).toAbsolutePath();
        Files.createDirectories(homeDir);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(homeDir)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                // A graph that grows during an ingest changes its statistics all the time, and
                // Neo4j discarded and re-planned its cached write statements every few seconds
                // (120 re-plans per 1,000 summaries, ~20 % of its CPU). Plans are kept for at
                // least an hour instead; `ingest` clears the query caches when it ends, so the
                // API's reads are planned again on the grown graph.
                .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofHours(1))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        // Embedded transactions run without an auth subject, so the system database accepts
        // user management here: (re)set the password from the environment at every start.
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean exists = system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = $u RETURN count(*) AS n",
                Map.of("u", username),
                r -> ((Number) r.next().get("n")).longValue() > 0);
        if (exists) {
            system.executeTransactionally(
                    "ALTER USER $u SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("u", username, "p", password));
        } else {
            system.executeTransactionally(
                    "CREATE USER $u SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("u", username, "p", password));
        }
        // Touch the default database so the first client query does not pay for its start.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");

        System.out.println("READY bolt://" + host + ":" + port + " " + Version.getNeo4jVersion());
        System.out.flush();
        stopped.await();
    }

    private static void fail(String message) {
        System.err.println("neo4j-launcher: " + message);
        System.exit(2);
    }
}
