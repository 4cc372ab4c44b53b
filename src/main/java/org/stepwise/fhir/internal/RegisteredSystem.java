package org.stepwise.fhir.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.fhir.ApiClient;
import org.stepwise.fhir.ApiClientId;
import org.stepwise.site.EditConflict;

/**
 * A clinical system registered to use the FHIR API: its OAuth 2.0 client id, the organisation it
 * acts for, the hash of its secret, what it may do, and whether it is active. Every change
 * (deactivation, reactivation, a new secret) makes a new version, which is also the version of its
 * credentials that tokens carry ({@link ApiClients#currentCredentialVersion}).
 *
 * <p>The details of a new client are checked by {@link org.stepwise.fhir.ApiClientRegistry} before
 * it is made (the registry also knows which names and client ids are taken).
 */
@Table("api_client")
public class RegisteredSystem {

  @Id private final UUID id;
  private final String clientId;
  private final String name;
  private final String organisation;
  private final String odsCode;
  private String secretHash;
  private final List<String> scopes;
  private boolean active;

  /** Written by {@link ApiClients#used} as tokens are issued, never by saving a change. */
  @ReadOnlyProperty private Instant lastUsedAt;

  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  RegisteredSystem(
      UUID id,
      String clientId,
      String name,
      String organisation,
      String odsCode,
      String secretHash,
      List<String> scopes,
      boolean active,
      Instant lastUsedAt,
      Long version) {
    this.id = id;
    this.clientId = clientId;
    this.name = name;
    this.organisation = organisation;
    this.odsCode = odsCode;
    this.secretHash = secretHash;
    this.scopes = new ArrayList<>(scopes == null ? List.of() : scopes);
    this.active = active;
    this.lastUsedAt = lastUsedAt;
    this.version = version;
  }

  /**
   * A system just registered, active, with checked details.
   *
   * @param odsCode upper case, or null
   * @param scopes in the order of {@link org.stepwise.fhir.ApiClientRegistry#SCOPES}
   */
  public static RegisteredSystem register(
      String clientId,
      String name,
      String organisation,
      String odsCode,
      String secretHash,
      List<String> scopes) {
    return new RegisteredSystem(
        UUID.randomUUID(),
        clientId,
        name,
        organisation,
        odsCode,
        secretHash,
        scopes,
        true,
        null,
        null);
  }

  /**
   * Stops the system getting tokens. Does nothing to one already deactivated (a second click, or
   * someone else got there first: the result is what was asked for).
   *
   * @param expectedVersion the version the page showed
   * @return whether anything changed
   * @throws EditConflict when it is active but was changed after the page was read
   */
  public boolean deactivate(Long expectedVersion) {
    return setActive(expectedVersion, false);
  }

  /**
   * Lets a deactivated system get tokens again, with the secret it had. Does nothing to one already
   * active.
   *
   * @return whether anything changed
   * @throws EditConflict when it is deactivated but was changed after the page was read
   */
  public boolean reactivate(Long expectedVersion) {
    return setActive(expectedVersion, true);
  }

  /**
   * Replaces the hash of the secret: the old secret, and tokens got with it, stop working.
   *
   * @throws EditConflict when the system was changed after the page was read (someone else, or an
   *     earlier click, already gave it a new secret), so that a secret just handed to its supplier
   *     is not replaced unseen
   */
  public void newSecret(Long expectedVersion, String newSecretHash) {
    EditConflict.check(expectedVersion, version());
    secretHash = newSecretHash;
  }

  private boolean setActive(Long expectedVersion, boolean wanted) {
    if (active == wanted) {
      return false;
    }
    EditConflict.check(expectedVersion, version());
    active = wanted;
    return true;
  }

  public ApiClientId id() {
    return ApiClientId.of(id);
  }

  public String clientId() {
    return clientId;
  }

  public String name() {
    return name;
  }

  public long version() {
    return version == null ? 0 : version;
  }

  /** The system as administrators see it, scopes in the order given. */
  public ApiClient view(List<String> scopeOrder) {
    return new ApiClient(
        id(),
        clientId,
        name,
        organisation,
        odsCode,
        scopeOrder.stream().filter(scopes::contains).toList(),
        active,
        lastUsedAt,
        createdAt,
        createdBy,
        version());
  }
}
