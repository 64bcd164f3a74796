package io.orgbridge.platform.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details body, as the Pipes API shapes its errors. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type, String title, int status, String detail, String instance, List<ValidationError> validationErrors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
