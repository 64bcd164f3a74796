package io.orgbridge.awssim;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The unauthenticated admin API under {@code /_sim/}, for tests and scripts running in another
 * process: faults, call counts, throttling, account states and reset. It has no access control, so
 * the simulator binds to 127.0.0.1 unless {@code --bind} sets another address.
 */
final class AdminHandler {

    static final String PATH_PREFIX = "/_sim/";

    private static final System.Logger LOG = System.getLogger(AdminHandler.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern ACCOUNT_STATE_PATH = Pattern.compile("/_sim/accounts/(\\d{12})/state");

    private final Simulation simulation;

    AdminHandler(Simulation simulation) {
        this.simulation = simulation;
    }

    ApiResponse handle(ApiRequest request) {
        try {
            return route(request);
        } catch (IllegalArgumentException | IllegalStateException e) {
            LOG.log(
                    Level.WARNING,
                    "Admin request {0} {1} rejected: {2}",
                    request.method(),
                    request.rawPath(),
                    e.getMessage());
            return json(400, Map.of("error", e.getMessage()));
        }
    }

    private ApiResponse route(ApiRequest request) {
        String path = request.rawPath();
        String method = request.method();
        Matcher accountState = ACCOUNT_STATE_PATH.matcher(path);
        if (accountState.matches()) {
            return "POST".equals(method)
                    ? setAccountState(accountState.group(1), request)
                    : methodNotAllowed(method, path);
        }
        return switch (method + " " + path) {
            case "GET /_sim/health" -> health();
            case "GET /_sim/calls" -> json(200, simulation.faults().callCounts());
            case "DELETE /_sim/calls" -> resetCallCounts();
            case "GET /_sim/faults" -> json(200, simulation.faults().describe());
            case "POST /_sim/faults" -> addFaults(request);
            case "DELETE /_sim/faults" -> clearFaults();
            case "GET /_sim/throttling" -> json(
                    200, Map.of("enabled", simulation.throttler().enabled()));
            case "POST /_sim/throttling" -> setThrottling(request);
            case "POST /_sim/reset" -> reset(request);
            default -> json(404, Map.of("error", "No admin endpoint " + method + " " + path + "; see the README"));
        };
    }

    private ApiResponse health() {
        OrganizationState organization = simulation.organization();
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "UP");
        health.put("organizationId", organization.organization().id());
        health.put("accounts", organization.accountIds().size());
        health.put("throttling", simulation.throttler().enabled());
        return json(200, health);
    }

    private ApiResponse resetCallCounts() {
        simulation.faults().resetCallCounts();
        return json(200, Map.of("callCounts", "reset"));
    }

    /** Accepts one fault object or an array of them. */
    private ApiResponse addFaults(ApiRequest request) {
        JsonNode body = parse(request);
        if (body.isArray()) {
            body.forEach(this::addFault);
        } else {
            addFault(body);
        }
        LOG.log(Level.INFO, "Faults set: {0}", body);
        return json(200, simulation.faults().describe());
    }

    private void addFault(JsonNode fault) {
        String type = requiredText(fault, "type");
        String operation = requiredText(fault, "operation");
        String parentId = fault.hasNonNull("parentId") ? fault.get("parentId").asText() : null;
        Faults faults = simulation.faults();
        switch (type) {
            case "latency" -> faults.latency(operation, Duration.ofMillis(requiredInt(fault, "millis")));
            case "emptyFirstPage" -> faults.emptyFirstPage(operation, parentId);
            case "failNthCall" -> faults.failNthCall(
                    operation, requiredInt(fault, "n"), requiredText(fault, "error"), parentId);
            default -> throw new IllegalArgumentException(
                    "Unknown fault type '" + type + "'; expected latency, emptyFirstPage or failNthCall");
        }
    }

    private ApiResponse clearFaults() {
        simulation.faults().clear();
        LOG.log(Level.INFO, "Faults cleared");
        return json(200, simulation.faults().describe());
    }

    private ApiResponse setThrottling(ApiRequest request) {
        JsonNode enabled = parse(request).get("enabled");
        if (enabled == null || !enabled.isBoolean()) {
            throw new IllegalArgumentException("Expected a body of {\"enabled\": true} or {\"enabled\": false}");
        }
        simulation.throttler().setEnabled(enabled.asBoolean());
        LOG.log(Level.INFO, "Throttling {0}", enabled.asBoolean() ? "on" : "off");
        return json(200, Map.of("enabled", enabled.asBoolean()));
    }

    /** Reloads the configured fixture, or loads the fixture sent as the body. */
    private ApiResponse reset(ApiRequest request) {
        if (request.body().length == 0) {
            simulation.reset();
        } else {
            simulation.reset(FixtureLoader.parse(request.bodyText(), "request body"));
        }
        LOG.log(
                Level.INFO,
                "Simulator reset to organization {0}",
                simulation.organization().organization().id());
        return health();
    }

    private ApiResponse setAccountState(String accountId, ApiRequest request) {
        String state = requiredText(parse(request), "state");
        AccountState accountState;
        try {
            accountState = AccountState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Unknown account state '" + state + "'; expected one of " + Arrays.toString(AccountState.values()));
        }
        simulation.organization().setAccountState(accountId, accountState);
        LOG.log(Level.INFO, "Account {0} set to {1}", accountId, accountState);
        return json(200, Map.of("accountId", accountId, "state", accountState.name()));
    }

    private static JsonNode parse(ApiRequest request) {
        try {
            JsonNode body = MAPPER.readTree(request.body());
            if (body == null || body.isMissingNode()) {
                throw new IllegalArgumentException("Expected a JSON request body");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the request body: " + e.getMessage());
        }
    }

    private static String requiredText(JsonNode node, String member) {
        JsonNode value = node.get(member);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("Missing text member '" + member + "' in " + node);
        }
        return value.asText();
    }

    private static int requiredInt(JsonNode node, String member) {
        JsonNode value = node.get(member);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("Missing integer member '" + member + "' in " + node);
        }
        return value.asInt();
    }

    private static ApiResponse methodNotAllowed(String method, String path) {
        return json(405, Map.of("error", "Method " + method + " is not allowed on " + path));
    }

    private static ApiResponse json(int status, Object value) {
        try {
            return ApiResponse.of(status, ApiResponse.JSON, MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode admin response", e);
        }
    }
}
