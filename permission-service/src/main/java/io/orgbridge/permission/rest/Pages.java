package io.orgbridge.permission.rest;

import java.util.function.Function;

import io.orgbridge.platform.rest.Page;

/** Maps the items of a page, keeping its next_token. */
final class Pages {

    private Pages() {}

    static <T, R> Page<R> map(Page<T> page, Function<T, R> mapper) {
        return new Page<>(page.items().stream().map(mapper).toList(), page.nextToken());
    }
}
