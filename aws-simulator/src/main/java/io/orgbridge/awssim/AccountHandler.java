package io.orgbridge.awssim;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * AWS Account Management over REST-JSON (API version 2021-02-01): PutAccountName only, at
 * {@code POST /putAccountName}. Errors carry their code in the {@code x-amzn-ErrorType} header.
 *
 * <p>Without AccountId the caller renames its own account. With AccountId, the caller must be a
 * principal that may discover (management account or delegated administrator) and the account a
 * member of the organization.
 */
final class AccountHandler implements ServiceHandler {

    static final String PUT_ACCOUNT_NAME_PATH = "/putAccountName";

    private final Simulation simulation;

    AccountHandler(Simulation simulation) {
        this.simulation = simulation;
    }

    @Override
    public String signingName() {
        return "account";
    }

    @Override
    public ApiCall parse(ApiRequest request) {
        if (!"POST".equals(request.method()) || !PUT_ACCOUNT_NAME_PATH.equals(request.rawPath())) {
            throw new ServiceError(
                    "UnknownOperationException",
                    404,
                    "No operation at " + request.method() + " " + request.rawPath()
                            + "; only PutAccountName is simulated.");
        }
        return new ApiCall("PutAccountName", request.jsonBody(), request);
    }

    @Override
    public ApiResponse handle(ApiCall call, Caller caller) {
        String accountName = OrganizationsInput.optionalText(call.input(), "AccountName");
        String accountId = OrganizationsInput.optionalText(call.input(), "AccountId");
        validate(accountName, accountId);
        String target = accountId == null ? caller.accountId() : accountId;
        OrganizationState organization = simulation.organization();
        boolean ownAccount = target.equals(caller.accountId());
        boolean delegated = caller.canDiscover() && organization.isMember(caller.accountId());
        if (!organization.isMember(target) || !(ownAccount || delegated)) {
            throw new ServiceError(
                    "AccessDeniedException",
                    403,
                    "User: " + caller.arn() + " is not authorized to perform: account:PutAccountName on account "
                            + target);
        }
        organization.renameAccount(target, accountName);
        return ApiResponse.of(200, ApiResponse.JSON, "{}");
    }

    @Override
    public ServiceError authenticationError(AuthenticationException failure) {
        return switch (failure.reason()) {
            case MISSING_AUTHENTICATION -> new ServiceError(
                    "MissingAuthenticationTokenException", 403, "Missing Authentication Token");
            case INCOMPLETE_SIGNATURE -> new ServiceError("IncompleteSignatureException", 403, failure.getMessage());
            case UNKNOWN_CREDENTIALS -> new ServiceError("UnrecognizedClientException", 403, failure.getMessage());
            case SIGNATURE_MISMATCH, SIGNATURE_EXPIRED -> new ServiceError(
                    "InvalidSignatureException", 403, failure.getMessage());
            case EXPIRED_TOKEN -> new ServiceError("ExpiredTokenException", 403, failure.getMessage());
        };
    }

    @Override
    public ServiceError injectedError(InjectedError error, ApiCall call, Caller caller) {
        return switch (error) {
            case ACCESS_DENIED -> new ServiceError(
                    "AccessDeniedException",
                    403,
                    "User: " + caller.arn() + " is not authorized to perform: account:PutAccountName");
            case TOO_MANY_REQUESTS -> throttlingError();
            case SERVICE_EXCEPTION, CONCURRENT_MODIFICATION -> internalError();
        };
    }

    @Override
    public ServiceError throttlingError() {
        return new ServiceError("TooManyRequestsException", 429, "Too many requests");
    }

    @Override
    public ServiceError internalError() {
        return new ServiceError(
                "InternalServerException", 500, "The operation failed because of an error internal to AWS.");
    }

    @Override
    public ApiResponse errorResponse(ServiceError error, ApiRequest request) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("message", error.getMessage());
        error.members().forEach((name, value) -> {
            if (value instanceof JsonNode node) {
                body.set(name, node);
            } else {
                body.put(name, String.valueOf(value));
            }
        });
        return ApiResponse.of(error.httpStatus(), ApiResponse.JSON, body.toString())
                .withHeader("x-amzn-ErrorType", error.code());
    }

    private static void validate(String accountName, String accountId) {
        if (accountName == null) {
            throw validationError("accountName", "Member must not be null");
        }
        if (accountName.isEmpty() || !Validation.isManagedAccountName(accountName)) {
            throw validationError(
                    "accountName", "Member must be 1-50 printable ASCII characters other than '<' and '>'");
        }
        if (accountId != null && !Validation.ACCOUNT_ID.matcher(accountId).matches()) {
            throw validationError("accountId", "Member must be 12 digits");
        }
    }

    private static ServiceError validationError(String field, String constraint) {
        String message = "Invalid " + field + ": " + constraint;
        ObjectNode fieldEntry =
                JsonNodeFactory.instance.objectNode().put("name", field).put("message", constraint);
        return new ServiceError(
                "ValidationException",
                400,
                message,
                Map.of(
                        "reason",
                        "fieldValidationFailed",
                        "fieldList",
                        JsonNodeFactory.instance.arrayNode().add(fieldEntry)));
    }
}
