package io.orgbridge.integration.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST .../integration/{handle}/command}, returned as is when accepted. */
public record IntegrationCommandRequest(@Schema(description = "refresh", example = "refresh") String command) {

    public static final String REFRESH = "refresh";
}
