package io.orgbridge.awssim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A test double of AWS STS, AWS Organizations and Account Management's PutAccountName that speaks
 * their wire protocols, so the unmodified AWS SDK can talk to it with only an endpoint override.
 * It is for tests and local runs only and must never be part of a production deployment.
 *
 * <pre>{@code
 * try (AwsSimulator sim = AwsSimulator.start(SimulatorConfig.exampleCorp())) {
 *     OrganizationsClient organizations = OrganizationsClient.builder()
 *             .endpointOverride(sim.endpoint())
 *             .region(Region.US_EAST_1)
 *             .credentialsProvider(StaticCredentialsProvider.create(...))
 *             .build();
 * }
 * }</pre>
 */
public final class AwsSimulator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AwsSimulator.class.getName());

    /** Seconds that close() waits for the handler threads after the server stopped. */
    private static final int STOP_WAIT_SECONDS = 1;

    private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Simulation simulation;
    private final URI endpoint;

    private AwsSimulator(HttpServer server, ExecutorService executor, Simulation simulation) {
        this.server = server;
        this.executor = executor;
        this.simulation = simulation;
        InetSocketAddress address = server.getAddress();
        this.endpoint = URI.create("http://" + hostForUri(address) + ":" + address.getPort());
    }

    /** Starts a simulator listening on the configured address and port. */
    public static AwsSimulator start(SimulatorConfig config) {
        disableNagleAlgorithm();
        Simulation simulation = new Simulation(config);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(config.bindAddress(), config.port()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot listen on " + config.bindAddress() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newCachedThreadPool(daemonThreads());
        server.createContext("/", new RequestDispatcher(simulation));
        server.setExecutor(executor);
        server.start();
        AwsSimulator simulator = new AwsSimulator(server, executor, simulation);
        LOG.log(
                Level.INFO,
                "AWS simulator (test double, never deploy it) listening on {0} for organization {1}, throttling {2}",
                simulator.endpoint,
                config.fixture().organization().id(),
                config.throttling() ? "on" : "off");
        return simulator;
    }

    /** Returns the base URI to pass to the SDK's endpointOverride, such as {@code http://127.0.0.1:41234}. */
    public URI endpoint() {
        return endpoint;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Returns the fault injection and call counting controls. */
    public Faults faults() {
        return simulation.faults();
    }

    /** Switches throttling of Organizations calls on or off at runtime. */
    public void setThrottling(boolean enabled) {
        simulation.throttler().setEnabled(enabled);
    }

    /** Sets an account's State directly (AWS has no API for it), for example to SUSPENDED. */
    public void setAccountState(String accountId, AccountState state) {
        simulation.organization().setAccountState(accountId, state);
    }

    /**
     * Restores the configured fixture (re-reading its file when it came from one) and clears faults,
     * call counts and throttling buckets. Issued session credentials stay valid.
     */
    public void reset() {
        simulation.reset();
    }

    /** Replaces the organization with another fixture and clears faults, call counts and buckets. */
    public void reset(Fixture fixture) {
        simulation.reset(fixture);
    }

    /**
     * Stops listening and closes open connections at once, cutting requests still in flight. A stop
     * delay is not used because the JDK 17 server always waits the whole delay.
     */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.log(Level.INFO, "AWS simulator on {0} stopped", endpoint);
    }

    /**
     * Makes the JDK server set TCP_NODELAY. Without it, the separate writes of response headers and
     * body wait for the client's delayed ACK, which adds about 40 ms to every call on Linux. The JDK
     * reads the property once, when the first server of the process starts.
     */
    private static void disableNagleAlgorithm() {
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
    }

    private static String hostForUri(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        if (address.getAddress().isAnyLocalAddress()) {
            return "127.0.0.1";
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "aws-simulator-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
