package io.orgbridge.awssim;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Renders STS query-protocol responses and errors as the XML documents STS returns. */
final class StsXml {

    static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

    private StsXml() {}

    static String assumeRole(CredentialStore.SessionCredentials session, String requestId) {
        Caller caller = session.caller();
        String expiration =
                DateTimeFormatter.ISO_INSTANT.format(session.expiration().truncatedTo(ChronoUnit.SECONDS));
        return "<AssumeRoleResponse xmlns=\"" + NAMESPACE + "\">\n"
                + "  <AssumeRoleResult>\n"
                + "    <Credentials>\n"
                + element("      ", "AccessKeyId", session.accessKeyId())
                + element("      ", "SecretAccessKey", session.secretAccessKey())
                + element("      ", "SessionToken", session.sessionToken())
                + element("      ", "Expiration", expiration)
                + "    </Credentials>\n"
                + "    <AssumedRoleUser>\n"
                + element("      ", "AssumedRoleId", caller.userId())
                + element("      ", "Arn", caller.arn())
                + "    </AssumedRoleUser>\n"
                + "  </AssumeRoleResult>\n"
                + responseMetadata(requestId)
                + "</AssumeRoleResponse>\n";
    }

    static String getCallerIdentity(Caller caller, String requestId) {
        return "<GetCallerIdentityResponse xmlns=\"" + NAMESPACE + "\">\n"
                + "  <GetCallerIdentityResult>\n"
                + element("    ", "Arn", caller.arn())
                + element("    ", "UserId", caller.userId())
                + element("    ", "Account", caller.accountId())
                + "  </GetCallerIdentityResult>\n"
                + responseMetadata(requestId)
                + "</GetCallerIdentityResponse>\n";
    }

    /** Renders an error, with {@code Type} Sender for 4xx and Receiver for 5xx statuses. */
    static String error(ServiceError error, String requestId) {
        String type = error.httpStatus() >= 500 ? "Receiver" : "Sender";
        return "<ErrorResponse xmlns=\"" + NAMESPACE + "\">\n"
                + "  <Error>\n"
                + element("    ", "Type", type)
                + element("    ", "Code", error.code())
                + element("    ", "Message", error.getMessage())
                + "  </Error>\n"
                + element("  ", "RequestId", requestId)
                + "</ErrorResponse>\n";
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String responseMetadata(String requestId) {
        return "  <ResponseMetadata>\n" + element("    ", "RequestId", requestId) + "  </ResponseMetadata>\n";
    }

    private static String element(String indent, String name, String value) {
        return indent + "<" + name + ">" + escape(value) + "</" + name + ">\n";
    }
}
