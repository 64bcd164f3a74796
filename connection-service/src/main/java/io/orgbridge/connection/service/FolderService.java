package io.orgbridge.connection.service;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.orgbridge.connection.entity.FolderEntity;
import io.orgbridge.connection.repository.FolderRepository;
import io.orgbridge.connection.repository.IntegrationReplicaRepository;
import io.orgbridge.events.EventTypes;
import io.orgbridge.platform.rest.Page;
import io.orgbridge.platform.rest.PageRequest;
import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.security.Scope;

/** Reads connection folders for the API and applies the one change users may make: the title. */
@ApplicationScoped
public class FolderService {

    public static final int MAX_TITLE_LENGTH = 255;

    private final ScopeService scopes;
    private final FolderRepository folders;
    private final IntegrationReplicaRepository integrations;
    private final ConnectionEventPublisher publisher;
    private final Clock clock;

    public FolderService(
            ScopeService scopes,
            FolderRepository folders,
            IntegrationReplicaRepository integrations,
            ConnectionEventPublisher publisher,
            Clock clock) {
        this.scopes = scopes;
        this.folders = folders;
        this.integrations = integrations;
        this.publisher = publisher;
        this.clock = clock;
    }

    @WithSession
    public Uni<Page<FolderDetails>> list(Scope scope, String integrationId, PageRequest page) {
        return scopes.scopeId(scope).chain(scopeId -> {
            if (scopeId == null) {
                return Uni.createFrom().item(page.page(List.<FolderDetails>of()));
            }
            return folders.page(scopeId, integrationId, page.offset(), page.fetchSize())
                    .chain(found -> details(scopeId, found))
                    .map(page::page);
        });
    }

    @WithSession
    public Uni<FolderDetails> get(Scope scope, String folderId) {
        return find(scope, folderId)
                .chain(folder -> details(folder.scopeId, List.of(folder)))
                .map(found -> found.get(0));
    }

    /**
     * Sets a folder's title by hand; the title then stays through later syncs. Publishes
     * {@code folder.updated} when the title changed.
     *
     * @param expectedVersion the {@code If-Match} version, or null to skip the check
     */
    @WithTransaction
    public Uni<FolderDetails> retitle(
            Scope scope, String folderId, String title, Long expectedVersion, String callerId) {
        String trimmed = validTitle(title);
        return find(scope, folderId)
                .chain(folder -> integrations
                        .findForUpdate(folder.integrationId)
                        .chain(() -> Panache.getSession().chain(session -> session.refresh(folder)))
                        .chain(() -> applyTitle(folder, trimmed, expectedVersion, callerId)))
                .chain(folder -> details(folder.scopeId, List.of(folder)))
                .map(found -> found.get(0));
    }

    /** Rejects the deletion of a folder an integration manages (every folder here is). */
    @WithSession
    public Uni<Void> delete(Scope scope, String folderId) {
        return find(scope, folderId).chain(folder -> scopes.integrationHandles(Set.of(folder.integrationId))
                .map(handles -> {
                    throw ProblemException.conflict("folder " + folder.id + " (" + folder.title
                            + ") is managed by integration " + handles.get(folder.integrationId)
                            + "; it goes away when its organizational unit does or the integration is deleted");
                }));
    }

    private Uni<FolderEntity> applyTitle(FolderEntity folder, String title, Long expectedVersion, String callerId) {
        Versions.check("folder " + folder.id, folder.versionId, expectedVersion);
        boolean changed = !title.equals(folder.title) || !IntegrationFolders.TITLE_STATIC.equals(folder.titleMode);
        if (!changed) {
            return Uni.createFrom().item(folder);
        }
        folder.title = title;
        folder.titleMode = IntegrationFolders.TITLE_STATIC;
        folder.updatedById = callerId;
        folder.touch(clock.instant());
        Log.infof("Folder %s retitled by hand", folder.id);
        return publisher.folder(EventTypes.FOLDER_UPDATED, folder).replaceWith(folder);
    }

    /**
     * Checks a title: no control characters (Unicode category Cc, line breaks included), nothing
     * PostgreSQL cannot store, and 1-255 characters, counted in code points, once stripped.
     */
    private static String validTitle(String title) {
        String value = title == null ? "" : title;
        rejectControlCharacters(value);
        if (!PostgresText.isStorable(value)) {
            throw ProblemException.invalidField(
                    "body.title", "title contains an unpaired UTF-16 surrogate; send valid Unicode text");
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > MAX_TITLE_LENGTH) {
            throw ProblemException.invalidField(
                    "body.title", "title must be 1-" + MAX_TITLE_LENGTH + " characters and not blank");
        }
        return trimmed;
    }

    private static void rejectControlCharacters(String value) {
        int[] codePoints = value.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            if (Character.getType(codePoints[i]) == Character.CONTROL) {
                throw ProblemException.invalidField(
                        "body.title",
                        String.format(
                                "title contains the control character U+%04X at position %d; a title is one line"
                                        + " of text without control characters",
                                codePoints[i], i + 1));
            }
        }
    }

    private Uni<FolderEntity> find(Scope scope, String folderId) {
        return scopes.scopeId(scope)
                .chain(scopeId ->
                        scopeId == null ? Uni.createFrom().nullItem() : folders.findInScope(scopeId, folderId))
                .map(folder -> {
                    if (folder == null) {
                        throw ProblemException.notFound("connection folder " + folderId + " not found in " + scope);
                    }
                    return folder;
                });
    }

    private Uni<List<FolderDetails>> details(String scopeId, List<FolderEntity> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<String> integrationIds = found.stream().map(f -> f.integrationId).collect(Collectors.toSet());
        return folders.listByScope(
                        scopeId,
                        integrationIds.size() == 1 ? integrationIds.iterator().next() : null)
                .chain(scopeFolders -> scopes.integrationHandles(integrationIds).map(handles -> {
                    Trunks trunks = new Trunks(scopeFolders);
                    return found.stream()
                            .map(folder -> new FolderDetails(
                                    folder, trunks.ancestors(folder.parentId), handles.get(folder.integrationId)))
                            .toList();
                }));
    }
}
