package io.orgbridge.connection.messaging;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orgbridge.connection.support.Events;
import io.orgbridge.connection.support.ExpectedHandles;
import io.orgbridge.connection.support.Fixtures;
import io.orgbridge.connection.support.Integrations;
import io.orgbridge.connection.support.ServiceTestResources;
import io.orgbridge.connection.support.Snapshots;
import io.orgbridge.connection.support.TestDb;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.discovery.OrganizationSnapshot;
import io.orgbridge.events.discovery.OrganizationSnapshot.OrganizationalUnit;
import io.orgbridge.events.integration.IntegrationData;
import io.orgbridge.platform.id.Ids;

import static org.assertj.core.api.Assertions.assertThat;

/** Integration and discovery events applied through the consumers, against the real test database. */
@QuarkusTest
@TestProfile(ServiceTestResources.class)
class SnapshotFlowTest {

    private static final int FIRST_IMPORT_EVENTS = 1 + Snapshots.UNIT_COUNT + Snapshots.ACCOUNT_COUNT;
    private static final String PAYMENTS_PROD_EU = "200000012221";
    private static final String SECURITY = "ou-ex4m-00003039";
    private static final String EMPTY_OU = "ou-ex4m-00022286";

    @Inject
    IntegrationEventsConsumer integrationEvents;

    @Inject
    DiscoveryEventsConsumer discoveryEvents;

    private IntegrationData integration;
    private OrganizationSnapshot first;

    @BeforeEach
    void newIntegration() {
        String orgId = Ids.newId(Ids.ORG);
        integration = Integrations.orgIntegration(
                Ids.newId(Ids.INTEGRATION),
                "example-corp",
                "t_00000000000000000001",
                orgId,
                "acme-" + orgId,
                1,
                "aws_");
        first = Snapshots.exampleCorp(integration.id(), 1);
    }

    @Test
    void shouldCreateTopLevelFolderWhenIntegrationCreated() {
        // when
        consumeIntegration(Events.created(integration));

        // then
        var folders = TestDb.rows(
                "select title, parent_id, integration_root, scope_id, ou_id from connection_folder where integration_id = ?",
                integration.id());
        assertThat(folders).hasSize(1);
        assertThat(folders.get(0))
                .containsEntry("title", "example-corp")
                .containsEntry("parent_id", null)
                .containsEntry("integration_root", true)
                .containsEntry("scope_id", integration.orgId())
                .containsEntry("ou_id", null);
        assertThat(TestDb.outboxTypes(integration.id())).containsExactly(EventTypes.FOLDER_CREATED);
    }

    @Test
    void shouldImportOrganizationOnFirstSnapshot() {
        // given
        consumeIntegration(Events.created(integration));

        // when
        consumeDiscovery(Events.completed(first));

        // then
        assertThat(TestDb.count("select count(*) from connection_folder where integration_id = ?", integration.id()))
                .isEqualTo(Snapshots.UNIT_COUNT + 1);
        assertThat(handles()).isEqualTo(ExpectedHandles.EXAMPLE_CORP);
        List<String> types = TestDb.outboxTypes(integration.id());
        assertThat(types).hasSize(FIRST_IMPORT_EVENTS);
        assertThat(Collections.frequency(types, EventTypes.FOLDER_CREATED)).isEqualTo(Snapshots.UNIT_COUNT + 1);
        assertThat(Collections.frequency(types, EventTypes.CONNECTION_CREATED)).isEqualTo(Snapshots.ACCOUNT_COUNT);
        assertThat(lastAppliedRunSequence()).isEqualTo(1L);
    }

    @Test
    void shouldPublishEventsWithScopeAttributes() {
        // given
        consumeIntegration(Events.created(integration));

        // when
        consumeDiscovery(Events.completed(first));

        // then
        var event = TestDb.rows(
                        "select payload::jsonb as event from outbox_event where record_key = ?"
                                + " and payload::jsonb ->> 'type' = ? and payload::jsonb -> 'data' ->> 'account_id' = ?",
                        integration.id(),
                        EventTypes.CONNECTION_CREATED,
                        PAYMENTS_PROD_EU)
                .get(0)
                .get("event")
                .toString();
        assertThat(event)
                .contains("\"source\": \"/orgbridge/connection-service\"")
                .contains("\"tenantid\": \"t_00000000000000000001\"")
                .contains("\"orgid\": \"" + integration.orgId() + "\"")
                .contains("\"handle\": \"aws_payments_prod_eu\"")
                .contains("\"role_arn\": \"arn:aws:iam::200000012221:role/pipes_readonly\"")
                .contains("\"ou_path\": \"Root/Workloads/Prod\"");
    }

    @Test
    void shouldWriteNothingWhenSameSnapshotArrivesAgain() {
        // given
        consumeIntegration(Events.created(integration));
        consumeDiscovery(Events.completed(first));
        Map<String, String> rowVersions = TestDb.rowVersions(integration.id());
        Map<String, Long> versionIds = versionIds();
        long outboxRows = TestDb.count("select count(*) from outbox_event");

        // when: a later run finds the same organization, and the first event is delivered again
        consumeDiscovery(Events.completed(Snapshots.withRun(first, 2)));
        consumeDiscovery(Events.completed(first));

        // then
        assertThat(TestDb.rowVersions(integration.id())).isEqualTo(rowVersions);
        assertThat(versionIds()).isEqualTo(versionIds);
        assertThat(TestDb.outboxTypes(integration.id())).hasSize(FIRST_IMPORT_EVENTS);
        assertThat(TestDb.count(
                        "select count(*) from inbox_event where event_type = ?", EventTypes.DISCOVERY_COMPLETED))
                .isZero();
        assertThat(lastAppliedRunSequence()).isEqualTo(1L);
        assertThat(TestDb.count("select count(*) from outbox_event")).isGreaterThanOrEqualTo(outboxRows);
    }

    @Test
    void shouldChangeHandleWhenAccountRenamed() {
        // given
        consumeIntegration(Events.created(integration));
        consumeDiscovery(Events.completed(first));
        OrganizationSnapshot renamed = Snapshots.editAccount(
                Snapshots.withRun(first, 2), PAYMENTS_PROD_EU, a -> Snapshots.renamed(a, "Payments Europe"));

        // when
        consumeDiscovery(Events.completed(renamed));

        // then
        assertThat(handles()).containsEntry(PAYMENTS_PROD_EU, "aws_payments_europe");
        assertThat(versionIds().get(PAYMENTS_PROD_EU)).isEqualTo(2L);
        List<String> types = TestDb.outboxTypes(integration.id());
        assertThat(types).hasSize(FIRST_IMPORT_EVENTS + 1);
        assertThat(types.get(types.size() - 1)).isEqualTo(EventTypes.CONNECTION_UPDATED);
        assertThat(lastAppliedRunSequence()).isEqualTo(2L);
    }

    @Test
    void shouldIgnoreOlderRunSequence() {
        // given
        consumeIntegration(Events.created(integration));
        consumeDiscovery(Events.completed(Snapshots.withRun(first, 5)));
        OrganizationSnapshot older = Snapshots.removeAccount(Snapshots.withRun(first, 4), PAYMENTS_PROD_EU);

        // when
        consumeDiscovery(Events.completed(older));

        // then
        assertThat(handles()).containsKey(PAYMENTS_PROD_EU);
        assertThat(TestDb.outboxTypes(integration.id())).hasSize(FIRST_IMPORT_EVENTS);
        assertThat(lastAppliedRunSequence()).isEqualTo(5L);
    }

    @Test
    void shouldDisableSuspendedAccountAndDeleteDepartedOne() {
        // given
        consumeIntegration(Events.created(integration));
        consumeDiscovery(Events.completed(first));
        OrganizationSnapshot next = Snapshots.removeAccount(
                Snapshots.editAccount(
                        Snapshots.withRun(first, 2), PAYMENTS_PROD_EU, a -> Snapshots.inState(a, "SUSPENDED")),
                "200000043329");

        // when
        consumeDiscovery(Events.completed(next));

        // then
        var row = TestDb.rows(
                        "select status, status_reason from connection where integration_id = ? and account_id = ?",
                        integration.id(),
                        PAYMENTS_PROD_EU)
                .get(0);
        assertThat(row)
                .containsEntry("status", "disabled")
                .containsEntry("status_reason", "account state is SUSPENDED");
        assertThat(handles()).doesNotContainKey("200000043329");
        List<String> types = TestDb.outboxTypes(integration.id());
        assertThat(types.subList(FIRST_IMPORT_EVENTS, types.size()))
                .containsExactly(EventTypes.CONNECTION_UPDATED, EventTypes.CONNECTION_DELETED);
    }

    @Test
    void shouldDisableManagementAccountWithRoleReason() {
        // given
        consumeIntegration(Events.created(integration));

        // when
        consumeDiscovery(Events.completed(first));

        // then
        var row = TestDb.rows(
                        "select status, status_reason, parent_id from connection where integration_id = ? and account_id = ?",
                        integration.id(),
                        Snapshots.MANAGEMENT_ACCOUNT)
                .get(0);
        assertThat(row.get("status")).isEqualTo("disabled");
        assertThat((String) row.get("status_reason"))
                .startsWith("role arn:aws:iam::111111111111:role/pipes_readonly could not be assumed: ");
    }

    @Test
    void shouldRegenerateHandlesOnPrefixChange() {
        // given
        consumeIntegration(Events.created(integration));
        consumeDiscovery(Events.completed(first));
        TestDb.update(
                "update connection set handle = 'payments_eu', handle_mode = 'static' where integration_id = ? and account_id = ?",
                integration.id(),
                PAYMENTS_PROD_EU);
        IntegrationData renamed = Integrations.changed(
                integration, 2, "example-corp", Integrations.settings("acme_", Integrations.ROLE_NAME, List.of("*")));

        // when
        consumeIntegration(Events.updated(renamed));

        // then
        Map<String, String> handles = handles();
        assertThat(handles).containsEntry(PAYMENTS_PROD_EU, "payments_eu");
        assertThat(handles).containsEntry("200000022220", "acme_development");
        assertThat(handles).containsEntry("200000023331", "acme_development_200000023331");
        assertThat(handles).containsEntry("200000035552", "acme_2024_hackathon");
        assertThat(TestDb.rows(
                                "select handle_dynamic from connection where integration_id = ? and account_id = ?",
                                integration.id(),
                                PAYMENTS_PROD_EU)
                        .get(0))
                .containsEntry("handle_dynamic", "acme_payments_prod_eu");
        List<String> types = TestDb.outboxTypes(integration.id());
        assertThat(types.subList(FIRST_IMPORT_EVENTS, types.size()))
                .hasSize(Snapshots.ACCOUNT_COUNT)
                .containsOnly(EventTypes.CONNECTION_UPDATED);
    }

    @Test
    void shouldIgnoreIntegrationEventWithLowerVersion() {
        // given
        consumeIntegration(Events.created(Integrations.changed(
                integration, 3, "example-corp", Integrations.settings("aws_", Integrations.ROLE_NAME, List.of("*")))));

        // when
        consumeIntegration(Events.updated(Integrations.changed(
                integration, 2, "renamed", Integrations.settings("acme_", Integrations.ROLE_NAME, List.of("*")))));

        // then
        assertThat(TestDb.rows("select handle, version_id from integration_replica where id = ?", integration.id())
                        .get(0))
                .containsEntry("handle", "example-corp")
                .containsEntry("version_id", 3L);
    }

    @Test
    void shouldRenameTopFolderAndRefreshInheritedSettings() {
        // given
        consumeIntegration(Events.created(integration));
        consumeDiscovery(Events.completed(first));
        IntegrationData changed = Integrations.changed(
                integration,
                2,
                "example-corp-aws",
                Integrations.settings("aws_", "orgbridge_readonly", List.of("us-east-1")));

        // when
        consumeIntegration(Events.updated(changed));

        // then
        assertThat(TestDb.rows(
                                "select title, version_id from connection_folder where integration_id = ? and integration_root",
                                integration.id())
                        .get(0))
                .containsEntry("title", "example-corp-aws")
                .containsEntry("version_id", 2L);
        assertThat(TestDb.rows(
                                "select config ->> 'role_arn' as role_arn, config -> 'regions' ->> 0 as region"
                                        + " from connection where integration_id = ? and account_id = ?",
                                integration.id(),
                                PAYMENTS_PROD_EU)
                        .get(0))
                .containsEntry("role_arn", "arn:aws:iam::200000012221:role/orgbridge_readonly")
                .containsEntry("region", "us-east-1");
        assertThat(handles()).isEqualTo(ExpectedHandles.EXAMPLE_CORP);
    }

    @Test
    void shouldDeleteEverythingWhenIntegrationDeleted() {
        // given
        consumeIntegration(Events.created(integration));
        consumeDiscovery(Events.completed(first));

        // when
        consumeIntegration(
                Events.deleted(Integrations.changed(integration, 2, "example-corp", integration.connection())));
        consumeDiscovery(Events.completed(Snapshots.withRun(first, 9)));

        // then
        assertThat(TestDb.count("select count(*) from connection where integration_id = ?", integration.id()))
                .isZero();
        assertThat(TestDb.count("select count(*) from connection_folder where integration_id = ?", integration.id()))
                .isZero();
        List<String> types = TestDb.outboxTypes(integration.id());
        List<String> deletion = types.subList(FIRST_IMPORT_EVENTS, types.size());
        assertThat(Collections.frequency(deletion, EventTypes.CONNECTION_DELETED))
                .isEqualTo(Snapshots.ACCOUNT_COUNT);
        assertThat(Collections.frequency(deletion, EventTypes.FOLDER_DELETED)).isEqualTo(Snapshots.UNIT_COUNT + 1);
        assertThat(deletion.get(deletion.size() - 1)).isEqualTo(EventTypes.FOLDER_DELETED);
        assertThat(deletion.get(0)).isEqualTo(EventTypes.CONNECTION_DELETED);
        assertThat(TestDb.rows("select deleted from integration_replica where id = ?", integration.id())
                        .get(0))
                .containsEntry("deleted", true);
    }

    @Test
    void shouldApplySnapshotThatArrivedBeforeIntegration() {
        // given
        consumeDiscovery(Events.completed(first));
        assertThat(TestDb.count("select count(*) from pending_snapshot where integration_id = ?", integration.id()))
                .isEqualTo(1);

        // when
        consumeIntegration(Events.created(integration));

        // then
        assertThat(handles()).isEqualTo(ExpectedHandles.EXAMPLE_CORP);
        assertThat(TestDb.count("select count(*) from pending_snapshot where integration_id = ?", integration.id()))
                .isZero();
        assertThat(TestDb.outboxTypes(integration.id())).hasSize(FIRST_IMPORT_EVENTS);
    }

    @Test
    void shouldChangeNothingWhenDiscoveryFails() {
        // given
        consumeIntegration(Events.created(integration));
        consumeDiscovery(Events.completed(first));
        Map<String, String> rowVersions = TestDb.rowVersions(integration.id());

        // when
        consumeDiscovery(Events.failed(integration.id(), 2));

        // then
        assertThat(TestDb.rowVersions(integration.id())).isEqualTo(rowVersions);
        assertThat(TestDb.outboxTypes(integration.id())).hasSize(FIRST_IMPORT_EVENTS);
    }

    @Test
    void shouldSkipInconsistentSnapshot() {
        // given
        consumeIntegration(Events.created(integration));
        OrganizationSnapshot broken =
                Snapshots.editAccount(first, PAYMENTS_PROD_EU, a -> Snapshots.moved(a, "ou-ex4m-99999999"));

        // when
        consumeDiscovery(Events.completed(broken));

        // then
        assertThat(TestDb.count("select count(*) from connection where integration_id = ?", integration.id()))
                .isZero();
        assertThat(lastAppliedRunSequence()).isNull();
    }

    @Test
    void shouldSuffixHandlesUsedInOrg() {
        // given: a second integration of the same org discovers the same organization
        consumeIntegration(Events.created(integration));
        consumeDiscovery(Events.completed(first));
        IntegrationData second = Integrations.orgIntegration(
                Ids.newId(Ids.INTEGRATION),
                "example-corp-2",
                integration.tenantId(),
                integration.orgId(),
                integration.orgHandle(),
                1,
                "aws_");

        // when
        consumeIntegration(Events.created(second));
        consumeDiscovery(Events.completed(Snapshots.exampleCorp(second.id(), 1)));

        // then
        var row = TestDb.rows(
                        "select handle from connection where integration_id = ? and account_id = ?",
                        second.id(),
                        PAYMENTS_PROD_EU)
                .get(0);
        assertThat(row).containsEntry("handle", "aws_payments_prod_eu_200000012221");
    }

    @Test
    void shouldStoreNamesWithNulAndKeepSyncing() {
        // given: AWS accepts U+0000 in OU names, which PostgreSQL text cannot hold
        consumeIntegration(Events.created(integration));
        OrganizationSnapshot withNul = Snapshots.editAccount(
                Snapshots.editUnit(first, SECURITY, unit -> Snapshots.renamedUnit(unit, "Bad\u0000Name")),
                PAYMENTS_PROD_EU,
                a -> Snapshots.renamed(a, "Payments\u0000EU"));

        // when
        consumeDiscovery(Events.completed(withNul));

        // then
        assertThat(TestDb.rows(
                                "select title from connection_folder where integration_id = ? and ou_id = ?",
                                integration.id(),
                                SECURITY)
                        .get(0))
                .containsEntry("title", "Bad\uFFFDName");
        assertThat(TestDb.rows(
                                "select account_name, handle from connection where integration_id = ? and account_id = ?",
                                integration.id(),
                                PAYMENTS_PROD_EU)
                        .get(0))
                .containsEntry("account_name", "Payments\uFFFDEU")
                .containsEntry("handle", "aws_payments_eu");
        assertThat(TestDb.count(
                        "select count(*) from outbox_event where record_key = ? and payload::jsonb -> 'data' ->> 'title' = ?",
                        integration.id(),
                        "Bad\uFFFDName"))
                .isEqualTo(1);
        assertThat(lastAppliedRunSequence()).isEqualTo(1L);

        // when: the next run carries the same names and one ordinary rename
        consumeDiscovery(Events.completed(Snapshots.editAccount(
                Snapshots.withRun(withNul, 2), "200000022220", a -> Snapshots.renamed(a, "Dev Renamed"))));

        // then
        assertThat(handles()).containsEntry("200000022220", "aws_dev_renamed");
        assertThat(lastAppliedRunSequence()).isEqualTo(2L);
        List<String> types = TestDb.outboxTypes(integration.id());
        assertThat(types.subList(FIRST_IMPORT_EVENTS, types.size())).containsExactly(EventTypes.CONNECTION_UPDATED);
    }

    @Test
    void shouldStoreUnitIdOfMaximumAwsLength() {
        // given: AWS OU ids reach 68 characters
        String longestId = "ou-" + "a".repeat(32) + "-" + "1".repeat(32);
        consumeIntegration(Events.created(integration));
        OrganizationSnapshot snapshot = Snapshots.withUnits(
                first,
                first.organizationalUnits().stream()
                        .map(unit -> unit.id().equals(EMPTY_OU)
                                ? new OrganizationalUnit(longestId, unit.name(), unit.parentId())
                                : unit)
                        .toList());

        // when
        consumeDiscovery(Events.completed(snapshot));

        // then
        assertThat(TestDb.count(
                        "select count(*) from connection_folder where integration_id = ? and ou_id = ?",
                        integration.id(),
                        longestId))
                .isEqualTo(1);
    }

    private void consumeIntegration(String value) {
        Fixtures.run(() -> integrationEvents.consume(value));
    }

    private void consumeDiscovery(String value) {
        Fixtures.run(() -> discoveryEvents.consume(value));
    }

    private Map<String, String> handles() {
        Map<String, String> handles = new HashMap<>();
        TestDb.rows("select account_id, handle from connection where integration_id = ?", integration.id())
                .forEach(row -> handles.put((String) row.get("account_id"), (String) row.get("handle")));
        return handles;
    }

    private Map<String, Long> versionIds() {
        Map<String, Long> versions = new HashMap<>();
        TestDb.rows("select account_id, version_id from connection where integration_id = ?", integration.id())
                .forEach(row -> versions.put((String) row.get("account_id"), (Long) row.get("version_id")));
        return versions;
    }

    private Long lastAppliedRunSequence() {
        return (Long)
                TestDb.rows("select last_applied_run_sequence from integration_replica where id = ?", integration.id())
                        .get(0)
                        .get("last_applied_run_sequence");
    }
}
