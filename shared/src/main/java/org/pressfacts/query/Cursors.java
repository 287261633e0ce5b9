package org.pressfacts.query;

import org.pressfacts.config.Settings;
import org.pressfacts.http.ProblemException;
import org.pressfacts.http.Problems;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * Opaque, tamper-proof page cursors: the store's position, base64url, with an HMAC-SHA256 over the position and the
 * query it belongs to (route and filters). A changed byte, another query's cursor or another deployment's is a 400.
 */
public final class Cursors {

    /** Read from the environment; template.yaml passes the CursorSecret parameter. */
    static final String SECRET_VARIABLE = "CURSOR_SECRET";
    /** Only for running locally: a deployment overrides CursorSecret (see README). */
    static final String LOCAL_SECRET = "pressfacts-local-development-cursor-secret";
    private static final int MAX_CURSOR_CHARS = 4096;
    private static final int TAG_BYTES = 16;

    private final SecretKeySpec key;

    public Cursors(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public static Cursors fromEnvironment() {
        return new Cursors(Settings.optional(SECRET_VARIABLE).orElse(LOCAL_SECRET));
    }

    /** @return null for the last page (no position) */
    public String sign(String scope, String position) {
        if (position == null) {
            return null;
        }
        byte[] payload = position.getBytes(StandardCharsets.UTF_8);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(payload) + "." + b64.encodeToString(tag(scope, payload));
    }

    /** The position a cursor carries, if it was signed by us for this very query. */
    public String open(String scope, String cursor) {
        int dot = cursor.indexOf('.');
        if (cursor.length() > MAX_CURSOR_CHARS || dot < 0) {
            throw invalid();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(cursor.substring(0, dot));
            byte[] given = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(given, tag(scope, payload))) {
                throw invalid();
            }
            return new String(payload, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
    }

    static ProblemException invalid() {
        return Problems.invalidParameter("?cursor", "is not a cursor of this query; take it from nextCursor of the"
                + " previous page, with the same filters");
    }

    private byte[] tag(String scope, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(scope.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
