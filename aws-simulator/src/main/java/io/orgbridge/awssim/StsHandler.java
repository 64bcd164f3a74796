package io.orgbridge.awssim;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * AWS STS over the query protocol (API version 2011-06-15): AssumeRole and GetCallerIdentity, with
 * form-encoded POST or GET query parameters and XML responses.
 */
final class StsHandler implements ServiceHandler {

    static final String VERSION = "2011-06-15";

    private static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

    private final Simulation simulation;

    StsHandler(Simulation simulation) {
        this.simulation = simulation;
    }

    /** Returns whether the request has the shape of an STS query call. */
    static boolean accepts(ApiRequest request) {
        boolean formPost =
                "POST".equals(request.method()) && request.contentType().startsWith(FORM_CONTENT_TYPE);
        boolean queryGet = "GET".equals(request.method())
                && request.rawQuery() != null
                && request.rawQuery().contains("Action=");
        return formPost || queryGet;
    }

    @Override
    public String signingName() {
        return "sts";
    }

    @Override
    public ApiCall parse(ApiRequest request) {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        addFormParameters(request.rawQuery(), input);
        if (request.contentType().startsWith(FORM_CONTENT_TYPE)) {
            addFormParameters(request.bodyText(), input);
        }
        String action = input.path("Action").asText(null);
        String version = input.path("Version").asText(null);
        if (action == null) {
            throw new ServiceError("MissingAction", 400, "Missing Action");
        }
        if (!Operations.STS.contains(action) || !VERSION.equals(version)) {
            throw new ServiceError(
                    "InvalidAction", 400, "Could not find operation " + action + " for version " + version);
        }
        return new ApiCall(action, input, request);
    }

    @Override
    public ApiResponse handle(ApiCall call, Caller caller) {
        String requestId = call.request().requestId();
        if ("GetCallerIdentity".equals(call.operation())) {
            return xml(200, StsXml.getCallerIdentity(caller, requestId));
        }
        return assumeRole(call, caller);
    }

    @Override
    public ServiceError authenticationError(AuthenticationException failure) {
        return switch (failure.reason()) {
            case MISSING_AUTHENTICATION -> new ServiceError("MissingAuthenticationToken", 403, failure.getMessage());
            case INCOMPLETE_SIGNATURE -> new ServiceError("IncompleteSignature", 400, failure.getMessage());
            case UNKNOWN_CREDENTIALS -> new ServiceError("InvalidClientTokenId", 403, failure.getMessage());
            case SIGNATURE_MISMATCH, SIGNATURE_EXPIRED -> new ServiceError(
                    "SignatureDoesNotMatch", 403, failure.getMessage());
            case EXPIRED_TOKEN -> new ServiceError("ExpiredToken", 403, failure.getMessage());
        };
    }

    @Override
    public ServiceError injectedError(InjectedError error, ApiCall call, Caller caller) {
        return switch (error) {
            case ACCESS_DENIED -> accessDenied(
                    caller, call.operation(), call.input().path("RoleArn").asText(null));
            case TOO_MANY_REQUESTS -> throttlingError();
            case SERVICE_EXCEPTION, CONCURRENT_MODIFICATION -> internalError();
        };
    }

    @Override
    public ServiceError throttlingError() {
        return new ServiceError("Throttling", 400, "Rate exceeded");
    }

    @Override
    public ServiceError internalError() {
        return new ServiceError(
                "InternalFailure", 500, "The request processing has failed because of an unknown error.");
    }

    @Override
    public ApiResponse errorResponse(ServiceError error, ApiRequest request) {
        return xml(error.httpStatus(), StsXml.error(error, request.requestId()));
    }

    /**
     * Issues a session when the target account is an ACTIVE member with a role of that name and the
     * external ID matches. Every rejection gets the same AccessDenied, as AWS gives no reason.
     */
    private ApiResponse assumeRole(ApiCall call, Caller caller) {
        AssumeRoleRequest request = AssumeRoleRequest.parse(call.input(), simulation.partition(), caller.session());
        Fixture.RoleSpec role =
                trustedRole(request).orElseThrow(() -> accessDenied(caller, "AssumeRole", request.roleArn()));
        CredentialStore.SessionCredentials session = simulation
                .credentials()
                .issueSession(
                        simulation.partition(),
                        request.accountId(),
                        request.roleName(),
                        request.sessionName(),
                        request.duration(),
                        role.discoveryAllowed());
        return xml(200, StsXml.assumeRole(session, call.request().requestId()));
    }

    private Optional<Fixture.RoleSpec> trustedRole(AssumeRoleRequest request) {
        OrganizationState organization = simulation.organization();
        Optional<AccountState> state = organization.stateOf(request.accountId());
        if (state.isEmpty() || state.get() != AccountState.ACTIVE) {
            return Optional.empty();
        }
        return simulation
                .role(request.accountId(), request.roleName())
                .filter(role -> role.externalId() == null || role.externalId().equals(request.externalId()));
    }

    private static ServiceError accessDenied(Caller caller, String operation, String roleArn) {
        String message = "User: " + caller.arn() + " is not authorized to perform: sts:" + operation;
        if (roleArn != null) {
            message += " on resource: " + roleArn;
        }
        return new ServiceError("AccessDenied", 403, message);
    }

    private static void addFormParameters(String encoded, ObjectNode target) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            target.put(name, value);
        }
    }

    private static ApiResponse xml(int status, String body) {
        return ApiResponse.of(status, ApiResponse.XML, body);
    }
}
