package io.orgbridge.discovery.service;

import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.orgbridge.aws.DiscoveryCredentials;
import io.orgbridge.discovery.config.AwsProducers;
import io.orgbridge.platform.crypto.SecretBox;

/**
 * Executes one claimed run: opens the credentials, walks the organization, checks each ACTIVE
 * account's connection role, then records the outcome and its event in one transaction. A run
 * either publishes one complete snapshot or fails as a whole.
 */
@ApplicationScoped
public class DiscoveryRunner {

    static final String INVALID_CREDENTIALS = "InvalidDiscoveryCredentials";

    private final OrganizationWalker walker;
    private final RoleChecker roleChecker;
    private final RateLimitRegistry rateLimits;
    private final RunLifecycle lifecycle;
    private final SecretBox transportBox;

    public DiscoveryRunner(
            OrganizationWalker walker,
            RoleChecker roleChecker,
            RateLimitRegistry rateLimits,
            RunLifecycle lifecycle,
            SecretBox transportBox) {
        this.walker = walker;
        this.roleChecker = roleChecker;
        this.rateLimits = rateLimits;
        this.lifecycle = lifecycle;
        this.transportBox = transportBox;
    }

    /**
     * Runs {@code claimed} to its end. AWS calls complete on SDK threads, so the outcome is recorded
     * through {@code databaseContext}, the Vert.x context that owns this run's database session.
     */
    public Uni<Void> execute(ClaimedRun claimed, Executor databaseContext) {
        return Uni.createFrom()
                .item(() -> credentials(claimed))
                .chain(credentials -> walker.walk(credentials, rateLimits.forCredentials(credentials)))
                .chain(tree -> checkRoles(claimed, tree))
                .emitOn(databaseContext)
                .chain(tree ->
                        lifecycle.succeed(claimed, tree).invoke(recorded -> logSucceeded(claimed, tree, recorded)))
                .onFailure()
                .recoverWithUni(failure -> Uni.createFrom()
                        .item(toWalkFailure(claimed, failure))
                        .emitOn(databaseContext)
                        .chain(walkFailure -> lifecycle
                                .fail(claimed, walkFailure)
                                .invoke(recorded -> logFailed(claimed, walkFailure, recorded))))
                .replaceWithVoid();
    }

    private Uni<OrganizationTree> checkRoles(ClaimedRun claimed, OrganizationTree tree) {
        return roleChecker
                .check(
                        tree.organization().partition(),
                        tree.accounts(),
                        claimed.connectionRoleName(),
                        claimed.connectionExternalId())
                .map(tree::withAccounts);
    }

    /** Builds the credentials of the run, opening the sealed secret key only now. */
    private DiscoveryCredentials credentials(ClaimedRun claimed) {
        try {
            DiscoveryCredentials.Mode mode = DiscoveryCredentials.Mode.fromWireName(claimed.discoveryMode());
            if (mode == DiscoveryCredentials.Mode.ROLE) {
                return DiscoveryCredentials.role(claimed.roleArn(), claimed.externalId());
            }
            String secret = openSecret(claimed);
            return DiscoveryCredentials.accessKey(claimed.accessKeyId(), secret);
        } catch (IllegalArgumentException e) {
            throw new WalkFailedException(null, INVALID_CREDENTIALS, e.getMessage());
        }
    }

    private String openSecret(ClaimedRun claimed) {
        if (claimed.sealedSecretKey() == null) {
            throw new IllegalArgumentException(
                    "access_key mode needs a secret access key, and the integration has none");
        }
        try {
            return transportBox.open(claimed.sealedSecretKey(), claimed.integrationId());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the sealed secret access key does not open with "
                    + AwsProducers.TRANSPORT_KEY + "; it must equal integration-service's transport key");
        }
    }

    private static WalkFailedException toWalkFailure(ClaimedRun claimed, Throwable failure) {
        if (failure instanceof WalkFailedException walkFailure) {
            return walkFailure;
        }
        Log.errorf(
                failure,
                "Discovery run %s of integration %s failed unexpectedly",
                claimed.runId(),
                claimed.integrationId());
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new WalkFailedException(null, failure.getClass().getSimpleName(), message);
    }

    private static void logSucceeded(ClaimedRun claimed, OrganizationTree tree, boolean recorded) {
        if (recorded) {
            Log.infof(
                    "Discovery run %s of integration %s succeeded: %d OUs, %d accounts",
                    claimed.runId(),
                    claimed.integrationId(),
                    tree.organizationalUnits().size(),
                    tree.accounts().size());
        }
    }

    private static void logFailed(ClaimedRun claimed, WalkFailedException failure, boolean recorded) {
        if (recorded) {
            Log.warnf(
                    "Discovery run %s of integration %s failed at %s: %s %s",
                    claimed.runId(),
                    claimed.integrationId(),
                    failure.failedCall(),
                    failure.errorCode(),
                    failure.getMessage());
        }
    }
}
