package io.orgbridge.integration.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.orgbridge.events.integration.PermissionSettings;
import io.orgbridge.integration.api.CreateIntegrationRequest;
import io.orgbridge.integration.api.IntegrationCommandRequest;
import io.orgbridge.integration.api.IntegrationCommandResponse;
import io.orgbridge.integration.api.UpdateIntegrationRequest;
import io.orgbridge.integration.entity.IntegrationEntity;
import io.orgbridge.integration.repository.IntegrationRepository;
import io.orgbridge.platform.id.Ids;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.rest.PageRequest;
import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.rest.ValidationError;
import io.orgbridge.platform.security.Access;
import io.orgbridge.platform.security.Scope;

/**
 * Creates, reads, changes and deletes integrations of an org or a custom tenant. Every change
 * writes its event into the outbox in the same transaction.
 */
@ApplicationScoped
public class IntegrationService {

    private static final String CREATE_FIELDS = "handle, type, config, permissions";
    private static final String UPDATE_FIELDS = "handle, state, config, permissions";
    private static final String CREATE_EXAMPLE = "{\"handle\": \"acme-aws\", \"type\": \"aws\", \"config\": {...}}";
    private static final String UPDATE_EXAMPLE = "{\"config\": {\"regions\": [\"us-*\"]}}";
    private static final String COMMAND_EXAMPLE = "{\"command\": \"refresh\"}";

    private final Access access;
    private final OwnerResolver owners;
    private final IntegrationRepository repository;
    private final IntegrationEvents events;
    private final SecretCipher cipher;
    private final Clock clock;

    public IntegrationService(
            Access access,
            OwnerResolver owners,
            IntegrationRepository repository,
            IntegrationEvents events,
            SecretCipher cipher,
            Clock clock) {
        this.access = access;
        this.owners = owners;
        this.repository = repository;
        this.events = events;
        this.cipher = cipher;
        this.clock = clock;
    }

    public Uni<Page<IntegrationEntity>> list(Scope scope, PageRequest page) {
        access.requireMember(scope);
        return owners.resolve(scope)
                .chain(owner -> Panache.withSession(() -> repository.listLive(owner, page.offset(), page.fetchSize())))
                .map(page::page);
    }

    /** Checks that the caller is a member of the scope and that the org or tenant exists. */
    public Uni<IntegrationOwner> requireMember(Scope scope) {
        access.requireMember(scope);
        return owners.resolve(scope);
    }

    /** Checks that the caller is an owner of the scope and that the org or tenant exists. */
    public Uni<IntegrationOwner> requireOwner(Scope scope) {
        access.requireOwner(scope);
        return owners.resolve(scope);
    }

    public Uni<IntegrationEntity> get(Scope scope, String handle) {
        access.requireMember(scope);
        return owners.resolve(scope).chain(owner -> Panache.withSession(() -> repository.findLive(owner, handle))
                .map(found -> requireFound(found, owner, handle)));
    }

    /**
     * Creates an integration. The body is read once the owner is known, because external IDs must
     * start with the owner's id.
     */
    public Uni<IntegrationEntity> create(Scope scope, String body) {
        access.requireOwner(scope);
        CreateIntegrationRequest request = RequestBodies.read(body, CreateIntegrationRequest.class, CREATE_EXAMPLE);
        return owners.resolve(scope)
                .map(owner -> readCreate(owner, request))
                .invoke(input -> PlanPolicy.requireIntegrations(input.owner()))
                .chain(input -> Panache.withTransaction(() -> insert(input)));
    }

    public Uni<IntegrationEntity> update(Scope scope, String handle, String ifMatch, String body) {
        access.requireOwner(scope);
        OptionalLong expectedVersion = RequestChecks.parseIfMatch(ifMatch);
        UpdateIntegrationRequest request = RequestBodies.read(body, UpdateIntegrationRequest.class, UPDATE_EXAMPLE);
        if (request == null) {
            throw ProblemException.invalidField(
                    "body", "a JSON body with the fields to change is required, such as " + UPDATE_EXAMPLE);
        }
        List<ValidationError> errors = new ValidationErrorList();
        RequestChecks.rejectUnknownFields(request.unknownFields(), UPDATE_FIELDS, errors);
        String newHandle = RequestChecks.checkHandle(request.handle, false, errors);
        String newState = RequestChecks.checkState(request.state, errors);
        Change change = new Change(newHandle, newState, request.config, request.permissions, errors);
        return owners.resolve(scope)
                .chain(owner -> Panache.withTransaction(() -> repository
                        .lockHandles(owner)
                        .chain(() -> findForUpdate(owner, handle))
                        .invoke(integration -> RequestChecks.checkVersion(expectedVersion, integration))
                        .chain(integration -> applyUpdate(owner, integration, change))));
    }

    public Uni<IntegrationEntity> delete(Scope scope, String handle, String confirm, String ifMatch) {
        access.requireOwner(scope);
        OptionalLong expectedVersion = RequestChecks.parseIfMatch(ifMatch);
        requireConfirmation(handle, confirm);
        return owners.resolve(scope)
                .chain(owner -> Panache.withTransaction(() -> findForUpdate(owner, handle)
                        .invoke(integration -> RequestChecks.checkVersion(expectedVersion, integration))
                        .chain(this::markDeleted)));
    }

    public Uni<IntegrationCommandResponse> command(Scope scope, String handle, String body) {
        access.requireOwner(scope);
        IntegrationCommandRequest request = RequestBodies.read(body, IntegrationCommandRequest.class, COMMAND_EXAMPLE);
        if (request == null) {
            throw ProblemException.invalidField("body", "a JSON body such as " + COMMAND_EXAMPLE + " is required");
        }
        List<ValidationError> errors = new ValidationErrorList();
        RequestChecks.rejectUnknownFields(request.unknownFields(), "command", errors);
        RequestChecks.checkCommand(request.command, errors);
        RequestChecks.throwIfAny(errors);
        return owners.resolve(scope)
                .chain(owner -> Panache.withTransaction(
                        () -> findForUpdate(owner, handle).chain(this::requestRefresh)))
                .replaceWith(new IntegrationCommandResponse(IntegrationCommandRequest.REFRESH));
    }

    /** Returns the stored configuration, without the secret access key. */
    public static AwsIntegrationConfig configOf(IntegrationEntity integration) {
        return new AwsIntegrationConfig(
                integration.discoveryMode,
                integration.discoveryRoleArn,
                integration.discoveryExternalId,
                integration.discoveryAccessKey,
                null,
                integration.handlePrefix,
                integration.roleName,
                integration.externalId,
                integration.regions,
                integration.defaultRegion,
                integration.maxErrorRetryAttempts,
                integration.minErrorRetryDelay,
                integration.ignoreErrorCodes);
    }

    private record NewIntegration(
            IntegrationOwner owner, String handle, AwsIntegrationConfig config, PermissionSettings permissions) {}

    /** The requested changes of a PATCH, with the errors found before the integration was loaded. */
    private record Change(
            String handle, String state, JsonNode config, JsonNode permissions, List<ValidationError> errors) {}

    private static NewIntegration readCreate(IntegrationOwner owner, CreateIntegrationRequest request) {
        if (request == null) {
            throw ProblemException.invalidField(
                    "body", "a JSON body with handle, type and config is required, such as " + CREATE_EXAMPLE);
        }
        List<ValidationError> errors = new ValidationErrorList();
        RequestChecks.rejectUnknownFields(request.unknownFields(), CREATE_FIELDS, errors);
        String handle = RequestChecks.checkHandle(request.handle, true, errors);
        RequestChecks.checkType(request.type, true, errors);
        AwsIntegrationConfig config = AwsConfigReader.readNew(request.config, ExternalIdRule.of(owner), errors);
        PermissionSettings permissions = PermissionsReader.read(request.permissions, PermissionsReader.DEFAULT, errors);
        RequestChecks.throwIfAny(errors);
        return new NewIntegration(owner, handle, config, permissions);
    }

    private Uni<IntegrationEntity> insert(NewIntegration input) {
        IntegrationOwner owner = input.owner();
        IntegrationEntity integration = newEntity(owner, input);
        return repository
                .lockHandles(owner)
                .chain(() -> requireHandleFree(owner, input.handle(), null))
                .chain(() -> repository.persist(integration))
                .call(events::created)
                .invoke(created ->
                        Log.infof("Created integration %s (%s) in %s", created.id, created.handle, owner.scope()));
    }

    private IntegrationEntity newEntity(IntegrationOwner owner, NewIntegration input) {
        Instant now = now();
        IntegrationEntity integration = new IntegrationEntity();
        integration.id = Ids.newId(Ids.INTEGRATION);
        integration.handle = input.handle();
        integration.type = IntegrationEntity.TYPE_AWS;
        integration.state = IntegrationEntity.STATE_PENDING;
        integration.versionId = 1;
        integration.discoveryVersion = 1;
        integration.createdAt = now;
        integration.createdById = access.callerId();
        integration.updatedAt = now;
        integration.updatedById = integration.createdById;
        setOwner(integration, owner);
        applyConfig(integration, input.config());
        applyPermissions(integration, input.permissions());
        return integration;
    }

    private Uni<IntegrationEntity> applyUpdate(IntegrationOwner owner, IntegrationEntity integration, Change change) {
        List<ValidationError> errors = change.errors();
        AwsIntegrationConfig current = configOf(integration);
        AwsIntegrationConfig config = AwsConfigReader.readUpdate(
                current, integration.discoverySecretSealed != null, change.config(), ExternalIdRule.of(owner), errors);
        PermissionSettings permissions =
                PermissionsReader.read(change.permissions(), permissionsOf(integration), errors);
        RequestChecks.throwIfAny(errors);

        String newHandle = change.handle() == null ? integration.handle : change.handle();
        String newState = nextState(integration.state, change.state());
        boolean discoveryChanged = current.discoveryDiffers(config);
        boolean changed = discoveryChanged
                || !newHandle.equals(integration.handle)
                || !newState.equals(integration.state)
                || !current.equals(withoutSecret(config))
                || !permissions.equals(permissionsOf(integration));
        if (!changed) {
            return Uni.createFrom().item(integration);
        }
        Uni<Void> handleCheck = newHandle.equals(integration.handle)
                ? Uni.createFrom().voidItem()
                : requireHandleFree(owner, newHandle, integration.id);
        return handleCheck
                .invoke(() ->
                        writeUpdate(owner, integration, newHandle, newState, config, permissions, discoveryChanged))
                .replaceWith(integration)
                .call(events::updated);
    }

    private void writeUpdate(
            IntegrationOwner owner,
            IntegrationEntity integration,
            String handle,
            String state,
            AwsIntegrationConfig config,
            PermissionSettings permissions,
            boolean discoveryChanged) {
        integration.versionId++;
        integration.handle = handle;
        integration.state = state;
        if (discoveryChanged) {
            integration.discoveryVersion = integration.versionId;
            if (!IntegrationEntity.STATE_DISABLED.equals(state)) {
                integration.state = IntegrationEntity.STATE_PENDING;
                integration.stateReason = null;
            }
        }
        setOwner(integration, owner);
        applyConfig(integration, config);
        applyPermissions(integration, permissions);
        integration.updatedAt = now();
        integration.updatedById = access.callerId();
    }

    /** Enabling a disabled integration makes it pending until discovery reports again. */
    private static String nextState(String current, String requested) {
        if (requested == null || requested.equals(current)) {
            return current;
        }
        if (IntegrationEntity.STATE_DISABLED.equals(requested)) {
            return IntegrationEntity.STATE_DISABLED;
        }
        return IntegrationEntity.STATE_DISABLED.equals(current) ? IntegrationEntity.STATE_PENDING : current;
    }

    private Uni<IntegrationEntity> markDeleted(IntegrationEntity integration) {
        Instant now = now();
        integration.versionId++;
        integration.deletedAt = now;
        integration.deletedById = access.callerId();
        integration.updatedAt = now;
        integration.updatedById = integration.deletedById;
        integration.discoverySecretSealed = null;
        return events.deleted(integration)
                .replaceWith(integration)
                .invoke(deleted -> Log.infof("Deleted integration %s (%s)", deleted.id, deleted.handle));
    }

    private Uni<IntegrationEntity> requestRefresh(IntegrationEntity integration) {
        if (IntegrationEntity.STATE_DISABLED.equals(integration.state)) {
            throw ProblemException.conflict("integration " + integration.handle
                    + " is disabled; set its state to enabled before requesting a refresh");
        }
        return events.refreshRequested(integration, access.callerId()).replaceWith(integration);
    }

    private Uni<IntegrationEntity> findForUpdate(IntegrationOwner owner, String handle) {
        return repository.findLiveForUpdate(owner, handle).map(found -> requireFound(found, owner, handle));
    }

    static IntegrationEntity requireFound(IntegrationEntity found, IntegrationOwner owner, String handle) {
        if (found == null) {
            throw ProblemException.notFound(
                    "integration " + MessageValues.cut(handle) + " not found in " + owner.scope());
        }
        return found;
    }

    private Uni<Void> requireHandleFree(IntegrationOwner owner, String handle, String excludeId) {
        return repository
                .findHandleConflict(owner, handle, excludeId)
                .invoke(conflict -> {
                    if (conflict != null) {
                        throw ProblemException.conflict(HandleConflicts.describe(owner, handle, conflict));
                    }
                })
                .replaceWithVoid();
    }

    private static void requireConfirmation(String handle, String confirm) {
        if (!handle.equals(confirm)) {
            String problem =
                    confirm == null ? "is missing" : MessageValues.quote(confirm) + " does not match the handle";
            throw ProblemException.invalidField(
                    "query.confirm",
                    "deleting an integration removes all its folders and connections; confirm by" + " sending ?confirm="
                            + handle + " (the confirmation " + problem + ")");
        }
    }

    private void applyConfig(IntegrationEntity integration, AwsIntegrationConfig config) {
        integration.discoveryMode = config.discoveryMode();
        integration.discoveryRoleArn = config.discoveryRoleArn();
        integration.discoveryExternalId = config.discoveryExternalId();
        integration.discoveryAccessKey = config.discoveryAccessKey();
        if (!AwsIntegrationConfig.MODE_ACCESS_KEY.equals(config.discoveryMode())) {
            integration.discoverySecretSealed = null;
        } else if (config.discoverySecretKey() != null) {
            integration.discoverySecretSealed = cipher.sealForStorage(config.discoverySecretKey(), integration.id);
        }
        integration.handlePrefix = config.handlePrefix();
        integration.roleName = config.roleName();
        integration.externalId = config.externalId();
        integration.regions = config.regions();
        integration.defaultRegion = config.defaultRegion();
        integration.maxErrorRetryAttempts = config.maxErrorRetryAttempts();
        integration.minErrorRetryDelay = config.minErrorRetryDelay();
        integration.ignoreErrorCodes = config.ignoreErrorCodes();
    }

    private static void applyPermissions(IntegrationEntity integration, PermissionSettings permissions) {
        integration.permissionsMode = permissions.mode();
        integration.permissionsWorkspaces = permissions.workspaces();
    }

    private static PermissionSettings permissionsOf(IntegrationEntity integration) {
        return new PermissionSettings(integration.permissionsMode, integration.permissionsWorkspaces);
    }

    private static void setOwner(IntegrationEntity integration, IntegrationOwner owner) {
        integration.tenantId = owner.tenantId();
        integration.tenantHandle = owner.tenantHandle();
        integration.orgId = owner.orgId();
        integration.orgHandle = owner.orgHandle();
    }

    private static AwsIntegrationConfig withoutSecret(AwsIntegrationConfig config) {
        return new AwsIntegrationConfig(
                config.discoveryMode(),
                config.discoveryRoleArn(),
                config.discoveryExternalId(),
                config.discoveryAccessKey(),
                null,
                config.handlePrefix(),
                config.roleName(),
                config.externalId(),
                config.regions(),
                config.defaultRegion(),
                config.maxErrorRetryAttempts(),
                config.minErrorRetryDelay(),
                config.ignoreErrorCodes());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
