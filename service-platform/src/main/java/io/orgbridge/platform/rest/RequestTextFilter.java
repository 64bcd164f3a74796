package io.orgbridge.platform.rest;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects a request whose path or query parameters contain U+0000 ({@code %00}) before any of it
 * reaches a query: PostgreSQL text cannot hold U+0000, so the database would fail the query with
 * a 500 instead of finding nothing.
 */
public class RequestTextFilter {

    @ServerRequestFilter
    public void rejectNul(UriInfo uri) {
        if (containsNul(uri.getPath())) {
            throw ProblemException.invalidField(
                    "path", "the path contains U+0000, which no handle or id contains; remove %00 from the URL");
        }
        for (Map.Entry<String, List<String>> parameter :
                uri.getQueryParameters().entrySet()) {
            String name = parameter.getKey();
            if (containsNul(name) || parameter.getValue().stream().anyMatch(RequestTextFilter::containsNul)) {
                throw ProblemException.invalidField(
                        "query." + name.replace('\u0000', '\uFFFD'),
                        "the query parameter contains U+0000, which no handle or id contains; remove %00 from the URL");
            }
        }
    }

    private static boolean containsNul(String text) {
        return text != null && text.indexOf('\u0000') >= 0;
    }
}
