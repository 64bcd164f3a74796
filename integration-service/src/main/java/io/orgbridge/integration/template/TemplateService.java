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
import io.orgbridge.integration.service.ExternalIdRule;
import io.orgbridge.integration.service.IntegrationOwner;
import io.orgbridge.integration.service.IntegrationService;
import io.orgbridge.integration.service.MessageValues;
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

    /**
     * Renders a template. {@code format} and {@code role} are required; {@code roleName} and
     * {@code externalId} are read only for handle {@value #NEW_INTEGRATION}.
     */
    public Uni<RenderedTemplate> render(
            Scope scope, String handle, String format, String role, String roleName, String externalId) {
        if (NEW_INTEGRATION.equals(handle)) {
            return integrations.requireMember(scope).map(owner -> {
                checkChoices(format, role);
                return render(requestForNew(owner, role, roleName, externalId), format, role);
            });
        }
        return integrations.get(scope, handle).map(integration -> {
            checkChoices(format, role);
            return render(requestFor(integration, role), format, role);
        });
    }

    private static void checkChoices(String format, String role) {
        List<ValidationError> errors = new ArrayList<>();
        String formats = String.join(" or ", FORMATS);
        String roles = String.join(", ", ROLES);
        if (format == null) {
            errors.add(new ValidationError("query.format", "format is missing; use " + formats));
        } else if (!FORMATS.contains(format)) {
            errors.add(new ValidationError(
                    "query.format", "format " + MessageValues.quote(format) + " is invalid; use " + formats));
        }
        if (role == null) {
            errors.add(new ValidationError("query.role", "role is missing; use one of " + roles));
        } else if (!ROLES.contains(role)) {
            errors.add(new ValidationError(
                    "query.role", "role " + MessageValues.quote(role) + " is invalid; use one of " + roles));
        }
        throwIfAny(errors);
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
        ExternalIdRule externalIds = integration.isOrgLevel()
                ? ExternalIdRule.forOrg(integration.orgId)
                : ExternalIdRule.forTenant(integration.tenantId);
        return new RoleTemplateRequest(
                integration.handle,
                platform.awsPrincipalArn(),
                discoveryArn.map(AwsRules::roleNameOf),
                discoveryArn.map(AwsRules::rolePathOf).orElse("/"),
                Optional.ofNullable(config.discoveryExternalId()),
                config.roleName(),
                config.externalId(),
                Optional.ofNullable(integration.lastRunRootId),
                externalIds.ownerKind(),
                externalIds.prefix());
    }

    private RoleTemplateRequest requestForNew(IntegrationOwner owner, String role, String roleName, String externalId) {
        ExternalIdRule externalIds = ExternalIdRule.of(owner).requiringValues();
        List<ValidationError> errors = new ArrayList<>();
        if (roleName == null || AwsRules.checkRoleName(roleName).isPresent()) {
            errors.add(new ValidationError(
                    "query.role_name",
                    "role_name " + MessageValues.quote(roleName) + " is invalid: " + AwsRules.ROLE_NAME_RULE
                            + " (required when the handle is _)"));
        }
        if (externalId == null) {
            errors.add(new ValidationError(
                    "query.external_id",
                    "external_id is missing: send the external ID the role will trust, which starts with "
                            + externalIds.prefix() + " (required when the handle is _)"));
        } else {
            externalIds
                    .check("external_id", externalId)
                    .ifPresent(message -> errors.add(new ValidationError("query.external_id", message)));
        }
        throwIfAny(errors);
        boolean discovery = "discovery".equals(role);
        return new RoleTemplateRequest(
                "new-integration",
                platform.awsPrincipalArn(),
                discovery ? Optional.of(roleName) : Optional.empty(),
                "/",
                discovery ? Optional.of(externalId) : Optional.empty(),
                roleName,
                externalId,
                Optional.empty(),
                externalIds.ownerKind(),
                externalIds.prefix());
    }

    private static void throwIfAny(List<ValidationError> errors) {
        if (errors.size() == 1) {
            throw ProblemException.invalidField(
                    errors.get(0).location(), errors.get(0).message());
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("the template request is invalid; see validation_errors", errors);
        }
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
