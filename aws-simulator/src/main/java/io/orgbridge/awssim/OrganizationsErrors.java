package io.orgbridge.awssim;

import java.util.Map;

/**
 * The AWS Organizations errors that the simulator returns, with the messages AWS documents for them.
 * Organizations sends client errors with HTTP 400 and service errors with HTTP 500.
 */
final class OrganizationsErrors {

    static final String TOO_MANY_REQUESTS_MESSAGE = "AWS Organizations can't complete your request because another"
            + " request is already in progress. Try again later.";

    private static final int CLIENT_ERROR = 400;

    private OrganizationsErrors() {}

    static ServiceError accessDenied() {
        return client("AccessDeniedException", "You don't have permissions to access this resource.");
    }

    static ServiceError notInUse() {
        return client("AWSOrganizationsNotInUseException", "Your account is not a member of an organization.");
    }

    static ServiceError tooManyRequests() {
        return client("TooManyRequestsException", TOO_MANY_REQUESTS_MESSAGE);
    }

    static ServiceError serviceException() {
        return new ServiceError(
                "ServiceException",
                500,
                "AWS Organizations can't complete your request because of an internal service error. Try again later.");
    }

    static ServiceError concurrentModification() {
        return client(
                "ConcurrentModificationException",
                "The target of the operation is currently being modified by a different request. Try again later.");
    }

    static ServiceError parentNotFound() {
        return client("ParentNotFoundException", "We can't find a root or OU with the ParentId that you specified.");
    }

    static ServiceError childNotFound() {
        return client(
                "ChildNotFoundException",
                "We can't find an organizational unit (OU) or AWS account with the ChildId that you specified.");
    }

    static ServiceError accountNotFound() {
        return client(
                "AccountNotFoundException",
                "We can't find an AWS account with the AccountId that you specified, or the account whose credentials"
                        + " you used to make this request isn't a member of an organization.");
    }

    static ServiceError organizationalUnitNotFound() {
        return client(
                "OrganizationalUnitNotFoundException",
                "We can't find an OU with the OrganizationalUnitId that you specified.");
    }

    static ServiceError targetNotFound() {
        return client(
                "TargetNotFoundException",
                "We can't find a root, OU, account, or policy with the TargetId that you specified.");
    }

    static ServiceError sourceParentNotFound() {
        return client(
                "SourceParentNotFoundException",
                "We can't find a source root or OU with the ParentId that you specified.");
    }

    static ServiceError destinationParentNotFound() {
        return client(
                "DestinationParentNotFoundException",
                "We can't find the destination container (a root or OU) with the ParentId that you specified.");
    }

    static ServiceError duplicateAccount() {
        return client("DuplicateAccountException", "That account is already present in the specified destination.");
    }

    static ServiceError duplicateOrganizationalUnit() {
        return client("DuplicateOrganizationalUnitException", "An OU with the same name already exists.");
    }

    static ServiceError organizationalUnitNotEmpty() {
        return client(
                "OrganizationalUnitNotEmptyException",
                "The specified OU is not empty. Move all accounts to another root or OU and delete all child OUs,"
                        + " and try the operation again.");
    }

    static ServiceError createAccountStatusNotFound() {
        return client(
                "CreateAccountStatusNotFoundException",
                "We can't find a create account request with the CreateAccountRequestId that you specified.");
    }

    static ServiceError accountAlreadyClosed() {
        return client("AccountAlreadyClosedException", "You attempted to close an account that is already closed.");
    }

    static ServiceError managementAccountCannotLeave() {
        return client(
                "MasterCannotLeaveOrganizationException",
                "You can't remove a management account from an organization. Delete the organization instead.");
    }

    /** Builds a {@code ConstraintViolationException} whose {@code reason} is a ConstraintViolationExceptionReason value. */
    static ServiceError constraintViolation(String reason, String message) {
        return new ServiceError("ConstraintViolationException", CLIENT_ERROR, message, Map.of("Reason", reason));
    }

    /** Builds an {@code InvalidInputException} whose {@code reason} is an InvalidInputExceptionReason value. */
    static ServiceError invalidInput(String reason, String message) {
        return new ServiceError("InvalidInputException", CLIENT_ERROR, message, Map.of("Reason", reason));
    }

    static ServiceError inputRequired(String member) {
        return invalidInput("INPUT_REQUIRED", "You must specify a value for " + member + ".");
    }

    static ServiceError invalidPattern(String member, String value) {
        return invalidInput(
                "INVALID_PATTERN",
                "1 validation error detected: Value '" + value + "' at '" + lowerFirst(member)
                        + "' failed to satisfy constraint: Member must satisfy the required pattern.");
    }

    static ServiceError invalidNextToken() {
        return invalidInput("INVALID_NEXT_TOKEN", "The NextToken value that you provided is not valid.");
    }

    static String lowerFirst(String member) {
        return Character.toLowerCase(member.charAt(0)) + member.substring(1);
    }

    private static ServiceError client(String code, String message) {
        return new ServiceError(code, CLIENT_ERROR, message);
    }
}
