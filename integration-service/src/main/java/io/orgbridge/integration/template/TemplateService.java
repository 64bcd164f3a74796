package io.orgbridge.integration.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import io.orgbridge.integration.config.PlatformConfig;
import io.orgbridge.integration.entity.IntegrationEntity;
import io.orgbridge.integration.service.AwsIntegrationConfig;
import io.orgbridge.integration.service.AwsRules;
import io.orgbridge.integration.service.IntegrationService;
import io.orgbridge.platform.rest.ProblemException;
import io.orgbridge.platform.rest.ValidationError;
import io.orgbridge.platform.security.Scope;

/**
 * Renders the CloudFormation or Terraform template of one role of an integration: the discovery
 * role, the member role StackSet or the management account's role. Handle {@code _} renders a
 * template before the integration exists, from the {@code role_name} and {@code external_id}
 * query parameters.
 */
@ApplicationScoped
public class TemplateService {

    public static final String NEW_INTEGRATION = "_";
    public static final List<String> FORMATS = List.of("cloudformation", "terraform");
    public static final List<String> ROLES = List.of("discovery", "member", "management");

    private final IntegrationService integrations;
    private final PlatformConfig platform;

    public TemplateService(IntegrationService integrations, PlatformConfig platform) {
        this.integrations = integrations;
        this.platform = platform;
    }

    /** A rendered template and how to serve it. */
    public record RenderedTemplate(String content, String mediaType, String fileName) {}

    public Uni<RenderedTemplate> render(
            Scope scope, String handle, String format, String role, String roleName, String externalId) {
        String chosenFormat = format == null ? FORMATS.get(0) : format;
        checkChoices(chosenFormat, role);
        if (NEW_INTEGRATION.equals(handle)) {
            RoleTemplateRequest request = requestForNew(role, roleName, externalId);
            return integrations.requireMember(scope).replaceWith(() -> render(request, chosenFormat, role));
        }
        return integrations
                .get(scope, handle)
                .map(integration -> render(requestFor(integration, role), chosenFormat, role));
    }

    private static void checkChoices(String format, String role) {
        List<ValidationError> errors = new ArrayList<>();
        if (!FORMATS.contains(format)) {
            errors.add(new ValidationError(
                    "query.format", "format '" + format + "' is invalid; use " + String.join(" or ", FORMATS)));
        }
        if (!ROLES.contains(role)) {
            errors.add(new ValidationError(
                    "query.role", "role '" + role + "' is invalid; use one of " + String.join(", ", ROLES)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("the template request is invalid; see validation_errors", errors);
        }
    }

    private RoleTemplateRequest requestFor(IntegrationEntity integration, String role) {
        AwsIntegrationConfig config = IntegrationService.configOf(integration);
        if ("discovery".equals(role) && !config.isRoleMode()) {
            throw ProblemException.invalidField(
                    "query.role",
                    "integration " + integration.handle + " discovers with an access key, so it has no"
                            + " discovery role; set discovery_mode to role first, or request role=member or management");
        }
        Optional<String> discoveryArn = Optional.ofNullable(config.discoveryRoleArn());
        return new RoleTemplateRequest(
                integration.handle,
                platform.awsPrincipalArn(),
                discoveryArn.map(AwsRules::roleNameOf),
                discoveryArn.map(AwsRules::rolePathOf).orElse("/"),
                Optional.ofNullable(config.discoveryExternalId()),
                config.roleName(),
                config.externalId(),
                Optional.ofNullable(integration.lastRunRootId));
    }

    private RoleTemplateRequest requestForNew(String role, String roleName, String externalId) {
        List<ValidationError> errors = new ArrayList<>();
        if (roleName == null || AwsRules.checkRoleName(roleName).isPresent()) {
            errors.add(new ValidationError(
                    "query.role_name",
                    "role_name '" + roleName + "' is invalid: " + AwsRules.ROLE_NAME_RULE
                            + " (required when the handle is _)"));
        }
        if (externalId == null || AwsRules.checkExternalId(externalId).isPresent()) {
            errors.add(new ValidationError(
                    "query.external_id",
                    "external_id '" + externalId + "' is invalid: " + AwsRules.EXTERNAL_ID_RULE
                            + " (required when the handle is _)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("the template request is invalid; see validation_errors", errors);
        }
        boolean discovery = "discovery".equals(role);
        return new RoleTemplateRequest(
                "new-integration",
                platform.awsPrincipalArn(),
                discovery ? Optional.of(roleName) : Optional.empty(),
                "/",
                discovery ? Optional.of(externalId) : Optional.empty(),
                roleName,
                externalId,
                Optional.empty());
    }

    private static RenderedTemplate render(RoleTemplateRequest request, String format, String role) {
        boolean cloudFormation = "cloudformation".equals(format);
        String content =
                switch (role) {
                    case "discovery" -> cloudFormation
                            ? CloudFormationTemplates.discoveryRole(request)
                            : TerraformTemplates.discoveryRole(request);
                    case "member" -> cloudFormation
                            ? CloudFormationTemplates.memberRoleStackSet(request)
                            : TerraformTemplates.memberRoleStackSet(request);
                    default -> cloudFormation
                            ? CloudFormationTemplates.managementRole(request)
                            : TerraformTemplates.managementRole(request);
                };
        String fileName = request.integrationHandle() + "-" + role + "-role" + (cloudFormation ? ".yaml" : ".tf");
        return new RenderedTemplate(content, cloudFormation ? "application/yaml" : "text/plain", fileName);
    }
}
