package io.orgbridge.awssim;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The mutable organization tree that Organizations and Account Management calls read and change.
 * Every method that touches the tree is synchronized, so concurrent callers see one consistent tree.
 * Lists keep fixture order and append new items at the end.
 */
final class OrganizationState {

    static final String CHILD_TYPE_ACCOUNT = "ACCOUNT";
    static final String CHILD_TYPE_ORGANIZATIONAL_UNIT = "ORGANIZATIONAL_UNIT";
    static final String PARENT_TYPE_ROOT = "ROOT";

    private static final String LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Fixture.OrganizationSpec organization;
    private final Clock clock;
    private final Duration createAccountDelay;
    private final Duration closeAccountDelay;
    private final Random random = new SecureRandom();
    private final Container root;
    private final Map<String, Container> units = new LinkedHashMap<>();
    private final Map<String, AccountEntry> accounts = new LinkedHashMap<>();
    private final Map<String, CreateAccountRequest> createRequests = new LinkedHashMap<>();
    private final Map<String, Instant> pendingClosures = new LinkedHashMap<>();

    OrganizationState(Fixture fixture, Clock clock, Duration createAccountDelay, Duration closeAccountDelay) {
        this.organization = fixture.organization();
        this.clock = clock;
        this.createAccountDelay = createAccountDelay;
        this.closeAccountDelay = closeAccountDelay;
        this.root = new Container(fixture.root().id(), fixture.root().name(), null, 0);
        load(fixture.root(), root);
    }

    /** A snapshot of one account. */
    record Account(
            String id,
            String name,
            String email,
            AccountState state,
            String joinedMethod,
            Instant joinedTimestamp,
            String parentId) {}

    /** A snapshot of one OU. */
    record OrganizationalUnit(String id, String name, String parentId) {}

    /** A child of a root or OU, whose {@code type} is ACCOUNT or ORGANIZATIONAL_UNIT. */
    record Child(String id, String type) {}

    /** The parent of an account or OU, whose {@code type} is ROOT or ORGANIZATIONAL_UNIT. */
    record Parent(String id, String type) {}

    /** A snapshot of a CreateAccount request, whose {@code state} is IN_PROGRESS, SUCCEEDED or FAILED. */
    record CreateAccountStatus(
            String id,
            String accountName,
            String state,
            Instant requestedTimestamp,
            Instant completedTimestamp,
            String accountId,
            String failureReason) {}

    Fixture.OrganizationSpec organization() {
        return organization;
    }

    String rootId() {
        return root.id;
    }

    synchronized String rootName() {
        return root.name;
    }

    synchronized boolean isMember(String accountId) {
        settle();
        return accounts.containsKey(accountId);
    }

    synchronized Optional<AccountState> stateOf(String accountId) {
        settle();
        return Optional.ofNullable(accounts.get(accountId)).map(account -> account.state);
    }

    synchronized List<String> accountIds() {
        return List.copyOf(accounts.keySet());
    }

    synchronized List<Account> accounts() {
        settle();
        return accounts.values().stream().map(AccountEntry::snapshot).toList();
    }

    synchronized List<Account> accountsOf(String parentId) {
        settle();
        return parent(parentId, OrganizationsErrors::parentNotFound).accountIds.stream()
                .map(id -> accounts.get(id).snapshot())
                .toList();
    }

    synchronized List<OrganizationalUnit> organizationalUnitsOf(String parentId) {
        return parent(parentId, OrganizationsErrors::parentNotFound).unitIds.stream()
                .map(id -> units.get(id).snapshot())
                .toList();
    }

    synchronized List<Child> childrenOf(String parentId, String childType) {
        Container parent = parent(parentId, OrganizationsErrors::parentNotFound);
        List<String> ids = CHILD_TYPE_ACCOUNT.equals(childType) ? parent.accountIds : parent.unitIds;
        return ids.stream().map(id -> new Child(id, childType)).toList();
    }

    synchronized Parent parentOf(String childId) {
        String parentId;
        if (accounts.containsKey(childId)) {
            parentId = accounts.get(childId).parentId;
        } else if (units.containsKey(childId)) {
            parentId = units.get(childId).parentId;
        } else {
            throw OrganizationsErrors.childNotFound();
        }
        String type = root.id.equals(parentId) ? PARENT_TYPE_ROOT : CHILD_TYPE_ORGANIZATIONAL_UNIT;
        return new Parent(parentId, type);
    }

    synchronized Account account(String accountId) {
        settle();
        return existingAccount(accountId).snapshot();
    }

    synchronized OrganizationalUnit organizationalUnit(String unitId) {
        return existingUnit(unitId).snapshot();
    }

    synchronized Map<String, String> tagsOf(String resourceId) {
        return Map.copyOf(taggable(resourceId));
    }

    synchronized CreateAccountStatus createAccount(String name, String email, Map<String, String> tags) {
        settle();
        Instant now = clock.instant();
        String requestId = "car-" + randomText(LOWER_ALPHANUMERIC, 32);
        CreateAccountRequest request = new CreateAccountRequest(requestId, name, now, now.plus(createAccountDelay));
        createRequests.put(requestId, request);
        if (emailInUse(email)) {
            request.failureReason = "EMAIL_ALREADY_EXISTS";
        } else {
            AccountEntry account = new AccountEntry(newAccountId(), name, email, "CREATED", now, root.id);
            account.state = createAccountDelay.isZero() ? AccountState.ACTIVE : AccountState.PENDING_ACTIVATION;
            account.tags.putAll(tags);
            accounts.put(account.id, account);
            root.accountIds.add(account.id);
            request.accountId = account.id;
        }
        CreateAccountStatus inProgress = request.snapshot(false);
        settle();
        return inProgress;
    }

    synchronized CreateAccountStatus createAccountStatus(String requestId) {
        settle();
        CreateAccountRequest request = createRequests.get(requestId);
        if (request == null) {
            throw OrganizationsErrors.createAccountStatusNotFound();
        }
        return request.snapshot(!clock.instant().isBefore(request.completesAt));
    }

    synchronized void closeAccount(String accountId) {
        settle();
        AccountEntry account = existingAccount(accountId);
        if (accountId.equals(organization.managementAccountId())) {
            throw OrganizationsErrors.constraintViolation(
                    "CANNOT_CLOSE_MANAGEMENT_ACCOUNT", "You can't close the management account with CloseAccount.");
        }
        if (account.state == AccountState.CLOSED || account.state == AccountState.PENDING_CLOSURE) {
            throw OrganizationsErrors.accountAlreadyClosed();
        }
        account.state = AccountState.PENDING_CLOSURE;
        pendingClosures.put(accountId, clock.instant().plus(closeAccountDelay));
        settle();
    }

    synchronized void moveAccount(String accountId, String sourceParentId, String destinationParentId) {
        AccountEntry account = existingAccount(accountId);
        Container source = parent(sourceParentId, OrganizationsErrors::sourceParentNotFound);
        Container destination = parent(destinationParentId, OrganizationsErrors::destinationParentNotFound);
        if (!source.id.equals(account.parentId)) {
            throw OrganizationsErrors.accountNotFound();
        }
        if (source == destination) {
            throw OrganizationsErrors.duplicateAccount();
        }
        source.accountIds.remove(accountId);
        destination.accountIds.add(accountId);
        account.parentId = destination.id;
    }

    synchronized void removeAccount(String accountId) {
        AccountEntry account = existingAccount(accountId);
        if (accountId.equals(organization.managementAccountId())) {
            throw OrganizationsErrors.managementAccountCannotLeave();
        }
        container(account.parentId).accountIds.remove(accountId);
        accounts.remove(accountId);
        pendingClosures.remove(accountId);
    }

    synchronized OrganizationalUnit createOrganizationalUnit(String parentId, String name, Map<String, String> tags) {
        Container parent = parent(parentId, OrganizationsErrors::parentNotFound);
        if (parent.depth + 1 > FixtureValidator.MAX_OU_DEPTH) {
            throw OrganizationsErrors.constraintViolation(
                    "OU_DEPTH_LIMIT_EXCEEDED",
                    "You attempted to create an OU tree that is too many levels deep; the maximum is "
                            + FixtureValidator.MAX_OU_DEPTH + " levels below the root.");
        }
        requireUniqueName(parent, name, null);
        Container unit = new Container(newOrganizationalUnitId(), name, parent.id, parent.depth + 1);
        unit.tags.putAll(tags);
        units.put(unit.id, unit);
        parent.unitIds.add(unit.id);
        return unit.snapshot();
    }

    synchronized OrganizationalUnit renameOrganizationalUnit(String unitId, String name) {
        Container unit = existingUnit(unitId);
        requireUniqueName(container(unit.parentId), name, unit);
        unit.name = name;
        return unit.snapshot();
    }

    synchronized void deleteOrganizationalUnit(String unitId) {
        Container unit = existingUnit(unitId);
        if (!unit.accountIds.isEmpty() || !unit.unitIds.isEmpty()) {
            throw OrganizationsErrors.organizationalUnitNotEmpty();
        }
        container(unit.parentId).unitIds.remove(unitId);
        units.remove(unitId);
    }

    synchronized void tagResource(String resourceId, Map<String, String> tags) {
        Map<String, String> current = taggable(resourceId);
        Map<String, String> updated = new LinkedHashMap<>(current);
        updated.putAll(tags);
        if (updated.size() > FixtureValidator.MAX_TAGS_PER_RESOURCE) {
            throw OrganizationsErrors.constraintViolation(
                    "MAX_TAG_LIMIT_EXCEEDED",
                    "You have exceeded the maximum number of tags (" + FixtureValidator.MAX_TAGS_PER_RESOURCE
                            + ") allowed on this resource.");
        }
        current.putAll(tags);
    }

    synchronized void untagResource(String resourceId, Collection<String> keys) {
        taggable(resourceId).keySet().removeAll(keys);
    }

    /** Renames an account, as Account Management's PutAccountName does. */
    synchronized void renameAccount(String accountId, String name) {
        existingAccount(accountId).name = name;
    }

    /** Sets an account's state directly, for tests, because AWS has no API for this. */
    synchronized void setAccountState(String accountId, AccountState state) {
        settle();
        AccountEntry account = accounts.get(accountId);
        if (account == null) {
            throw new IllegalArgumentException("Account " + accountId + " is not in organization " + organization.id());
        }
        account.state = state;
        pendingClosures.remove(accountId);
    }

    private void load(Fixture.ParentSpec spec, Container container) {
        for (Fixture.AccountSpec accountSpec : spec.accounts()) {
            AccountEntry account = new AccountEntry(
                    accountSpec.id(),
                    accountSpec.name(),
                    accountSpec.email(),
                    accountSpec.joinedMethod(),
                    OffsetDateTime.parse(accountSpec.joinedTimestamp()).toInstant(),
                    container.id);
            account.state = AccountState.valueOf(accountSpec.state());
            account.tags.putAll(accountSpec.tags());
            accounts.put(account.id, account);
            container.accountIds.add(account.id);
        }
        for (Fixture.ParentSpec unitSpec : spec.organizationalUnits()) {
            Container unit = new Container(unitSpec.id(), unitSpec.name(), container.id, container.depth + 1);
            units.put(unit.id, unit);
            container.unitIds.add(unit.id);
            load(unitSpec, unit);
        }
    }

    /** Completes account creations and closures whose delay has passed. */
    private void settle() {
        Instant now = clock.instant();
        for (CreateAccountRequest request : createRequests.values()) {
            AccountEntry account = request.accountId == null ? null : accounts.get(request.accountId);
            if (account != null
                    && account.state == AccountState.PENDING_ACTIVATION
                    && !now.isBefore(request.completesAt)) {
                account.state = AccountState.ACTIVE;
            }
        }
        pendingClosures.entrySet().removeIf(closure -> {
            if (now.isBefore(closure.getValue())) {
                return false;
            }
            AccountEntry account = accounts.get(closure.getKey());
            if (account != null && account.state == AccountState.PENDING_CLOSURE) {
                account.state = AccountState.CLOSED;
            }
            return true;
        });
    }

    private Container parent(String parentId, Supplier<ServiceError> notFound) {
        if (root.id.equals(parentId)) {
            return root;
        }
        Container unit = units.get(parentId);
        if (unit == null) {
            throw notFound.get();
        }
        return unit;
    }

    private Container container(String id) {
        return root.id.equals(id) ? root : units.get(id);
    }

    private AccountEntry existingAccount(String accountId) {
        AccountEntry account = accounts.get(accountId);
        if (account == null) {
            throw OrganizationsErrors.accountNotFound();
        }
        return account;
    }

    private Container existingUnit(String unitId) {
        Container unit = units.get(unitId);
        if (unit == null) {
            throw OrganizationsErrors.organizationalUnitNotFound();
        }
        return unit;
    }

    private Map<String, String> taggable(String resourceId) {
        if (accounts.containsKey(resourceId)) {
            return accounts.get(resourceId).tags;
        }
        if (root.id.equals(resourceId)) {
            return root.tags;
        }
        if (units.containsKey(resourceId)) {
            return units.get(resourceId).tags;
        }
        throw OrganizationsErrors.targetNotFound();
    }

    private void requireUniqueName(Container parent, String name, Container renamed) {
        for (String siblingId : parent.unitIds) {
            Container sibling = units.get(siblingId);
            if (sibling != renamed && sibling.name.equals(name)) {
                throw OrganizationsErrors.duplicateOrganizationalUnit();
            }
        }
    }

    private boolean emailInUse(String email) {
        return accounts.values().stream().anyMatch(account -> account.email.equalsIgnoreCase(email));
    }

    private String newAccountId() {
        String id;
        do {
            id = randomText("0123456789", 12);
        } while (accounts.containsKey(id));
        return id;
    }

    private String newOrganizationalUnitId() {
        String rootSuffix = root.id.substring("r-".length());
        String id;
        do {
            id = "ou-" + rootSuffix + "-" + randomText(LOWER_ALPHANUMERIC, 8);
        } while (units.containsKey(id));
        return id;
    }

    private String randomText(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** The root or an OU. */
    private static final class Container {
        final String id;
        final String parentId;
        final int depth;
        final List<String> unitIds = new ArrayList<>();
        final List<String> accountIds = new ArrayList<>();
        final Map<String, String> tags = new LinkedHashMap<>();
        String name;

        Container(String id, String name, String parentId, int depth) {
            this.id = id;
            this.name = name;
            this.parentId = parentId;
            this.depth = depth;
        }

        OrganizationalUnit snapshot() {
            return new OrganizationalUnit(id, name, parentId);
        }
    }

    private static final class AccountEntry {
        final String id;
        final String email;
        final String joinedMethod;
        final Instant joinedTimestamp;
        final Map<String, String> tags = new LinkedHashMap<>();
        String name;
        String parentId;
        AccountState state;

        AccountEntry(
                String id, String name, String email, String joinedMethod, Instant joinedTimestamp, String parentId) {
            this.id = id;
            this.name = name;
            this.email = email;
            this.joinedMethod = joinedMethod;
            this.joinedTimestamp = joinedTimestamp;
            this.parentId = parentId;
        }

        Account snapshot() {
            return new Account(id, name, email, state, joinedMethod, joinedTimestamp, parentId);
        }
    }

    private static final class CreateAccountRequest {
        final String id;
        final String accountName;
        final Instant requestedAt;
        final Instant completesAt;
        String accountId;
        String failureReason;

        CreateAccountRequest(String id, String accountName, Instant requestedAt, Instant completesAt) {
            this.id = id;
            this.accountName = accountName;
            this.requestedAt = requestedAt;
            this.completesAt = completesAt;
        }

        CreateAccountStatus snapshot(boolean completed) {
            if (!completed) {
                return new CreateAccountStatus(id, accountName, "IN_PROGRESS", requestedAt, null, null, null);
            }
            String state = failureReason == null ? "SUCCEEDED" : "FAILED";
            return new CreateAccountStatus(id, accountName, state, requestedAt, completesAt, accountId, failureReason);
        }
    }
}
