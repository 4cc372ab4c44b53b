package org.stepwise.fhir;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.fhir.internal.RegisteredSystem;
import org.stepwise.fhir.internal.RegisteredSystemRepository;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.EditConflict;

/**
 * Administrators register the clinical systems that may use the FHIR API, see when each last got a
 * token, deactivate and reactivate them, and give them new secrets. A secret is shown once, when it
 * is made; only its hash ({@link PasswordEncoder}) is kept. Every change is in the access log,
 * never with the secret.
 *
 * <p>Administrators only. Each change goes through the client's record ({@link RegisteredSystem}),
 * refused when the page it was made on is stale, and runs in one transaction with its log row.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ApiClientRegistry {

  /** The scopes a client can hold: send referrals, and read referrals and their progress. */
  public static final List<String> SCOPES = List.of("referral.write", "referral.read");

  /** The longest name or organisation. */
  public static final int MAX_TEXT = 200;

  private static final String RECORD_TYPE = "api-client";
  private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,10}");
  private static final String SUFFIX_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final int MAX_SLUG = 40;

  private final RegisteredSystemRepository systems;
  private final PasswordEncoder passwordEncoder;
  private final AuditLog auditLog;
  private final SecureRandom random = new SecureRandom();

  ApiClientRegistry(
      RegisteredSystemRepository systems, PasswordEncoder passwordEncoder, AuditLog auditLog) {
    this.systems = systems;
    this.passwordEncoder = passwordEncoder;
    this.auditLog = auditLog;
  }

  /**
   * A problem with what was entered for a new client: the field ({@code name}, {@code
   * organisation}, {@code odsCode} or {@code scopes}) and a message for the person entering it.
   */
  public record Problem(String field, String messageKey) {}

  /**
   * What is wrong with the details of a new client, in the order the form asks for them; empty when
   * they will do. Needs no access: it reads nothing.
   *
   * @param odsCode may be null or blank; letters may be lower case
   * @param scopes may be null
   */
  public static List<Problem> check(
      String name, String organisation, String odsCode, Set<String> scopes) {
    var problems = new ArrayList<Problem>();
    var n = strip(name);
    if (n.isEmpty()) {
      problems.add(new Problem("name", "apiClient.name.required"));
    } else if (n.length() > MAX_TEXT) {
      problems.add(new Problem("name", "apiClient.name.size"));
    }
    var o = strip(organisation);
    if (o.isEmpty()) {
      problems.add(new Problem("organisation", "apiClient.organisation.required"));
    } else if (o.length() > MAX_TEXT) {
      problems.add(new Problem("organisation", "apiClient.organisation.size"));
    }
    var ods = odsCode(odsCode);
    if (ods != null && !ODS_CODE.matcher(ods).matches()) {
      problems.add(new Problem("odsCode", "apiClient.odsCode.format"));
    }
    if (scopes == null || scopes.isEmpty() || !SCOPES.containsAll(scopes)) {
      problems.add(new Problem("scopes", "apiClient.scopes.required"));
    }
    return problems;
  }

  /** Every registered client, newest first. */
  @Transactional(readOnly = true)
  public List<ApiClient> list() {
    return systems.newestFirst().stream().map(s -> s.view(SCOPES)).toList();
  }

  /**
   * Registers a client: its id is made from the name (e.g. {@code hilltop-emis-4f7k2q}) and its
   * secret is 32 random bytes in base64url. A second client of the same name (in any case) is
   * refused: the form sent twice registers one system, and one that has lost its secret gets a new
   * one instead ({@link #newSecret}).
   *
   * @param odsCode may be null or blank; kept in upper case
   * @return the client id and the secret, to show once
   * @throws ChangeRefused for the first field in error (see {@link #check}), or on {@code name}
   *     when a client of that name is already registered
   */
  @Transactional
  public ApiClientSecret register(
      String name, String organisation, String odsCode, Set<String> scopes) {
    var problems = check(name, organisation, odsCode, scopes);
    if (!problems.isEmpty()) {
      throw ChangeRefused.onField(problems.getFirst().field(), problems.getFirst().messageKey());
    }
    var n = strip(name);
    if (systems.nameTaken(n)) {
      throw nameTaken(n);
    }
    var base = slug(name);
    String clientId;
    do {
      clientId = base + "-" + suffix();
    } while (systems.existsByClientId(clientId));
    var secret = newSecretText();
    var ordered = SCOPES.stream().filter(scopes::contains).toList();
    RegisteredSystem saved;
    try {
      saved =
          systems.save(
              RegisteredSystem.register(
                  clientId,
                  n,
                  strip(organisation),
                  odsCode(odsCode),
                  passwordEncoder.encode(secret),
                  ordered));
    } catch (DuplicateKeyException sameNameRegisteredMeanwhile) {
      throw nameTaken(n);
    }
    auditLog.record(
        AuditAction.CREATE,
        RECORD_TYPE,
        saved.id().id(),
        "registered " + clientId + " with scopes " + String.join(" ", ordered));
    return new ApiClientSecret(clientId, n, secret);
  }

  /**
   * Stops a client getting tokens, and the tokens it has stop working at once. Does nothing to a
   * client already deactivated.
   *
   * @param version the version of the client the page showed ({@link ApiClient#version()})
   * @throws IllegalArgumentException when there is no such client
   * @throws EditConflict when the client is active but changed since that version; nothing changes
   */
  @Transactional
  public ApiClient deactivate(String clientId, Long version) {
    var system = find(clientId);
    if (system.deactivate(version)) {
      system = save(system);
      auditLog.record(
          AuditAction.UPDATE, RECORD_TYPE, system.id().id(), "deactivated " + system.clientId());
    }
    return system.view(SCOPES);
  }

  /**
   * Lets a deactivated client get tokens again, with the secret it had. Does nothing to a client
   * already active.
   *
   * @throws IllegalArgumentException when there is no such client
   * @throws EditConflict when the client is deactivated but changed since {@code version}
   */
  @Transactional
  public ApiClient reactivate(String clientId, Long version) {
    var system = find(clientId);
    if (system.reactivate(version)) {
      system = save(system);
      auditLog.record(
          AuditAction.UPDATE, RECORD_TYPE, system.id().id(), "reactivated " + system.clientId());
    }
    return system.view(SCOPES);
  }

  /**
   * Gives a client a new secret; the old one, and tokens got with it, stop working at once.
   *
   * @param version the version of the client the page showed
   * @return the new secret, to show once
   * @throws IllegalArgumentException when there is no such client
   * @throws EditConflict when the client changed since {@code version} (someone else gave it a new
   *     secret, say): nothing changes, so a secret just given to a supplier is not replaced unseen
   */
  @Transactional
  public ApiClientSecret newSecret(String clientId, Long version) {
    var system = find(clientId);
    var secret = newSecretText();
    system.newSecret(version, passwordEncoder.encode(secret));
    system = save(system);
    auditLog.record(
        AuditAction.UPDATE, RECORD_TYPE, system.id().id(), "new secret for " + system.clientId());
    return new ApiClientSecret(system.clientId(), system.name(), secret);
  }

  /** Saves a change; one saved by someone else meanwhile is an {@link EditConflict}. */
  private RegisteredSystem save(RegisteredSystem system) {
    try {
      return systems.save(system);
    } catch (OptimisticLockingFailureException changedMeanwhile) {
      var now = find(system.clientId());
      throw new EditConflict(system.version(), now.version());
    }
  }

  private RegisteredSystem find(String clientId) {
    return systems
        .findByClientId(clientId == null ? "" : clientId)
        .orElseThrow(() -> new IllegalArgumentException("No such API client"));
  }

  private static ChangeRefused nameTaken(String name) {
    return ChangeRefused.onField("name", "apiClient.name.taken", name);
  }

  private String newSecretText() {
    var bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private String suffix() {
    var text = new StringBuilder(6);
    for (int i = 0; i < 6; i++) {
      text.append(SUFFIX_CHARACTERS.charAt(random.nextInt(SUFFIX_CHARACTERS.length())));
    }
    return text.toString();
  }

  /**
   * The name in lower-case letters, digits and hyphens, e.g. "Hilltop EMIS" gives "hilltop-emis".
   */
  static String slug(String name) {
    var plain =
        Normalizer.normalize(strip(name), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (plain.length() > MAX_SLUG) {
      plain = plain.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }
    return plain.isEmpty() ? "client" : plain;
  }

  private static String odsCode(String odsCode) {
    var code = strip(odsCode).toUpperCase(Locale.ROOT);
    return code.isEmpty() ? null : code;
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }
}
