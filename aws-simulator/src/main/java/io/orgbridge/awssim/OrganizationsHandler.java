package io.orgbridge.awssim;

import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * AWS Organizations over the JSON 1.1 protocol: {@code X-Amz-Target: AWSOrganizationsV20161128.<Operation>},
 * JSON bodies, and errors as HTTP 400 with {@code {"__type": ..., "Message": ...}}.
 *
 * <p>Callers outside the organization get AWSOrganizationsNotInUseException. DescribeOrganization is
 * open to every member account; every other operation needs credentials that may discover (the
 * management account or a delegated administrator), else AccessDeniedException.
 */
final class OrganizationsHandler implements ServiceHandler {

    static final String TARGET_PREFIX = "AWSOrganizationsV20161128.";

    /** Errors raised before the service itself, which AWS sends with a lower-case {@code message} member. */
    private static final Set<String> GATEWAY_ERRORS = Set.of(
            "MissingAuthenticationTokenException",
            "IncompleteSignatureException",
            "UnrecognizedClientException",
            "InvalidSignatureException",
            "ExpiredTokenException",
            "UnknownOperationException",
            "SerializationException");

    private final Simulation simulation;
    private final OrganizationsReads reads;
    private final OrganizationsWrites writes;

    OrganizationsHandler(Simulation simulation) {
        this.simulation = simulation;
        this.reads = new OrganizationsReads(simulation);
        this.writes = new OrganizationsWrites(simulation);
    }

    @Override
    public String signingName() {
        return "organizations";
    }

    @Override
    public ApiCall parse(ApiRequest request) {
        String target = request.header("x-amz-target");
        String operation =
                target == null || !target.startsWith(TARGET_PREFIX) ? null : target.substring(TARGET_PREFIX.length());
        if (operation == null || !Operations.isOrganizations(operation)) {
            throw new ServiceError("UnknownOperationException", 400, "Unknown operation " + target);
        }
        return new ApiCall(operation, request.jsonBody(), request);
    }

    @Override
    public ApiResponse handle(ApiCall call, Caller caller) {
        OrganizationState organization = simulation.organization();
        if (!organization.isMember(caller.accountId())) {
            throw OrganizationsErrors.notInUse();
        }
        if (!"DescribeOrganization".equals(call.operation()) && !caller.canDiscover()) {
            throw OrganizationsErrors.accessDenied();
        }
        ObjectNode output =
                Operations.ORGANIZATIONS_WRITE.contains(call.operation()) ? writes.invoke(call) : reads.invoke(call);
        return ApiResponse.of(200, ApiResponse.AMZ_JSON_1_1, output.toString());
    }

    @Override
    public ServiceError authenticationError(AuthenticationException failure) {
        return switch (failure.reason()) {
            case MISSING_AUTHENTICATION -> new ServiceError(
                    "MissingAuthenticationTokenException", 400, "Missing Authentication Token");
            case INCOMPLETE_SIGNATURE -> new ServiceError("IncompleteSignatureException", 400, failure.getMessage());
            case UNKNOWN_CREDENTIALS -> new ServiceError("UnrecognizedClientException", 400, failure.getMessage());
            case SIGNATURE_MISMATCH, SIGNATURE_EXPIRED -> new ServiceError(
                    "InvalidSignatureException", 400, failure.getMessage());
            case EXPIRED_TOKEN -> new ServiceError("ExpiredTokenException", 400, failure.getMessage());
        };
    }

    @Override
    public ServiceError injectedError(InjectedError error, ApiCall call, Caller caller) {
        return switch (error) {
            case ACCESS_DENIED -> OrganizationsErrors.accessDenied();
            case TOO_MANY_REQUESTS -> OrganizationsErrors.tooManyRequests();
            case SERVICE_EXCEPTION -> OrganizationsErrors.serviceException();
            case CONCURRENT_MODIFICATION -> OrganizationsErrors.concurrentModification();
        };
    }

    @Override
    public ServiceError throttlingError() {
        return OrganizationsErrors.tooManyRequests();
    }

    @Override
    public ServiceError internalError() {
        return OrganizationsErrors.serviceException();
    }

    @Override
    public ApiResponse errorResponse(ServiceError error, ApiRequest request) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("__type", error.code());
        body.put(GATEWAY_ERRORS.contains(error.code()) ? "message" : "Message", error.getMessage());
        error.members().forEach((name, value) -> body.put(name, String.valueOf(value)));
        return ApiResponse.of(error.httpStatus(), ApiResponse.AMZ_JSON_1_1, body.toString());
    }
}
