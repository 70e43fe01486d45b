package org.maillage.neo4j;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs the real Neo4j Community engine embedded, exposing Bolt on 127.0.0.1 only.
 *
 * <p>Usage: {@code java -cp target/classes:target/lib/* org.maillage.neo4j.LocalNeo4j --data-dir DIR --bolt-port PORT}
 * (or system properties {@code -Dneo4j.dataDir=DIR -Dneo4j.boltPort=PORT}).
 *
 * <p>Environment: {@code NEO4J_PASSWORD} (required, set as the password of user {@code neo4j} at every start),
 * {@code NEO4J_PAGECACHE} (page cache size, default {@code 1g}), {@code NEO4J_TX_MEMORY} (total transaction
 * memory cap, default {@code 1g}), {@code NEO4J_TX_TIMEOUT} (transaction timeout, default {@code 60s}).
 *
 * <p>Prints {@code READY bolt://127.0.0.1:PORT} on stdout once Bolt accepts connections. Stops cleanly on SIGTERM/SIGINT.
 */
public final class LocalNeo4j {
    private static final String HOST = "127.0.0.1";
    private static final String USER = "neo4j";

    private LocalNeo4j() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable t) {
            t.printStackTrace(System.err);
            System.err.flush();
            System.out.println("FAILED " + t.getMessage());
            System.out.flush();
            // exit (not return): runs the shutdown hook, if registered, for a clean stop; a half-started
            // Neo4j may also have non-daemon threads that would keep the JVM alive
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        String dataDirArg = System.getProperty("neo4j.dataDir");
        String portArg = System.getProperty("neo4j.boltPort");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDirArg = value(args, ++i, "--data-dir");
                case "--bolt-port" -> portArg = value(args, ++i, "--bolt-port");
                case "-h", "--help" -> {
                    System.out.println("usage: LocalNeo4j --data-dir DIR [--bolt-port PORT]  (env NEO4J_PASSWORD required)");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (dataDirArg == null || dataDirArg.isBlank()) {
            throw new IllegalArgumentException("missing --data-dir (or -Dneo4j.dataDir)");
        }
        int port = portArg == null ? 7687 : Integer.parseInt(portArg.trim());
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("bad bolt port: " + port);
        }
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("environment variable NEO4J_PASSWORD is required");
        }

        Path home = Path.of(dataDirArg).toAbsolutePath().normalize();
        Files.createDirectories(home);
        Path logs = home.resolve("logs");
        Files.createDirectories(logs);

        long pageCache = bytes(envOr("NEO4J_PAGECACHE", "1g"));
        long txMemory = bytes(envOr("NEO4J_TX_MEMORY", "1g"));
        Duration txTimeout = SettingValueParsers.DURATION.parse(envOr("NEO4J_TX_TIMEOUT", "60s"));

        // Neo4j's own "user log" (startup/shutdown messages, warnings) goes to stdout,
        // which scripts/db.js redirects to .data/<instance>.log; debug.log goes to <data-dir>/logs.
        PrintStream out = System.out;
        Log4jLogProvider userLog = new Log4jLogProvider(out, Level.INFO);

        long t0 = System.nanoTime();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setUserLogProvider(userLog)
                // Bolt: on, loopback only, no TLS (local development).
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                // Bolt shuts down after the databases are stopped and checkpointed; its two default 5 s
                // waits only make stop/restart slow (tests restart often), so shorten them.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                // HTTP(S) connectors off (embedded has no HTTP server anyway; be explicit).
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // No server-side routing (its connector would otherwise listen on :7688).
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                // Security: authentication on, no LOAD CSV from local files, no usage reporting.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Memory and transactions.
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txMemory)
                .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
                // Logs in <data-dir>/logs.
                .setConfig(GraphDatabaseSettings.logs_directory, logs)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("STOPPING");
            System.out.flush();
            try {
                service.shutdown();
            } catch (Throwable t) {
                System.err.println("error during shutdown: " + t);
            } finally {
                userLog.close();
                System.out.println("STOPPED");
                System.out.flush();
                stopped.countDown();
            }
        }, "neo4j-local-shutdown"));

        long t1 = System.nanoTime();
        setPassword(service, password);
        long t2 = System.nanoTime();

        // Wait until the default database is available before announcing readiness.
        GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
            throw new IllegalStateException("database '" + db.databaseName() + "' did not become available");
        }
        System.out.printf("STARTED in %d ms (DBMS %d ms, password %d ms; JVM up %d ms)%n",
                (System.nanoTime() - t0) / 1_000_000, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.println("READY bolt://" + HOST + ":" + port);
        System.out.flush();

        // Keep the main thread alive until the shutdown hook has run.
        stopped.await();
    }

    /** Sets the neo4j user's password to {@code password}, without a forced change at first login. */
    private static void setPassword(DatabaseManagementService service, String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            StringBuilder messages = new StringBuilder();
            for (Throwable c = e; c != null; c = c.getCause()) {
                String m = String.valueOf(c.getMessage());
                if (messages.indexOf(m) < 0) {
                    messages.append(messages.length() == 0 ? "" : " / ").append(m);
                }
            }
            String message = messages.toString();
            // Re-setting the current password is refused by Neo4j; that is the normal restart case.
            if (message.contains("Old password and new password cannot be the same")) {
                return;
            }
            throw new IllegalStateException("could not set the password of user '" + USER + "': " + message, e);
        }
    }

    private static long bytes(String s) {
        return SettingValueParsers.BYTES.parse(s.trim());
    }

    private static String envOr(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }
}
