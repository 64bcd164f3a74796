package io.orgbridge.discovery.service;

import java.time.Instant;

/**
 * A run that this instance claimed, with the integration settings it runs with, copied from the
 * replica when the run started.
 *
 * @param sealedSecretKey the discovery secret key sealed under the transport key (access key mode)
 */
public record ClaimedRun(
        String runId,
        String integrationId,
        long integrationVersion,
        long runSequence,
        String trigger,
        Instant startedAt,
        String discoveryMode,
        String roleArn,
        String externalId,
        String accessKeyId,
        String sealedSecretKey,
        String connectionRoleName,
        String connectionExternalId) {

    @Override
    public String toString() {
        return "ClaimedRun[runId=" + runId + ", integrationId=" + integrationId + ", runSequence=" + runSequence
                + ", trigger=" + trigger + "]";
    }
}
