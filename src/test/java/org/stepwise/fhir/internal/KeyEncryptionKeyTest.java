package org.stepwise.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key that encrypts the signing key: where it comes from, and what it refuses. */
class KeyEncryptionKeyTest {

  static final String KEY = "q7n0m8Yc3JmJ0v9yXb8c0p0lXhHj2WmFqjZ8QmT0k5E=";

  @Test
  void outsideDemoModeAKeyMustBeConfiguredAndBe32Bytes() {
    assertThatThrownBy(() -> KeyEncryptionKey.resolve(null, false, "data"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("STEPWISE_OAUTH_KEY_ENCRYPTION_KEY")
        .hasMessageContaining("openssl rand -base64 32");
    assertThatThrownBy(() -> KeyEncryptionKey.resolve("c2hvcnQ=", false, null))
        .hasMessageContaining("must be 32 bytes");
    assertThatThrownBy(() -> KeyEncryptionKey.resolve("not base64 at all!", true, null))
        .hasMessageContaining("must be 32 bytes");
    assertThat(KeyEncryptionKey.resolve(KEY, false, null).demo()).isFalse();
  }

  @Test
  void inDemoModeAKeyIsMadeOnceInTheDataFolderForItsOwnerOnly(@TempDir Path data) throws Exception {
    var first = KeyEncryptionKey.resolve("", true, data.toString());
    var file = data.resolve(KeyEncryptionKey.FILE);
    assertThat(file).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    var again = KeyEncryptionKey.resolve(null, true, data.toString());
    var nonce = KeyEncryptionKey.nonce();
    var sealed = first.encrypt("secret".getBytes(StandardCharsets.UTF_8), nonce, "kid-1");
    assertThat(new String(again.decrypt(sealed, nonce, "kid-1"), StandardCharsets.UTF_8))
        .as("the same key after a restart")
        .isEqualTo("secret");
    assertThat(again.demo()).isTrue();
  }

  @Test
  void whatOneKeySealsAnotherKeyOrAnotherRowCannotOpen() {
    var key = KeyEncryptionKey.of(KEY);
    var nonce = KeyEncryptionKey.nonce();
    var sealed = key.encrypt("private".getBytes(StandardCharsets.UTF_8), nonce, "kid-1");
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("private");
    assertThatThrownBy(
            () ->
                KeyEncryptionKey.of("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                    .decrypt(sealed, nonce, "kid-1"))
        .isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() -> key.decrypt(sealed, nonce, "kid-2"))
        .as("bound to its key id")
        .isInstanceOf(GeneralSecurityException.class);
    assertThat(key.derive("a")).isNotEqualTo(key.derive("b")).hasSize(32);
  }
}
