package io.orgbridge.integration.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Result of Test Discovery: each AWS call in the order it ran; the test stops at the first
 * failure, whose {@code error_code} and {@code message} are AWS's own.
 */
public record TestDiscoveryResponse(boolean ok, List<Step> steps) {

    /**
     * One AWS call.
     *
     * @param step such as {@code sts:AssumeRole} or {@code organizations:ListRoots}
     * @param errorCode null when the call succeeded
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Step(String step, boolean ok, String errorCode, String message) {}
}
