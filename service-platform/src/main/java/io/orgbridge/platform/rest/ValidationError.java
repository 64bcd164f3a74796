package io.orgbridge.platform.rest;

/**
 * One invalid field of a request.
 *
 * @param location where the value sits, such as {@code body.config.external_id} or {@code query.limit}
 * @param message what is wrong with it and what would be accepted
 */
public record ValidationError(String location, String message) {}
