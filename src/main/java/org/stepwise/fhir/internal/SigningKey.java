package org.stepwise.fhir.internal;

import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA key that signs the API's access tokens, shared by every node and kept across restarts:
 * made by the first node to start on a new database and stored in {@code oauth_signing_key}, its
 * private half encrypted with the {@link KeyEncryptionKey}. Read once at start-up (it never changes
 * while running).
 *
 * <p>A stored key that the configured key encryption key cannot decrypt stops start-up (the wrong
 * key is configured, and making a new signing key would hide that); in demo mode, whose key lives
 * in the data folder, a new signing key is made instead, with a warning.
 */
final class SigningKey {

  private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

  private SigningKey() {}

  /** The key as stored: the newest row, or a new one when there is none. */
  static RSAKey load(
      JdbcClient jdbc, TransactionTemplate transactions, KeyEncryptionKey kek, Clock clock) {
    return transactions.execute(
        status -> {
          // Two nodes starting at once on a new database make one key between them.
          jdbc.sql("select pg_advisory_xact_lock(hashtextextended('oauth_signing_key', 0))")
              .query((r, n) -> 1)
              .single();
          var stored = newest(jdbc);
          if (stored.isPresent()) {
            try {
              return stored.get().decrypt(kek);
            } catch (GeneralSecurityException wrongKey) {
              if (!kek.demo()) {
                throw new IllegalStateException(
                    "The API signing key in the database (kid "
                        + stored.get().kid()
                        + ") cannot be decrypted with stepwise.oauth.key-encryption-key: is this the"
                        + " key it was stored with?",
                    wrongKey);
              }
              log.warn(
                  "Demo mode: the stored API signing key cannot be decrypted with the data folder's"
                      + " key (was {} removed?); making a new signing key. Tokens issued before now"
                      + " stop working.",
                  KeyEncryptionKey.FILE);
            }
          }
          return create(jdbc, kek, clock);
        });
  }

  private record Stored(String kid, byte[] publicKey, byte[] privateKey, byte[] nonce) {

    RSAKey decrypt(KeyEncryptionKey kek) throws GeneralSecurityException {
      var factory = KeyFactory.getInstance("RSA");
      var plain = kek.decrypt(privateKey, nonce, kid);
      return new RSAKey.Builder(
              (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicKey)))
          .privateKey((RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(plain)))
          .keyID(kid)
          .build();
    }
  }

  private static Optional<Stored> newest(JdbcClient jdbc) {
    return jdbc.sql(
            "select kid, public_key, private_key, nonce from oauth_signing_key"
                + " order by created_at desc, kid limit 1")
        .query(
            (r, n) ->
                new Stored(
                    r.getString("kid"),
                    r.getBytes("public_key"),
                    r.getBytes("private_key"),
                    r.getBytes("nonce")))
        .optional();
  }

  private static RSAKey create(JdbcClient jdbc, KeyEncryptionKey kek, Clock clock) {
    java.security.KeyPair pair;
    try {
      var generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      pair = generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is not available", e);
    }
    var kid = UUID.randomUUID().toString();
    var nonce = KeyEncryptionKey.nonce();
    jdbc.sql(
            """
            insert into oauth_signing_key
              (id, kid, public_key, private_key, nonce, created_at, created_by)
            values (:id, :kid, :public, :private, :nonce, :now, 'system')""")
        .param("id", UUID.randomUUID())
        .param("kid", kid)
        .param("public", pair.getPublic().getEncoded())
        .param("private", kek.encrypt(pair.getPrivate().getEncoded(), nonce, kid))
        .param("nonce", nonce)
        .param("now", Timestamp.from(clock.instant()))
        .update();
    log.info("Made the API signing key {}", kid);
    return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
        .privateKey((RSAPrivateKey) pair.getPrivate())
        .keyID(kid)
        .build();
  }
}
