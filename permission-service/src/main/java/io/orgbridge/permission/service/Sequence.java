package io.orgbridge.permission.service;

import java.util.List;
import java.util.function.Function;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Runs one reactive step per item, one after the other. A Hibernate Reactive session allows one
 * operation at a time, and a flat concatenation keeps the stack shallow for long lists.
 */
public final class Sequence {

    private Sequence() {}

    public static <T> Uni<Void> forEach(List<T> items, Function<T, Uni<Void>> step) {
        if (items.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // Each step emits a placeholder item, because a Multi cannot carry the null of a Uni<Void>.
        return Multi.createFrom()
                .<T>iterable(items)
                .onItem()
                .<Boolean>transformToUniAndConcatenate(item -> step.apply(item).replaceWith(Boolean.TRUE))
                .collect()
                .last()
                .replaceWithVoid();
    }
}
