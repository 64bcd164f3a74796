package io.orgbridge.integration.api;

/** An accepted command, such as {@code {"command": "refresh"}}. */
public record IntegrationCommandResponse(String command) {}
