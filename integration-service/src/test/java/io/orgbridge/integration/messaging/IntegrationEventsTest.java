package io.orgbridge.integration.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.orgbridge.events.CloudEvent;
import io.orgbridge.events.EventCodec;
import io.orgbridge.events.EventTypes;
import io.orgbridge.events.integration.IntegrationData;
import io.orgbridge.events.integration.RefreshRequested;
import io.orgbridge.integration.client.OrgView;
import io.orgbridge.integration.client.PermissionClient;
import io.orgbridge.integration.support.Directory;
import io.orgbridge.integration.support.IntegrationEventsReader;
import io.orgbridge.integration.support.TestData;
import io.orgbridge.platform.crypto.SecretBox;
import io.orgbridge.testsupport.TestTokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/** What other services read on {@code integration-events}, taken from the real broker. */
@QuarkusTest
class IntegrationEventsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @InjectMock
    @RestClient
    PermissionClient permissions;

    @ConfigProperty(name = "orgbridge.secrets.transport-key")
    String transportKey;

    @ConfigProperty(name = "orgbridge.secrets.storage-key")
    String storageKey;

    private OrgView org;
    private String token;

    @BeforeEach
    void registerOrg() {
        org = new Directory(permissions).org(TestData.unique("events"), "team");
        token = TestTokens.orgOwner(org.handle());
    }

    @Test
    void shouldPublishCreatedEvent() {
        // given
        Map<String, Object> body = TestData.createBody("acme-aws", TestData.roleConfig(org.id()));
        body.put("permissions", Map.of("mode", "workspaces", "workspaces", List.of("prod")));

        // when
        String id = create(body);

        // then
        List<ConsumerRecord<String, String>> records = IntegrationEventsReader.await(id, 1, TIMEOUT);
        assertThat(records).hasSize(1);
        assertThat(new String(
                        records.get(0).headers().lastHeader("content-type").value()))
                .isEqualTo("application/cloudevents+json");
        CloudEvent event = EventCodec.decode(records.get(0).value());
        assertThat(event.type()).isEqualTo(EventTypes.INTEGRATION_CREATED);
        assertThat(event.source()).isEqualTo("/orgbridge/integration-service");
        assertThat(event.subject()).isEqualTo(id);
        assertThat(event.tenantid()).isEqualTo(org.tenantId());
        assertThat(event.orgid()).isEqualTo(org.id());
        IntegrationData data = EventCodec.data(event, IntegrationData.class);
        assertThat(data.scope()).isEqualTo("org");
        assertThat(data.orgHandle()).isEqualTo(org.handle());
        assertThat(data.tenantHandle()).isEqualTo(org.tenantHandle());
        assertThat(data.versionId()).isEqualTo(1);
        assertThat(data.state()).isEqualTo("pending");
        assertThat(data.discovery().mode()).isEqualTo("role");
        assertThat(data.discovery().roleArn()).isEqualTo(TestData.DISCOVERY_ROLE_ARN);
        assertThat(data.discovery().externalId()).isEqualTo(TestData.discoveryExternalId(org.id()));
        assertThat(data.discovery().sealedSecretKey()).isNull();
        assertThat(data.connection().handlePrefix()).isEqualTo("aws_");
        assertThat(data.connection().roleName()).isEqualTo(TestData.MEMBER_ROLE_NAME);
        assertThat(data.connection().regions()).containsExactly("*");
        assertThat(data.connection().maxErrorRetryAttempts()).isEqualTo(9);
        assertThat(data.permissions().mode()).isEqualTo("workspaces");
        assertThat(data.permissions().workspaces()).containsExactly("prod");
    }

    @Test
    void shouldSealSecretUnderTransportKey() {
        // when
        String id = create(TestData.createBody("keyed", TestData.accessKeyConfig(org.id())));

        // then
        List<ConsumerRecord<String, String>> records = IntegrationEventsReader.await(id, 1, TIMEOUT);
        assertThat(records).hasSize(1);
        String value = records.get(0).value();
        assertThat(value).doesNotContain(TestData.SECRET_ACCESS_KEY);
        IntegrationData data = EventCodec.data(EventCodec.decode(value), IntegrationData.class);
        String sealed = data.discovery().sealedSecretKey();
        assertThat(sealed).startsWith("v1.");
        SecretBox transport = SecretBox.fromBase64Key("transport", transportKey);
        assertThat(transport.open(sealed, id)).isEqualTo(TestData.SECRET_ACCESS_KEY);
        SecretBox storage = SecretBox.fromBase64Key("storage", storageKey);
        assertThatThrownBy(() -> storage.open(sealed, id)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> transport.open(sealed, "i_someotherintegration0"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldPublishEventsInOrder() {
        // given
        String id = create(TestData.createBody("keyed", TestData.accessKeyConfig(org.id())));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("handle", "renamed"))
                .patch(path() + "/keyed")
                .then()
                .statusCode(200);

        // when
        given().auth()
                .oauth2(token)
                .delete(path() + "/renamed?confirm=renamed")
                .then()
                .statusCode(200);

        // then
        List<ConsumerRecord<String, String>> records = IntegrationEventsReader.await(id, 3, TIMEOUT);
        assertThat(records)
                .extracting(record -> EventCodec.decode(record.value()).type())
                .containsExactly(
                        EventTypes.INTEGRATION_CREATED, EventTypes.INTEGRATION_UPDATED, EventTypes.INTEGRATION_DELETED);
        IntegrationData updated =
                EventCodec.data(EventCodec.decode(records.get(1).value()), IntegrationData.class);
        assertThat(updated.handle()).isEqualTo("renamed");
        assertThat(updated.versionId()).isEqualTo(2);
        assertThat(updated.discovery().sealedSecretKey()).startsWith("v1.");
        IntegrationData deleted =
                EventCodec.data(EventCodec.decode(records.get(2).value()), IntegrationData.class);
        assertThat(deleted.versionId()).isEqualTo(3);
        assertThat(deleted.discovery().accessKeyId()).isEqualTo(TestData.ACCESS_KEY_ID);
        assertThat(deleted.discovery().sealedSecretKey()).isNull();
    }

    @Test
    void shouldPublishRefreshRequested() {
        // given
        String id = create(TestData.createBody("acme-aws", TestData.roleConfig(org.id())));

        // when
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("command", "refresh"))
                .post(path() + "/acme-aws/command")
                .then()
                .statusCode(201)
                .body("command", equalTo("refresh"));

        // then
        List<ConsumerRecord<String, String>> records = IntegrationEventsReader.await(id, 2, TIMEOUT);
        assertThat(records).hasSize(2);
        CloudEvent event = EventCodec.decode(records.get(1).value());
        assertThat(event.type()).isEqualTo(EventTypes.INTEGRATION_REFRESH_REQUESTED);
        RefreshRequested refresh = EventCodec.data(event, RefreshRequested.class);
        assertThat(refresh.integrationId()).isEqualTo(id);
        assertThat(refresh.versionId()).isEqualTo(1);
        assertThat(refresh.requestedBy()).isEqualTo("u_" + org.handle() + "owner");
    }

    @Test
    void shouldPublishNothingWhenUnchanged() {
        // given
        String id = create(TestData.createBody("acme-aws", TestData.roleConfig(org.id())));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("handle", "acme-aws"))
                .patch(path() + "/acme-aws")
                .then()
                .statusCode(200);

        // when
        given().auth()
                .oauth2(token)
                .delete(path() + "/acme-aws?confirm=acme-aws")
                .then()
                .statusCode(200);

        // then
        List<ConsumerRecord<String, String>> records = IntegrationEventsReader.await(id, 2, TIMEOUT);
        assertThat(records)
                .extracting(record -> EventCodec.decode(record.value()).type())
                .containsExactly(EventTypes.INTEGRATION_CREATED, EventTypes.INTEGRATION_DELETED);
    }

    private String create(Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path())
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private String path() {
        return "/api/v0/org/" + org.handle() + "/integration";
    }
}
