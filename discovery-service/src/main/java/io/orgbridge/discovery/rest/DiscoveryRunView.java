package io.orgbridge.discovery.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.orgbridge.discovery.entity.DiscoveryRun;

/** A discovery run as the API returns it; fields that do not apply yet are null. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DiscoveryRunView(
        String id,
        String integrationId,
        String integrationHandle,
        long runSequence,
        String trigger,
        String state,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Integer ouCount,
        Integer accountCount,
        String failedCall,
        String errorCode,
        String errorMessage) {

    static DiscoveryRunView of(DiscoveryRun run, String integrationHandle) {
        return new DiscoveryRunView(
                run.id,
                run.integrationId,
                integrationHandle,
                run.runSequence,
                run.trigger,
                run.state,
                run.createdAt,
                run.startedAt,
                run.finishedAt,
                run.ouCount,
                run.accountCount,
                run.failedCall,
                run.errorCode,
                run.errorMessage);
    }
}
