package io.orgbridge.integration.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST .../integration/{handle}/command}. */
public class IntegrationCommandRequest extends StrictRequest {

    public static final String REFRESH = "refresh";

    @Schema(type = SchemaType.STRING, description = "Command to run; the only command is refresh", example = "refresh")
    public JsonNode command;
}
