package io.orgbridge.aws;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.ResolveIdentityRequest;
import software.amazon.awssdk.services.sts.StsAsyncClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Credentials of a role session obtained with {@code sts:AssumeRole} on an asynchronous STS
 * client, cached until five minutes before they expire.
 *
 * <p>The SDK's {@code StsAssumeRoleCredentialsProvider} accepts only the synchronous
 * {@code StsClient}, which would block the calling thread (an event loop in the services) while
 * the role is assumed. Asynchronous SDK clients call {@link #resolveIdentity}, which this class
 * completes without blocking. A failed AssumeRole is not cached: the next call tries again and the
 * failure reaches the caller with the {@code StsException} as its cause.
 */
public final class AssumeRoleCredentialsProvider implements AwsCredentialsProvider {

    private static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(5);

    private final StsAsyncClient sts;
    private final AssumeRoleRequest request;
    private final Clock clock;
    private final AtomicReference<CompletableFuture<AwsSessionCredentials>> session = new AtomicReference<>();

    public AssumeRoleCredentialsProvider(StsAsyncClient sts, AssumeRoleRequest request, Clock clock) {
        this.sts = sts;
        this.request = request;
        this.clock = clock;
    }

    public String roleArn() {
        return request.roleArn();
    }

    /** Returns the cached session, or assumes the role when there is none or it expires soon. */
    public CompletableFuture<AwsSessionCredentials> session() {
        CompletableFuture<AwsSessionCredentials> cached = session.get();
        if (cached != null && (!cached.isDone() || isFresh(cached))) {
            return cached;
        }
        CompletableFuture<AwsSessionCredentials> fresh = new CompletableFuture<>();
        if (!session.compareAndSet(cached, fresh)) {
            return session();
        }
        sts.assumeRole(request).whenComplete((response, failure) -> {
            if (failure != null) {
                session.compareAndSet(fresh, null);
                fresh.completeExceptionally(AwsErrors.unwrap(failure));
            } else {
                fresh.complete(toSessionCredentials(response.credentials()));
            }
        });
        return fresh;
    }

    @Override
    public CompletableFuture<AwsCredentialsIdentity> resolveIdentity(ResolveIdentityRequest ignored) {
        return session().thenApply(credentials -> credentials);
    }

    /** Blocks until the role is assumed; asynchronous SDK clients use {@link #resolveIdentity} instead. */
    @Override
    public AwsCredentials resolveCredentials() {
        try {
            return session().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    @Override
    public String toString() {
        return "AssumeRoleCredentialsProvider[roleArn=" + request.roleArn() + "]";
    }

    private boolean isFresh(CompletableFuture<AwsSessionCredentials> done) {
        if (done.isCompletedExceptionally()) {
            return false;
        }
        return done.join()
                .expirationTime()
                .map(expiry -> expiry.isAfter(clock.instant().plus(REFRESH_BEFORE_EXPIRY)))
                .orElse(true);
    }

    private static AwsSessionCredentials toSessionCredentials(Credentials credentials) {
        return AwsSessionCredentials.builder()
                .accessKeyId(credentials.accessKeyId())
                .secretAccessKey(credentials.secretAccessKey())
                .sessionToken(credentials.sessionToken())
                .expirationTime(credentials.expiration())
                .build();
    }
}
