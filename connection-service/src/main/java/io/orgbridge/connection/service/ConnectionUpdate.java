package io.orgbridge.connection.service;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A user's change to a connection; null fields stay as they are.
 *
 * @param handle a handle to set by hand, which makes the handle static
 * @param configSource {@code inherited} to follow the integration's settings again, or {@code self}
 * @param config settings to override, which makes the config source {@code self}
 */
public record ConnectionUpdate(String handle, String configSource, JsonNode config) {}
