package io.orgbridge.awssim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies AWS Signature Version 4 ({@code AWS4-HMAC-SHA256}) signatures carried in the
 * Authorization header. The canonical request follows the SigV4 specification for services other
 * than S3. Each path segment is URI-encoded again, because the client sent it encoded once already.
 * Query parameters are encoded per RFC 3986 and sorted. Signed header names are lower-cased, and
 * their values are trimmed with inner whitespace collapsed.
 */
final class SigV4Verifier {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    /** AWS rejects requests whose X-Amz-Date is further than this from its clock. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);

    static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    private SigV4Verifier() {}

    /** The parts of a SigV4 Authorization header. */
    record Signature(
            String accessKeyId,
            String scopeDate,
            String region,
            String service,
            List<String> signedHeaders,
            String signature,
            String amzDate) {

        String credentialScope() {
            return scopeDate + "/" + region + "/" + service + "/aws4_request";
        }
    }

    /** Parses the Authorization and X-Amz-Date headers without checking the signature. */
    static Signature parse(ApiRequest request) throws AuthenticationException {
        String authorization = request.header("authorization");
        if (authorization == null) {
            throw new AuthenticationException(
                    AuthenticationException.Reason.MISSING_AUTHENTICATION, "Request is missing Authentication Token");
        }
        if (!authorization.startsWith(ALGORITHM + " ")) {
            throw incomplete("Unsupported Authorization type; only " + ALGORITHM + " is accepted.");
        }
        Map<String, String> parts = authorizationParts(authorization.substring(ALGORITHM.length() + 1));
        for (String required : List.of("Credential", "SignedHeaders", "Signature")) {
            if (!parts.containsKey(required)) {
                throw incomplete("Authorization header requires '" + required + "' parameter.");
            }
        }
        String[] scope = parts.get("Credential").split("/", -1);
        if (scope.length != 5 || !"aws4_request".equals(scope[4]) || scope[0].isEmpty()) {
            throw incomplete("Credential should be ACCESS_KEY_ID/YYYYMMDD/REGION/SERVICE/aws4_request, got '"
                    + parts.get("Credential").replaceFirst("^[^/]*", "ACCESS_KEY_ID") + "'.");
        }
        String amzDate = request.header("x-amz-date");
        if (amzDate == null) {
            throw incomplete("Authorization header requires existence of a 'X-Amz-Date' header.");
        }
        List<String> signedHeaders = Arrays.asList(parts.get("SignedHeaders").split(";"));
        return new Signature(scope[0], scope[1], scope[2], scope[3], signedHeaders, parts.get("Signature"), amzDate);
    }

    /** Checks the signature, the host header rule and the scope date; the secret never leaves this method. */
    static void verify(ApiRequest request, Signature signature, String secretAccessKey) throws AuthenticationException {
        if (!signature.signedHeaders().contains("host")) {
            throw mismatch("'Host' must be a 'SignedHeader' in the AWS Authorization.");
        }
        if (!signature.amzDate().startsWith(signature.scopeDate())) {
            throw mismatch("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
                    + signature.scopeDate() + "' != '" + signature.amzDate() + "'.");
        }
        String expected = sign(stringToSign(request, signature), secretAccessKey, signature);
        byte[] expectedBytes = expected.getBytes(StandardCharsets.US_ASCII);
        byte[] actualBytes = signature.signature().getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expectedBytes, actualBytes)) {
            throw mismatch("The request signature we calculated does not match the signature you provided. Check your"
                    + " AWS Secret Access Key and signing method. Consult the service documentation for details.");
        }
    }

    /** Rejects a request signed more than {@link #MAX_CLOCK_SKEW} before or after {@code now}. */
    static void checkRequestTime(Signature signature, Instant now) throws AuthenticationException {
        Instant signedAt;
        try {
            signedAt = Instant.from(AMZ_DATE.parse(signature.amzDate()));
        } catch (DateTimeParseException e) {
            throw incomplete("X-Amz-Date '" + signature.amzDate() + "' is not in the format YYYYMMDD'T'HHMMSS'Z'.");
        }
        if (signedAt.isBefore(now.minus(MAX_CLOCK_SKEW))) {
            throw new AuthenticationException(
                    AuthenticationException.Reason.SIGNATURE_EXPIRED,
                    "Signature expired: " + signature.amzDate() + " is now earlier than "
                            + AMZ_DATE.format(now.minus(MAX_CLOCK_SKEW)) + " (" + AMZ_DATE.format(now) + " - 15 min.)");
        }
        if (signedAt.isAfter(now.plus(MAX_CLOCK_SKEW))) {
            throw new AuthenticationException(
                    AuthenticationException.Reason.SIGNATURE_EXPIRED,
                    "Signature not yet current: " + signature.amzDate() + " is still later than "
                            + AMZ_DATE.format(now.plus(MAX_CLOCK_SKEW)) + " (" + AMZ_DATE.format(now) + " + 15 min.)");
        }
    }

    static String stringToSign(ApiRequest request, Signature signature) {
        return ALGORITHM + "\n" + signature.amzDate() + "\n" + signature.credentialScope() + "\n"
                + hex(sha256(canonicalRequest(request, signature).getBytes(StandardCharsets.UTF_8)));
    }

    static String canonicalRequest(ApiRequest request, Signature signature) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(request.method()).append('\n');
        canonical.append(canonicalUri(request.rawPath())).append('\n');
        canonical.append(canonicalQuery(request.rawQuery())).append('\n');
        for (String name : signature.signedHeaders()) {
            canonical
                    .append(name)
                    .append(':')
                    .append(canonicalHeaderValue(request, name))
                    .append('\n');
        }
        canonical.append('\n');
        canonical.append(String.join(";", signature.signedHeaders())).append('\n');
        canonical.append(payloadHash(request));
        return canonical.toString();
    }

    static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals("..")) {
                if (segments.size() > 1) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!segment.equals(".")) {
                segments.add(segment);
            }
        }
        StringBuilder uri = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
                uri.append('/');
            }
            uri.append(uriEncode(segments.get(i)));
        }
        String result = uri.toString();
        return result.startsWith("/") ? result : "/" + result;
    }

    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        TreeMap<String, List<String>> parameters = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters
                    .computeIfAbsent(uriEncode(percentDecode(name)), key -> new ArrayList<>())
                    .add(uriEncode(percentDecode(value)));
        }
        List<String> encoded = new ArrayList<>();
        parameters.forEach(
                (name, values) -> values.stream().sorted().forEach(value -> encoded.add(name + "=" + value)));
        return String.join("&", encoded);
    }

    /** Percent-encodes every byte except the RFC 3986 unreserved characters. */
    static String uriEncode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-_.~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    /** Decodes %XX escapes and leaves '+' as it is, as SigV4 clients encode a space as %20. */
    static String percentDecode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < value.length()) {
            if (value.charAt(i) == '%' && i + 2 < value.length() && isHex(value, i + 1) && isHex(value, i + 2)) {
                bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int next = value.indexOf('%', i + 1);
                int end = next < 0 ? value.length() : next;
                bytes.writeBytes(value.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static String canonicalHeaderValue(ApiRequest request, String name) {
        List<String> values = request.headers().getOrDefault(name, List.of());
        List<String> trimmed = new ArrayList<>();
        for (String value : values) {
            trimmed.add(value.trim().replaceAll("\\s+", " "));
        }
        return String.join(",", trimmed);
    }

    /** Uses the body's SHA-256, so a forged x-amz-content-sha256 header makes the signature mismatch. */
    private static String payloadHash(ApiRequest request) {
        String declared = request.header("x-amz-content-sha256");
        if (UNSIGNED_PAYLOAD.equals(declared)) {
            return UNSIGNED_PAYLOAD;
        }
        return hex(sha256(request.body()));
    }

    private static String sign(String stringToSign, String secretAccessKey, Signature signature) {
        byte[] key = hmac(("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8), signature.scopeDate());
        key = hmac(key, signature.region());
        key = hmac(key, signature.service());
        key = hmac(key, "aws4_request");
        return hex(hmac(key, stringToSign));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static Map<String, String> authorizationParts(String value) {
        Map<String, String> parts = new TreeMap<>();
        for (String part : value.split(",")) {
            String trimmed = part.trim();
            int equals = trimmed.indexOf('=');
            if (equals > 0) {
                parts.put(
                        trimmed.substring(0, equals).trim(),
                        trimmed.substring(equals + 1).trim());
            }
        }
        return parts;
    }

    private static boolean isHex(String value, int index) {
        return Character.digit(value.charAt(index), 16) >= 0;
    }

    private static AuthenticationException incomplete(String message) {
        return new AuthenticationException(AuthenticationException.Reason.INCOMPLETE_SIGNATURE, message);
    }

    private static AuthenticationException mismatch(String message) {
        return new AuthenticationException(AuthenticationException.Reason.SIGNATURE_MISMATCH, message);
    }
}
