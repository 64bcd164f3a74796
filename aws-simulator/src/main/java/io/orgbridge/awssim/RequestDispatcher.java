package io.orgbridge.awssim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Entry point of every HTTP request. It sends {@code /_sim/} paths to the admin API, picks the AWS
 * service from the request's shape, then runs the pipeline: authenticate, count the call, apply
 * faults and throttling, and let the service handle it.
 */
final class RequestDispatcher implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(RequestDispatcher.class.getName());

    private final Simulation simulation;
    private final AdminHandler admin;
    private final StsHandler sts;
    private final OrganizationsHandler organizations;
    private final AccountHandler account;

    RequestDispatcher(Simulation simulation) {
        this.simulation = simulation;
        this.admin = new AdminHandler(simulation);
        this.sts = new StsHandler(simulation);
        this.organizations = new OrganizationsHandler(simulation);
        this.account = new AccountHandler(simulation);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ApiRequest request = read(exchange);
            ApiResponse response = dispatch(request);
            write(exchange, response, request.requestId());
        }
    }

    ApiResponse dispatch(ApiRequest request) {
        if (request.rawPath().startsWith(AdminHandler.PATH_PREFIX)) {
            return admin.handle(request);
        }
        ServiceHandler handler = route(request);
        if (handler == null) {
            return ApiResponse.of(
                    400,
                    ApiResponse.JSON,
                    "{\"message\":\"Not an STS, Organizations or Account Management request that the AWS simulator"
                            + " serves\"}");
        }
        try {
            return invoke(handler, request);
        } catch (ServiceError e) {
            LOG.log(Level.DEBUG, "Request {0} failed with {1}", request.requestId(), e);
            return handler.errorResponse(e, request);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Request " + request.requestId() + " failed unexpectedly", e);
            return handler.errorResponse(handler.internalError(), request);
        }
    }

    private ApiResponse invoke(ServiceHandler handler, ApiRequest request) {
        Caller caller;
        try {
            caller = simulation.credentials().authenticate(request, handler.signingName());
        } catch (AuthenticationException e) {
            LOG.log(Level.DEBUG, "Request {0} rejected: {1}", request.requestId(), e.reason());
            throw handler.authenticationError(e);
        }
        ApiCall call = handler.parse(request);
        Faults faults = simulation.faults();
        Optional<InjectedError> injected = faults.onCall(call.operation(), call.parentId());
        pause(faults.latencyOf(call.operation()));
        if (injected.isPresent()) {
            LOG.log(
                    Level.DEBUG,
                    "{0} fails with injected {1}",
                    call.operation(),
                    injected.get().code());
            throw handler.injectedError(injected.get(), call, caller);
        }
        if (!simulation.throttler().tryAcquire(caller.accountId(), call.operation())) {
            LOG.log(Level.DEBUG, "{0} from account {1} throttled", call.operation(), caller.accountId());
            throw handler.throttlingError();
        }
        ApiResponse response = handler.handle(call, caller);
        LOG.log(Level.DEBUG, "{0} from account {1} succeeded", call.operation(), caller.accountId());
        return response;
    }

    /** Picks the service by X-Amz-Target, path or form shape, and falls back on the SigV4 scope's service. */
    private ServiceHandler route(ApiRequest request) {
        String target = request.header("x-amz-target");
        if (target != null && target.startsWith(OrganizationsHandler.TARGET_PREFIX)) {
            return organizations;
        }
        if (AccountHandler.PUT_ACCOUNT_NAME_PATH.equals(request.rawPath())) {
            return account;
        }
        if (target == null && StsHandler.accepts(request)) {
            return sts;
        }
        return switch (scopeService(request)) {
            case "sts" -> sts;
            case "organizations" -> organizations;
            case "account" -> account;
            default -> null;
        };
    }

    private static String scopeService(ApiRequest request) {
        try {
            return SigV4Verifier.parse(request).service();
        } catch (AuthenticationException e) {
            return "";
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ApiRequest read(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        return new ApiRequest(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                headers,
                body,
                UUID.randomUUID().toString());
    }

    private static void write(HttpExchange exchange, ApiResponse response, String requestId) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
        response.headers()
                .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
