package io.orgbridge.connection.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.orgbridge.connection.service.PostgresText;
import io.orgbridge.platform.rest.ProblemException;

/**
 * Rejects a request whose path or query parameters hold text PostgreSQL cannot store, such as
 * {@code %00}, before any of it reaches a query: the database would fail the query with a 500
 * instead of finding nothing.
 */
public class RequestTextFilter {

    @ServerRequestFilter
    public void rejectUnstorableText(UriInfo uri) {
        if (!PostgresText.isStorable(uri.getPath())) {
            throw ProblemException.invalidField(
                    "path", "the path contains U+0000, which no handle or id contains; remove %00 from the URL");
        }
        for (Map.Entry<String, List<String>> parameter :
                uri.getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            if (!PostgresText.isStorable(name) || !parameter.getValue().stream().allMatch(PostgresText::isStorable)) {
                throw ProblemException.invalidField(
                        "query." + PostgresText.storable(name),
                        "the query parameter contains U+0000, which no handle or id contains; remove %00 from the URL");
            }
        }
    }
}
