package io.orgbridge.integration.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import io.orgbridge.aws.DiscoveryCredentials;
import io.orgbridge.aws.DiscoveryProbe;
import io.orgbridge.aws.ProbeReport;
import io.orgbridge.integration.api.TestDiscoveryResponse;
import io.orgbridge.integration.api.TestIntegrationRequest;
import io.orgbridge.integration.entity.IntegrationEntity;
import io.orgbridge.integration.repository.IntegrationRepository;
import io.orgbridge.platform.rest.ValidationError;
import io.orgbridge.platform.security.Scope;

/**
 * Test Discovery: signs in with an integration's discovery credentials and reads the organization
 * the way a discovery run starts, without saving anything. Handle {@code _} tests a configuration
 * before the integration exists; an existing handle tests its stored configuration with the
 * request's changes applied.
 */
@ApplicationScoped
public class DiscoveryTestService {

    public static final String NEW_INTEGRATION = "_";
    private static final String TEST_FIELDS = "type, config";
    private static final String TEST_EXAMPLE = "{\"type\": \"aws\", \"config\": {...}}";

    private final IntegrationService integrations;
    private final IntegrationRepository repository;
    private final SecretCipher cipher;
    private final DiscoveryProbe probe;

    public DiscoveryTestService(
            IntegrationService integrations,
            IntegrationRepository repository,
            SecretCipher cipher,
            DiscoveryProbe probe) {
        this.integrations = integrations;
        this.repository = repository;
        this.cipher = cipher;
        this.probe = probe;
    }

    public Uni<TestDiscoveryResponse> test(Scope scope, String handle, String body) {
        // Checks the caller's access before the body, so that non-members learn nothing from errors.
        Uni<IntegrationOwner> owner = integrations.requireOwner(scope);
        TestIntegrationRequest request = RequestBodies.read(body, TestIntegrationRequest.class, TEST_EXAMPLE);
        if (NEW_INTEGRATION.equals(handle)) {
            return owner.map(found -> credentialsOfNew(found, request)).chain(this::run);
        }
        return owner.chain(found -> Panache.withSession(() -> repository.findLive(found, handle))
                        .map(integration -> credentialsOf(
                                found, IntegrationService.requireFound(integration, found, handle), request)))
                .chain(this::run);
    }

    private static DiscoveryCredentials credentialsOfNew(IntegrationOwner owner, TestIntegrationRequest request) {
        List<ValidationError> errors = checkRequest(request);
        AwsIntegrationConfig config =
                AwsConfigReader.readNew(request == null ? null : request.config, externalIdRule(owner), errors);
        RequestChecks.throwIfAny(errors);
        return credentials(config, config.discoverySecretKey());
    }

    private DiscoveryCredentials credentialsOf(
            IntegrationOwner owner, IntegrationEntity integration, TestIntegrationRequest request) {
        List<ValidationError> errors = checkRequest(request);
        boolean secretStored = integration.discoverySecretSealed != null;
        AwsIntegrationConfig config = AwsConfigReader.readUpdate(
                IntegrationService.configOf(integration),
                secretStored,
                request == null ? null : request.config,
                externalIdRule(owner),
                errors);
        RequestChecks.throwIfAny(errors);
        String secret = config.discoverySecretKey();
        if (secret == null && !config.isRoleMode()) {
            secret = cipher.openStored(integration.discoverySecretSealed, integration.id);
        }
        return credentials(config, secret);
    }

    /** A tested external ID must match a role already, so a missing one is an error instead of generated. */
    private static ExternalIdRule externalIdRule(IntegrationOwner owner) {
        return ExternalIdRule.of(owner).requiringValues();
    }

    private static List<ValidationError> checkRequest(TestIntegrationRequest request) {
        List<ValidationError> errors = new ValidationErrorList();
        if (request != null) {
            RequestChecks.rejectUnknownFields(request.unknownFields(), TEST_FIELDS, errors);
            RequestChecks.checkType(request.type, false, errors);
        }
        return errors;
    }

    private static DiscoveryCredentials credentials(AwsIntegrationConfig config, String secret) {
        return config.isRoleMode()
                ? DiscoveryCredentials.role(config.discoveryRoleArn(), config.discoveryExternalId())
                : DiscoveryCredentials.accessKey(config.discoveryAccessKey(), secret);
    }

    private Uni<TestDiscoveryResponse> run(DiscoveryCredentials credentials) {
        return Uni.createFrom()
                .completionStage(() -> probe.probe(credentials))
                .map(DiscoveryTestService::toResponse)
                .invoke(response -> Log.infof(
                        "Test Discovery in %s mode: %s",
                        credentials.mode().wireName(), response.ok() ? "ok" : "failed"));
    }

    private static TestDiscoveryResponse toResponse(ProbeReport report) {
        List<TestDiscoveryResponse.Step> steps = report.steps().stream()
                .map(step -> new TestDiscoveryResponse.Step(step.step(), step.ok(), step.errorCode(), step.message()))
                .toList();
        return new TestDiscoveryResponse(report.ok(), steps);
    }
}
