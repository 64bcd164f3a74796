package io.orgbridge.integration.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for permission-service's org and tenant lookups, served over HTTP on 127.0.0.1 so
 * that tests exercise the real REST client. Tests register org and tenant JSON bodies and read the
 * Authorization headers it received.
 */
public class PermissionServiceStandIn implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> BODIES = new ConcurrentHashMap<>();
    private static final Map<String, Integer> STATUSES = new ConcurrentHashMap<>();
    private static final List<String> AUTHORIZATIONS = new CopyOnWriteArrayList<>();

    private HttpServer server;

    /** Serves {@code body} as JSON for {@code GET /api/v0/<kind>/<handle>}. */
    public static void serve(String kind, String handle, Map<String, Object> body) {
        try {
            BODIES.put("/api/v0/" + kind + "/" + handle, JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Responds to {@code GET /api/v0/<kind>/<handle>} with an empty body and {@code status}. */
    public static void fail(String kind, String handle, int status) {
        STATUSES.put("/api/v0/" + kind + "/" + handle, status);
    }

    public static List<String> authorizations() {
        return List.copyOf(AUTHORIZATIONS);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        return Map.of(
                "orgbridge.permission-service.url",
                "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        AUTHORIZATIONS.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        Integer status = STATUSES.get(path);
        String body = BODIES.get(path);
        if (status == null && body == null) {
            status = 404;
        }
        byte[] bytes = status == null ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status == null ? 200 : status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
