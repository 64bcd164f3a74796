package io.orgbridge.integration.config;

import io.smallrye.config.ConfigMapping;

/** Facts about the platform that role templates need. */
@ConfigMapping(prefix = "orgbridge.platform")
public interface PlatformConfig {

    /**
     * ARN of the platform's AWS principal, which every customer role trusts for {@code sts:AssumeRole}
     * (for example {@code arn:aws:iam::123456789012:role/orgbridge}). No default.
     */
    String awsPrincipalArn();
}
