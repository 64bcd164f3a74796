package io.orgbridge.discovery.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.organizations.OrganizationsAsyncClient;
import software.amazon.awssdk.services.organizations.model.DescribeOrganizationResponse;
import software.amazon.awssdk.services.organizations.model.ListAccountsForParentResponse;
import software.amazon.awssdk.services.organizations.model.ListOrganizationalUnitsForParentResponse;
import software.amazon.awssdk.services.organizations.model.ListRootsResponse;
import software.amazon.awssdk.services.sts.model.StsException;

import io.orgbridge.aws.AssumeRoleCredentialsProvider;
import io.orgbridge.aws.AwsClientFactory;
import io.orgbridge.aws.AwsErrors;
import io.orgbridge.aws.DiscoveryCredentials;
import io.orgbridge.aws.OrganizationRateLimits;
import io.orgbridge.aws.OrganizationsOperation;
import io.orgbridge.events.discovery.OrganizationSnapshot.Account;
import io.orgbridge.events.discovery.OrganizationSnapshot.Organization;
import io.orgbridge.events.discovery.OrganizationSnapshot.OrganizationalUnit;
import io.orgbridge.events.discovery.OrganizationSnapshot.Root;

/**
 * Reads an AWS Organization top-down: DescribeOrganization, ListRoots, then breadth first
 * ListOrganizationalUnitsForParent and ListAccountsForParent for every parent, following each
 * NextToken until AWS returns none (a page may be empty and still carry one). Every call waits
 * for the organization's rate limits; the SDK retries throttled calls with backoff. The first
 * call that fails for good (retries exhausted included) fails the whole walk with a
 * {@link WalkFailedException} naming the call, so a partial tree never escapes.
 */
public final class OrganizationWalker {

    /** Pages of one listing after which the walk gives up; AWS pages hold up to 20 items. */
    static final int MAX_PAGES = 10_000;

    private final AwsClientFactory clients;
    private final int pageSize;
    private final int parentConcurrency;

    public OrganizationWalker(AwsClientFactory clients, int pageSize, int parentConcurrency) {
        if (pageSize < 1 || pageSize > 20) {
            throw new IllegalArgumentException(
                    "page size must be 1 to 20 (MaxResults of Organizations), not " + pageSize);
        }
        if (parentConcurrency < 1) {
            throw new IllegalArgumentException("parent concurrency must be at least 1, not " + parentConcurrency);
        }
        this.clients = clients;
        this.pageSize = pageSize;
        this.parentConcurrency = parentConcurrency;
    }

    /** Reads the organization that {@code credentials} can see. */
    public Uni<OrganizationTree> walk(DiscoveryCredentials credentials, OrganizationRateLimits limits) {
        AwsCredentialsProvider provider = clients.discoveryCredentials(credentials);
        return signIn(provider).chain(() -> {
            OrganizationsAsyncClient organizations = clients.organizations(provider);
            return new Walk(organizations, limits, provider).run().eventually(organizations::close);
        });
    }

    /** Assumes the discovery role up front, so that a refused role fails as AssumeRole. */
    private static Uni<Void> signIn(AwsCredentialsProvider provider) {
        if (!(provider instanceof AssumeRoleCredentialsProvider role)) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom()
                .completionStage(role::session)
                .onFailure()
                .transform(failure -> failure(assumeRoleCall(role), failure))
                .replaceWithVoid();
    }

    private static String assumeRoleCall(AssumeRoleCredentialsProvider role) {
        return "AssumeRole(" + role.roleArn() + ")";
    }

    private static WalkFailedException failure(String call, Throwable failure) {
        if (failure instanceof WalkFailedException walkFailure) {
            return walkFailure;
        }
        return new WalkFailedException(call, AwsErrors.errorCode(failure), AwsErrors.message(failure));
    }

    /** The state of one walk. */
    private final class Walk {

        private final OrganizationsAsyncClient organizations;
        private final OrganizationRateLimits limits;
        private final AwsCredentialsProvider provider;
        private final List<OrganizationalUnit> units = new ArrayList<>();
        private final List<Account> accounts = new ArrayList<>();
        private final Set<String> seenParents = new HashSet<>();

        Walk(OrganizationsAsyncClient organizations, OrganizationRateLimits limits, AwsCredentialsProvider provider) {
            this.organizations = organizations;
            this.limits = limits;
            this.provider = provider;
        }

        Uni<OrganizationTree> run() {
            return describeOrganization().chain(organization -> listRoot().chain(root -> walkLevel(List.of(root.id()))
                    .map(ignored -> new OrganizationTree(organization, root, units, accounts))));
        }

        private Uni<Organization> describeOrganization() {
            return call(
                            OrganizationsOperation.DESCRIBE_ORGANIZATION,
                            "DescribeOrganization",
                            organizations::describeOrganization)
                    .map(OrganizationWalker::toOrganization);
        }

        private Uni<Root> listRoot() {
            return listAll(
                            OrganizationsOperation.LIST_ROOTS,
                            "ListRoots",
                            token -> organizations.listRoots(
                                    request -> request.maxResults(pageSize).nextToken(token)),
                            ListRootsResponse::roots,
                            ListRootsResponse::nextToken)
                    .map(roots -> {
                        if (roots.isEmpty()) {
                            throw new WalkFailedException(
                                    "ListRoots", "NoRoot", "ListRoots returned no root for the organization");
                        }
                        return new Root(roots.get(0).id(), roots.get(0).name());
                    });
        }

        /** Lists the children of one level of parents and continues with their child OUs. */
        private Uni<Void> walkLevel(List<String> parentIds) {
            List<String> fresh = parentIds.stream().filter(seenParents::add).toList();
            if (fresh.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return Multi.createFrom()
                    .iterable(fresh)
                    .onItem()
                    .transformToUni(this::listChildren)
                    .merge(parentConcurrency)
                    .collect()
                    .asList()
                    .chain(children -> walkLevel(record(fresh, children)));
        }

        /** Appends the children in parent order, whatever order the calls finished in; returns the child OU ids. */
        private List<String> record(List<String> parentIds, List<Children> children) {
            List<String> next = new ArrayList<>();
            for (String parentId : parentIds) {
                Children found = children.stream()
                        .filter(candidate -> candidate.parentId().equals(parentId))
                        .findFirst()
                        .orElseThrow();
                units.addAll(found.units());
                accounts.addAll(found.accounts());
                found.units().forEach(unit -> next.add(unit.id()));
            }
            return next;
        }

        private Uni<Children> listChildren(String parentId) {
            Uni<List<OrganizationalUnit>> childUnits = listAll(
                            OrganizationsOperation.LIST_ORGANIZATIONAL_UNITS_FOR_PARENT,
                            "ListOrganizationalUnitsForParent(" + parentId + ")",
                            token ->
                                    organizations.listOrganizationalUnitsForParent(request -> request.parentId(parentId)
                                            .maxResults(pageSize)
                                            .nextToken(token)),
                            ListOrganizationalUnitsForParentResponse::organizationalUnits,
                            ListOrganizationalUnitsForParentResponse::nextToken)
                    .map(found -> found.stream()
                            .map(unit -> new OrganizationalUnit(unit.id(), unit.name(), parentId))
                            .toList());
            Uni<List<Account>> childAccounts = listAll(
                            OrganizationsOperation.LIST_ACCOUNTS_FOR_PARENT,
                            "ListAccountsForParent(" + parentId + ")",
                            token -> organizations.listAccountsForParent(request -> request.parentId(parentId)
                                    .maxResults(pageSize)
                                    .nextToken(token)),
                            ListAccountsForParentResponse::accounts,
                            ListAccountsForParentResponse::nextToken)
                    .map(found -> found.stream()
                            .map(account -> toAccount(account, parentId))
                            .toList());
            return Uni.combine()
                    .all()
                    .unis(childUnits, childAccounts)
                    .with((unitList, accountList) -> new Children(parentId, unitList, accountList));
        }

        private <R, T> Uni<List<T>> listAll(
                OrganizationsOperation operation,
                String callName,
                Function<String, CompletableFuture<R>> fetch,
                Function<R, List<T>> items,
                Function<R, String> nextToken) {
            return nextPage(operation, callName, fetch, items, nextToken, null, new ArrayList<>(), 1);
        }

        private <R, T> Uni<List<T>> nextPage(
                OrganizationsOperation operation,
                String callName,
                Function<String, CompletableFuture<R>> fetch,
                Function<R, List<T>> items,
                Function<R, String> nextToken,
                String token,
                List<T> collected,
                int page) {
            return call(operation, callName, () -> fetch.apply(token)).chain(response -> {
                collected.addAll(items.apply(response));
                String next = nextToken.apply(response);
                if (next == null || next.isEmpty()) {
                    return Uni.createFrom().item(collected);
                }
                if (page >= MAX_PAGES) {
                    return Uni.createFrom()
                            .failure(new WalkFailedException(
                                    callName, "TooManyPages", "still returned a NextToken after " + page + " pages"));
                }
                return nextPage(operation, callName, fetch, items, nextToken, next, collected, page + 1);
            });
        }

        /** Waits for a token of the operation's rate limit, then makes the call. */
        private <R> Uni<R> call(
                OrganizationsOperation operation, String callName, Supplier<CompletableFuture<R>> call) {
            return Uni.createFrom()
                    .completionStage(() -> limits.acquire(operation))
                    .chain(() -> Uni.createFrom().completionStage(call))
                    .onFailure()
                    .transform(failure -> failure(callNameFor(callName, failure), failure));
        }

        /** Returns AssumeRole as the failed call when STS refused to renew the role session during the call. */
        private String callNameFor(String callName, Throwable failure) {
            boolean stsRefused = AwsErrors.serviceException(failure)
                    .filter(StsException.class::isInstance)
                    .isPresent();
            if (stsRefused && provider instanceof AssumeRoleCredentialsProvider role) {
                return assumeRoleCall(role);
            }
            return callName;
        }
    }

    private record Children(String parentId, List<OrganizationalUnit> units, List<Account> accounts) {}

    private static Organization toOrganization(DescribeOrganizationResponse response) {
        var organization = response.organization();
        return new Organization(
                organization.id(), organization.arn(), partitionOf(organization.arn()), organization.masterAccountId());
    }

    /** Returns the partition of an ARN ({@code aws}, {@code aws-us-gov}, {@code aws-cn}). */
    static String partitionOf(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 3);
        if (parts.length < 3 || !"arn".equals(parts[0]) || parts[1].isEmpty()) {
            throw new WalkFailedException(
                    "DescribeOrganization", "InvalidArn", "organization ARN '" + arn + "' has no partition");
        }
        return parts[1];
    }

    private static Account toAccount(
            software.amazon.awssdk.services.organizations.model.Account account, String parentId) {
        return new Account(
                account.id(),
                account.name(),
                account.email(),
                account.stateAsString(),
                parentId,
                account.arn(),
                account.joinedMethodAsString(),
                account.joinedTimestamp(),
                null);
    }
}
