package io.orgbridge.platform.rest;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error a resource raises into one problem details body. */
public class ProblemMapper {

    private static final String TYPE_BASE = "https://orgbridge.io/problems/";

    @ServerExceptionMapper
    public Response mapProblem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.title(), e.getMessage(), uri, e.validationErrors());
    }

    @ServerExceptionMapper
    public Response mapJson(JsonProcessingException e, UriInfo uri) {
        String location = "body";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            location = "body."
                    + mapping.getPath().stream()
                            .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                            .collect(Collectors.joining("."));
        }
        String message = "invalid JSON: " + e.getOriginalMessage();
        return respond(
                400, "Bad Request", location + ": " + message, uri, List.of(new ValidationError(location, message)));
    }

    @ServerExceptionMapper
    public Response mapUnauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(401, "Unauthorized", "a valid bearer token is required", uri, List.of());
    }

    @ServerExceptionMapper
    public Response mapForbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "Forbidden", "the caller may not perform this operation", uri, List.of());
    }

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e, UriInfo uri) {
        // The JSON reader wraps parse errors of a request body into a bare 400; name the body instead.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return mapJson(json, uri);
            }
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "Error";
        return respond(status, title, e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response mapUnexpected(RuntimeException e, UriInfo uri) {
        Log.errorf(e, "Unexpected error on %s", uri.getPath());
        return respond(500, "Internal Server Error", "unexpected error; see the service log", uri, List.of());
    }

    private static Response respond(
            int status, String title, String detail, UriInfo uri, List<ValidationError> errors) {
        String type = TYPE_BASE + title.toLowerCase().replace(' ', '-');
        Problem problem = new Problem(type, title, status, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
