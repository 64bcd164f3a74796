package io.orgbridge.awssim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The credentials the simulator accepts: long-term access keys of the fixture, the platform
 * principals, and temporary credentials issued by AssumeRole. It authenticates each request by
 * verifying its SigV4 signature with the matching secret.
 */
final class CredentialStore {

    private static final String UPPER_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** Expired sessions are kept this long so that their use still yields ExpiredToken, not an unknown key. */
    private static final Duration EXPIRED_SESSION_RETENTION = Duration.ofDays(1);

    private final Clock clock;
    private final Random random = new SecureRandom();
    private final ConcurrentMap<String, SessionCredentials> sessions = new ConcurrentHashMap<>();
    private volatile Map<String, LongTermKey> longTermKeys = Map.of();

    CredentialStore(Clock clock) {
        this.clock = clock;
    }

    /** Temporary credentials issued by AssumeRole, with the principal that they authenticate as. */
    record SessionCredentials(
            String accessKeyId, String secretAccessKey, String sessionToken, Instant expiration, Caller caller) {

        @Override
        public String toString() {
            return "SessionCredentials[accessKeyId=" + accessKeyId + ", expiration=" + expiration + ", caller="
                    + caller.arn() + ", secretAccessKey=****, sessionToken=****]";
        }
    }

    private record LongTermKey(String secretAccessKey, Caller caller) {}

    /** Replaces the long-term keys with those of a fixture and the platform principals; sessions stay valid. */
    void useLongTermKeys(Fixture fixture, List<PlatformPrincipal> platformPrincipals) {
        String partition = fixture.organization().partition();
        Map<String, LongTermKey> keys = new HashMap<>();
        for (Fixture.AccessKeySpec key : fixture.iam().accessKeys()) {
            Caller caller = userCaller(partition, key.accessKeyId(), key.accountId(), key.discoveryAllowed());
            keys.put(key.accessKeyId(), new LongTermKey(key.secretAccessKey(), caller));
        }
        for (PlatformPrincipal principal : platformPrincipals) {
            if (keys.containsKey(principal.accessKeyId())) {
                throw new IllegalArgumentException("Platform access key " + principal.accessKeyId()
                        + " is also an access key of the fixture; use a different key id");
            }
            Caller caller = userCaller(partition, principal.accessKeyId(), principal.accountId(), false);
            keys.put(principal.accessKeyId(), new LongTermKey(principal.secretAccessKey(), caller));
        }
        longTermKeys = Map.copyOf(keys);
    }

    /**
     * Authenticates a request for a service ({@code sts}, {@code organizations} or {@code account}).
     * The request time is checked against the machine clock, because SDK clients sign with it. The
     * session expiry is checked against the simulator clock.
     */
    Caller authenticate(ApiRequest request, String service) throws AuthenticationException {
        SigV4Verifier.Signature signature = SigV4Verifier.parse(request);
        if (!service.equals(signature.service())) {
            throw new AuthenticationException(
                    AuthenticationException.Reason.SIGNATURE_MISMATCH,
                    "Credential should be scoped to correct service: '" + service + "'. ");
        }
        String securityToken = request.header("x-amz-security-token");
        SessionCredentials session = sessions.get(signature.accessKeyId());
        String secret;
        Caller caller;
        if (session != null) {
            requireSessionToken(session, securityToken);
            secret = session.secretAccessKey();
            caller = session.caller();
        } else {
            LongTermKey key = longTermKeys.get(signature.accessKeyId());
            if (key == null || securityToken != null) {
                throw invalidToken();
            }
            secret = key.secretAccessKey();
            caller = key.caller();
        }
        SigV4Verifier.verify(request, signature, secret);
        SigV4Verifier.checkRequestTime(signature, Instant.now());
        return caller;
    }

    /** Issues temporary credentials for a role session that expire after {@code duration}. */
    SessionCredentials issueSession(
            String partition,
            String accountId,
            String roleName,
            String sessionName,
            Duration duration,
            boolean canDiscover) {
        Instant now = clock.instant();
        sessions.values()
                .removeIf(
                        old -> old.expiration().plus(EXPIRED_SESSION_RETENTION).isBefore(now));
        String roleArn = "arn:" + partition + ":iam::" + accountId + ":role/" + roleName;
        String assumedRoleId = stableId("AROA", roleArn) + ":" + sessionName;
        String arn = "arn:" + partition + ":sts::" + accountId + ":assumed-role/" + roleName + "/" + sessionName;
        String accessKeyId = newSessionKeyId();
        Caller caller = new Caller(accessKeyId, accountId, arn, assumedRoleId, canDiscover, true);
        SessionCredentials session = new SessionCredentials(
                accessKeyId, randomText(SECRET_ALPHABET, 40), newSessionToken(), now.plus(duration), caller);
        sessions.put(accessKeyId, session);
        return session;
    }

    private void requireSessionToken(SessionCredentials session, String securityToken) throws AuthenticationException {
        if (securityToken == null
                || !MessageDigest.isEqual(
                        securityToken.getBytes(StandardCharsets.UTF_8),
                        session.sessionToken().getBytes(StandardCharsets.UTF_8))) {
            throw invalidToken();
        }
        if (!clock.instant().isBefore(session.expiration())) {
            throw new AuthenticationException(
                    AuthenticationException.Reason.EXPIRED_TOKEN,
                    "The security token included in the request is expired");
        }
    }

    private static Caller userCaller(String partition, String accessKeyId, String accountId, boolean canDiscover) {
        String arn = "arn:" + partition + ":iam::" + accountId + ":user/" + accessKeyId;
        return new Caller(accessKeyId, accountId, arn, stableId("AIDA", accessKeyId), canDiscover, false);
    }

    /** Derives an IAM unique id (prefix plus 17 characters) from a name, so it is the same on every run. */
    private static String stableId(String prefix, String name) {
        byte[] digest = SigV4Verifier.sha256(name.getBytes(StandardCharsets.UTF_8));
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < 17; i++) {
            id.append(UPPER_BASE32.charAt((digest[i] & 0xff) % UPPER_BASE32.length()));
        }
        return id.toString();
    }

    private String newSessionKeyId() {
        String id;
        do {
            id = "ASIA" + randomText(UPPER_BASE32, 16);
        } while (sessions.containsKey(id));
        return id;
    }

    private String newSessionToken() {
        byte[] token = new byte[192];
        random.nextBytes(token);
        return Base64.getEncoder().encodeToString(token);
    }

    private String randomText(String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static AuthenticationException invalidToken() {
        return new AuthenticationException(
                AuthenticationException.Reason.UNKNOWN_CREDENTIALS,
                "The security token included in the request is invalid.");
    }
}
