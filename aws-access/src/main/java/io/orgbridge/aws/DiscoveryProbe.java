package io.orgbridge.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.organizations.OrganizationsAsyncClient;
import software.amazon.awssdk.services.organizations.model.Root;
import software.amazon.awssdk.services.sts.StsAsyncClient;

/**
 * Tests discovery credentials the way a discovery run uses them: {@code sts:AssumeRole} (role
 * mode) or {@code sts:GetCallerIdentity} (access key mode), then
 * {@code organizations:DescribeOrganization} and {@code organizations:ListRoots}. Each step
 * reports AWS's own error code and message; the probe stops at the first failure. Reports never
 * contain secrets.
 */
public final class DiscoveryProbe {

    private final AwsClientFactory clients;

    public DiscoveryProbe(AwsClientFactory clients) {
        this.clients = clients;
    }

    /** Runs the probe; the stage always completes normally, with failures inside the report. */
    public CompletionStage<ProbeReport> probe(DiscoveryCredentials credentials) {
        List<ProbeStep> steps = new ArrayList<>();
        CompletableFuture<AwsCredentialsProvider> signedIn = credentials.mode() == DiscoveryCredentials.Mode.ROLE
                ? assumeRole(credentials, steps)
                : getCallerIdentity(credentials, steps);
        return signedIn.thenCompose(provider ->
                        provider == null ? CompletableFuture.completedFuture(null) : readOrganization(provider, steps))
                .thenApply(ignored -> new ProbeReport(steps));
    }

    private CompletableFuture<AwsCredentialsProvider> assumeRole(
            DiscoveryCredentials credentials, List<ProbeStep> steps) {
        AssumeRoleCredentialsProvider role = clients.assumeRole(
                credentials.roleArn(), credentials.externalId(), AwsClientFactory.DISCOVERY_SESSION_NAME);
        return record(
                steps,
                ProbeStep.ASSUME_ROLE,
                role.session(),
                (AwsSessionCredentials session) -> "assumed role " + role.roleArn(),
                session -> StaticCredentialsProvider.create(session));
    }

    private CompletableFuture<AwsCredentialsProvider> getCallerIdentity(
            DiscoveryCredentials credentials, List<ProbeStep> steps) {
        AwsCredentialsProvider key = clients.discoveryCredentials(credentials);
        StsAsyncClient sts = clients.sts(key);
        return record(
                        steps,
                        ProbeStep.GET_CALLER_IDENTITY,
                        sts.getCallerIdentity(),
                        identity -> "signed in as " + identity.arn() + " (account " + identity.account() + ")",
                        identity -> key)
                .whenComplete((ignored, failure) -> sts.close());
    }

    private CompletableFuture<Void> readOrganization(AwsCredentialsProvider provider, List<ProbeStep> steps) {
        OrganizationsAsyncClient organizations = clients.organizations(provider);
        return record(
                        steps,
                        ProbeStep.DESCRIBE_ORGANIZATION,
                        organizations.describeOrganization(),
                        response -> "organization " + response.organization().id() + " with management account "
                                + response.organization().masterAccountId(),
                        response -> response)
                .thenCompose(described -> described == null
                        ? CompletableFuture.completedFuture(null)
                        : record(
                                steps,
                                ProbeStep.LIST_ROOTS,
                                organizations.listRoots(),
                                response -> "roots "
                                        + response.roots().stream()
                                                .map(Root::id)
                                                .toList(),
                                response -> response))
                .whenComplete((ignored, failure) -> organizations.close())
                .thenApply(ignored -> null);
    }

    /**
     * Appends the outcome of {@code call} to {@code steps}. Completes with {@code next} applied to
     * the response, or with null when the call failed, so that later steps are skipped.
     */
    private static <R, N> CompletableFuture<N> record(
            List<ProbeStep> steps,
            String step,
            CompletableFuture<R> call,
            Function<R, String> describe,
            Function<R, N> next) {
        return call.handle((response, failure) -> {
            synchronized (steps) {
                if (failure != null) {
                    steps.add(ProbeStep.failed(step, failure));
                    return null;
                }
                steps.add(ProbeStep.succeeded(step, describe.apply(response)));
                return next.apply(response);
            }
        });
    }
}
