package io.orgbridge.integration.service;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Ties every external ID to the org or tenant that owns the integration: an external ID is
 * {@code <owner id>:<suffix>}, as in Turbot Pipes. The platform assumes the roles of many customers
 * with one AWS identity, so a customer who could choose any external ID could send another
 * customer's role ARN and external ID and read that customer's organization (the confused deputy
 * problem). Owner ids come from permission-service and no customer can choose them, so no customer
 * can send an external ID that another customer's role trusts.
 */
public final class ExternalIdRule {

    public static final int MIN_SUFFIX_LENGTH = 8;
    public static final int GENERATED_SUFFIX_LENGTH = 8;

    private static final String ALPHANUMERICS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String ownerKind;
    private final String ownerId;
    private final boolean generateMissing;

    private ExternalIdRule(String ownerKind, String ownerId, boolean generateMissing) {
        this.ownerKind = ownerKind;
        this.ownerId = ownerId;
        this.generateMissing = generateMissing;
    }

    /** Returns the rule of an org's integrations, which generates an external ID that a request leaves out. */
    public static ExternalIdRule forOrg(String orgId) {
        return new ExternalIdRule("org", orgId, true);
    }

    /** Returns the rule of a tenant's own integrations, which generates an external ID that a request leaves out. */
    public static ExternalIdRule forTenant(String tenantId) {
        return new ExternalIdRule("tenant", tenantId, true);
    }

    /** Returns the rule of an owner's integrations: the org's id for org integrations, else the tenant's id. */
    public static ExternalIdRule of(IntegrationOwner owner) {
        return owner.isOrg() ? forOrg(owner.orgId()) : forTenant(owner.tenantId());
    }

    /**
     * Returns this rule for requests that use an external ID at once, such as Test Discovery: a
     * generated ID would match no role, so a missing one is an error.
     */
    public ExternalIdRule requiringValues() {
        return new ExternalIdRule(ownerKind, ownerId, false);
    }

    /** Returns true when a missing external ID gets a generated one instead of an error. */
    public boolean generatesMissing() {
        return generateMissing;
    }

    /** Returns the prefix every external ID of this owner starts with: the owner id and a colon. */
    public String prefix() {
        return ownerId + ":";
    }

    /** Returns {@code org} or {@code tenant}. */
    public String ownerKind() {
        return ownerKind;
    }

    /** Returns a new external ID: the prefix followed by {@value #GENERATED_SUFFIX_LENGTH} random letters and digits. */
    public String generate() {
        StringBuilder id = new StringBuilder(prefix());
        for (int i = 0; i < GENERATED_SUFFIX_LENGTH; i++) {
            id.append(ALPHANUMERICS.charAt(RANDOM.nextInt(ALPHANUMERICS.length())));
        }
        return id.toString();
    }

    /**
     * Checks an external ID: first the AWS STS format, then the owner prefix, then the suffix length.
     *
     * @param field the field name the message starts with, such as {@code external_id}
     * @return the error message, or empty when the external ID is valid
     */
    public Optional<String> check(String field, String externalId) {
        String subject = field + " " + MessageValues.quote(externalId);
        Optional<String> format = AwsRules.checkExternalId(externalId);
        if (format.isPresent()) {
            return Optional.of(subject + " is invalid: " + format.get());
        }
        if (!externalId.startsWith(prefix())) {
            return Optional.of(
                    subject + " must start with this " + ownerKind + "'s id followed by a colon, '" + prefix()
                            + "', because the platform ties each external ID to one " + ownerKind
                            + " so that no other customer can use your role");
        }
        if (externalId.length() - prefix().length() < MIN_SUFFIX_LENGTH) {
            String generated = generateMissing ? ", or leave the field out to have one generated" : "";
            return Optional.of(subject + " needs at least " + MIN_SUFFIX_LENGTH + " characters after '" + prefix()
                    + "': add letters, digits or _+=,.@:/- after the colon" + generated);
        }
        return Optional.empty();
    }
}
