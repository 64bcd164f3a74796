package io.orgbridge.platform.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One page of a list: {@code {"items": [...], "next_token": "..."}}; the token is absent on the last page. */
public record Page<T>(List<T> items, @JsonInclude(JsonInclude.Include.NON_NULL) String nextToken) {}
