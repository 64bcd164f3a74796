package io.orgbridge.integration.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PATCH .../integration/{handle}}; absent fields keep their value. */
public class UpdateIntegrationRequest extends StrictRequest {

    @Schema(type = SchemaType.STRING, description = "New handle")
    public JsonNode handle;

    @Schema(type = SchemaType.STRING, description = "enabled or disabled; pending and error are set by discovery")
    public JsonNode state;

    @Schema(description = "Config fields to change; a JSON null resets an optional field to its default")
    public JsonNode config;

    @Schema(description = "New permissions of the top-level folder")
    public JsonNode permissions;
}
