package com.theogen.support;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;

/** Hand-made JWTs for negative tests: expired, foreign-signed, wrong issuer. */
public final class Tokens {

    private Tokens() {}

    public static RSAKey appKey(Path dataDir) throws Exception {
        return RSAKey.parse(Files.readString(dataDir.resolve("keys/jwt-signing-key.json")));
    }

    public static RSAKey strangerKey() throws Exception {
        return new RSAKeyGenerator(2048).keyID("stranger").generate();
    }

    public static String sign(RSAKey key, String issuer, String subject, Instant expires) throws Exception {
        return sign(
                key,
                new JWTClaimsSet.Builder()
                        .issuer(issuer)
                        .subject(subject)
                        .issueTime(Date.from(expires.minusSeconds(3600)))
                        .expirationTime(Date.from(expires))
                        .build());
    }

    /** A token that never expires: no {@code exp} claim at all. */
    public static String signWithoutExpiry(RSAKey key, String issuer, String subject) throws Exception {
        return sign(
                key,
                new JWTClaimsSet.Builder()
                        .issuer(issuer)
                        .subject(subject)
                        .issueTime(new Date())
                        .build());
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
