package io.orgbridge.integration.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST .../integration/{handle}/test}. For a new integration (handle {@code _})
 * {@code config} is the complete configuration; for an existing one it contains changes to test
 * before saving them, and may be absent.
 */
public class TestIntegrationRequest extends StrictRequest {

    @Schema(type = SchemaType.STRING, description = "aws (optional)")
    public JsonNode type;

    @Schema(description = "Configuration to test")
    public JsonNode config;
}
