package io.orgbridge.awssim;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed API call: the operation name and its input members. STS form parameters are converted to
 * a JSON object of strings so that every protocol hands the same shape to the pipeline.
 */
record ApiCall(String operation, JsonNode input, ApiRequest request) {

    /** Returns the {@code ParentId} member, which faults can be restricted to, or null. */
    String parentId() {
        JsonNode parentId = input.get("ParentId");
        return parentId == null || !parentId.isTextual() ? null : parentId.asText();
    }
}
