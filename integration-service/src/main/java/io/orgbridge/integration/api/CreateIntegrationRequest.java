package io.orgbridge.integration.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST .../integration}. */
public class CreateIntegrationRequest extends StrictRequest {

    @Schema(
            type = SchemaType.STRING,
            description = "Integration handle: 2-40 of a-z, 0-9 and '-', starting and ending with a letter or digit",
            example = "acme-aws")
    public JsonNode handle;

    @Schema(type = SchemaType.STRING, description = "Integration type; only aws is supported", example = "aws")
    public JsonNode type;

    @Schema(description = "AWS configuration: discovery_mode, discovery credentials and connection settings")
    public JsonNode config;

    @Schema(
            description = "Grants on the integration's top-level folder: {mode: none|all_workspaces|workspaces,"
                    + " workspaces: [handles]}; default none")
    public JsonNode permissions;
}
