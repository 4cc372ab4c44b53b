package org.stepwise.fhir.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that encrypts the API's signing key at rest (AES-256-GCM), from {@code
 * stepwise.oauth.key-encryption-key} (32 random bytes in base64, e.g. {@code openssl rand -base64
 * 32}). Required with an external database. In demo mode without one, a key is made and kept in the
 * data folder beside the database ({@value #FILE}), with a warning in the log; with a throw-away
 * database (tests) it is made for the run and kept nowhere.
 */
final class KeyEncryptionKey {

  private static final Logger log = LoggerFactory.getLogger(KeyEncryptionKey.class);

  /** The file a demo-mode key is kept in, inside the data folder. */
  static final String FILE = "oauth-key-encryption-key";

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;

  /** Whether the key was made for this demo, rather than configured. */
  private final boolean demo;

  private KeyEncryptionKey(byte[] bytes, boolean demo) {
    this.key = new SecretKeySpec(bytes, "AES");
    this.demo = demo;
  }

  /** A configured key (for tests and tools). */
  static KeyEncryptionKey of(String base64) {
    return new KeyEncryptionKey(decode(base64), false);
  }

  /**
   * The configured key; in demo mode without one, the data folder's (made on first use), or one for
   * this run when there is no data folder.
   *
   * @throws IllegalStateException when none is configured outside demo mode, or it is not 32 bytes
   *     in base64
   */
  static KeyEncryptionKey resolve(String configured, boolean demoMode, String dataDir) {
    if (configured != null && !configured.isBlank()) {
      return new KeyEncryptionKey(decode(configured), false);
    }
    if (!demoMode) {
      throw new IllegalStateException(
          "Set stepwise.oauth.key-encryption-key (environment: STEPWISE_OAUTH_KEY_ENCRYPTION_KEY)"
              + " to 32 random bytes in base64, e.g. from `openssl rand -base64 32`. It encrypts the"
              + " key that signs API tokens, which is stored in the database; every node needs the"
              + " same one, and it must not be lost.");
    }
    if (dataDir == null || dataDir.isBlank()) {
      log.warn(
          "Demo mode with a throw-away database: the API signing key is encrypted with a key made"
              + " for this run only.");
      return new KeyEncryptionKey(random(), true);
    }
    var file = Path.of(dataDir).toAbsolutePath().resolve(FILE);
    var bytes = readOrCreate(file);
    log.warn(
        "DEMO MODE: the key that encrypts the API signing key is kept in {}, beside the database."
            + " Anyone with the data folder can sign API tokens. A real installation sets"
            + " STEPWISE_OAUTH_KEY_ENCRYPTION_KEY and keeps it apart from the database.",
        file);
    return new KeyEncryptionKey(bytes, true);
  }

  boolean demo() {
    return demo;
  }

  /** A fresh random nonce for {@link #encrypt}. */
  static byte[] nonce() {
    var nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    return nonce;
  }

  /**
   * Encrypts with AES-GCM; {@code context} (the key id) is authenticated too, so a ciphertext moved
   * to another row does not decrypt.
   */
  byte[] encrypt(byte[] plain, byte[] nonce, String context) {
    return crypt(Cipher.ENCRYPT_MODE, plain, nonce, context);
  }

  /**
   * @throws GeneralSecurityException when this is not the key it was encrypted with, or it was
   *     changed
   */
  byte[] decrypt(byte[] cipherText, byte[] nonce, String context) throws GeneralSecurityException {
    var cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    return cipher.doFinal(cipherText);
  }

  /**
   * A key for another purpose, derived from this one (HMAC-SHA-256 of the purpose's name), so that
   * this key is used only to encrypt.
   */
  byte[] derive(String purpose) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  private byte[] crypt(int mode, byte[] input, byte[] nonce, String context) {
    try {
      var cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  private static byte[] decode(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException notBase64) {
      bytes = new byte[0];
    }
    if (bytes.length != 32) {
      throw new IllegalStateException(
          "stepwise.oauth.key-encryption-key must be 32 bytes in base64 (44 characters), e.g. from"
              + " `openssl rand -base64 32`");
    }
    return bytes;
  }

  private static byte[] random() {
    var bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** Reads the demo key, or writes a new one readable by this user only. */
  private static byte[] readOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        return decode(Files.readString(file, StandardCharsets.US_ASCII));
      }
      Files.createDirectories(file.getParent());
      var bytes = random();
      try {
        try {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
          Files.createFile(file);
        }
      } catch (FileAlreadyExistsException madeMeanwhile) {
        return decode(Files.readString(file, StandardCharsets.US_ASCII));
      }
      Files.writeString(file, Base64.getEncoder().encodeToString(bytes) + "\n");
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write " + file, e);
    }
  }
}
