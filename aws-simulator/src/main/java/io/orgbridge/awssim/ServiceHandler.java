package io.orgbridge.awssim;

/**
 * One AWS service as seen on the wire: how its requests are parsed, handled, and how errors are
 * rendered in its protocol (query XML, JSON 1.1 or REST-JSON).
 */
interface ServiceHandler {

    /** The service name in the SigV4 credential scope. */
    String signingName();

    /** Parses the operation and its input, raising the protocol's error for an unknown operation. */
    ApiCall parse(ApiRequest request);

    ApiResponse handle(ApiCall call, Caller caller);

    ServiceError authenticationError(AuthenticationException failure);

    ServiceError injectedError(InjectedError error, ApiCall call, Caller caller);

    ServiceError throttlingError();

    ServiceError internalError();

    ApiResponse errorResponse(ServiceError error, ApiRequest request);
}
