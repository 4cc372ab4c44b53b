package org.stepwise.fhir;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.site.ChangeRefused;

/**
 * Administrators register the clinical systems that may use the FHIR API, see when each last got a
 * token, deactivate and reactivate them, and give them new secrets. A secret is shown once, when it
 * is made; only its hash ({@link PasswordEncoder}) is kept. Every change is in the access log,
 * never with the secret.
 *
 * <p>Administrators only. Writes run in one transaction with their log row.
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

  private final JdbcClient jdbc;
  private final PasswordEncoder passwordEncoder;
  private final AuditLog auditLog;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApiClientRegistry(
      JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
    this.jdbc = jdbc;
    this.passwordEncoder = passwordEncoder;
    this.auditLog = auditLog;
    this.clock = clock;
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
    return jdbc.sql(
            """
        select id, client_id, name, organisation, ods_code, scopes, active, last_used_at, created_at, created_by
        from api_client order by created_at desc, client_id""")
        .query(ApiClientRegistry::client)
        .list();
  }

  /**
   * Registers a client: its id is made from the name (e.g. {@code hilltop-emis-4f7k2q}) and its
   * secret is 32 random bytes in base64url.
   *
   * @param odsCode may be null or blank; kept in upper case
   * @return the client id and the secret, to show once
   * @throws ChangeRefused for the first field in error (see {@link #check})
   */
  @Transactional
  public ApiClientSecret register(
      String name, String organisation, String odsCode, Set<String> scopes) {
    var problems = check(name, organisation, odsCode, scopes);
    if (!problems.isEmpty()) {
      throw ChangeRefused.onField(problems.getFirst().field(), problems.getFirst().messageKey());
    }
    var id = UUID.randomUUID();
    var secret = newSecretText();
    var ordered = SCOPES.stream().filter(scopes::contains).toList();
    var base = slug(name);
    String clientId;
    int inserted;
    do {
      clientId = base + "-" + suffix();
      inserted =
          jdbc.sql(
                  """
          insert into api_client (id, client_id, name, organisation, ods_code, secret_hash, scopes, created_at, created_by)
          values (:id, :clientId, :name, :organisation, :ods, :hash, string_to_array(:scopes, ','), :at, :by)
          on conflict (client_id) do nothing""")
              .param("id", id)
              .param("clientId", clientId)
              .param("name", strip(name))
              .param("organisation", strip(organisation))
              .param("ods", odsCode(odsCode))
              .param("hash", passwordEncoder.encode(secret))
              .param("scopes", String.join(",", ordered))
              .param("at", Timestamp.from(clock.instant()))
              .param("by", SecurityContextHolder.getContext().getAuthentication().getName())
              .update();
    } while (inserted == 0);
    auditLog.record(
        AuditAction.CREATE,
        RECORD_TYPE,
        id,
        "registered " + clientId + " with scopes " + String.join(" ", ordered));
    return new ApiClientSecret(clientId, strip(name), secret);
  }

  /**
   * Stops a client getting tokens, and the tokens it has stop working at once. Does nothing to a
   * client already deactivated.
   *
   * @throws IllegalArgumentException when there is no such client
   */
  @Transactional
  public ApiClient deactivate(String clientId) {
    return setActive(clientId, false);
  }

  /**
   * Lets a deactivated client get tokens again, with the secret it had.
   *
   * @throws IllegalArgumentException when there is no such client
   */
  @Transactional
  public ApiClient reactivate(String clientId) {
    return setActive(clientId, true);
  }

  /**
   * Gives a client a new secret; the old one, and tokens got with it, stop working at once.
   *
   * @return the new secret, to show once
   * @throws IllegalArgumentException when there is no such client
   */
  @Transactional
  public ApiClientSecret newSecret(String clientId) {
    var client = find(clientId);
    var secret = newSecretText();
    jdbc.sql(
            """
            update api_client
            set secret_hash = :hash, updated_at = :at, updated_by = :by, version = version + 1
            where id = :id """)
        .param("hash", passwordEncoder.encode(secret))
        .param("at", Timestamp.from(clock.instant()))
        .param("by", SecurityContextHolder.getContext().getAuthentication().getName())
        .param("id", client.id())
        .update();
    auditLog.record(
        AuditAction.UPDATE, RECORD_TYPE, client.id(), "new secret for " + client.clientId());
    return new ApiClientSecret(client.clientId(), client.name(), secret);
  }

  private ApiClient setActive(String clientId, boolean active) {
    var client = find(clientId);
    if (client.active() == active) {
      return client;
    }
    jdbc.sql(
            """
            update api_client
            set active = :active, updated_at = :at, updated_by = :by, version = version + 1
            where id = :id """)
        .param("active", active)
        .param("at", Timestamp.from(clock.instant()))
        .param("by", SecurityContextHolder.getContext().getAuthentication().getName())
        .param("id", client.id())
        .update();
    auditLog.record(
        AuditAction.UPDATE,
        RECORD_TYPE,
        client.id(),
        (active ? "reactivated " : "deactivated ") + client.clientId());
    return find(clientId);
  }

  private ApiClient find(String clientId) {
    return jdbc.sql(
            """
        select id, client_id, name, organisation, ods_code, scopes, active, last_used_at, created_at, created_by
        from api_client where client_id = :c""")
        .param("c", clientId == null ? "" : clientId)
        .query(ApiClientRegistry::client)
        .optional()
        .orElseThrow(() -> new IllegalArgumentException("No such API client"));
  }

  private static ApiClient client(ResultSet row, int n) throws SQLException {
    var scopes = Arrays.asList((String[]) row.getArray("scopes").getArray());
    var lastUsed = row.getTimestamp("last_used_at");
    return new ApiClient(
        row.getObject("id", UUID.class),
        row.getString("client_id"),
        row.getString("name"),
        row.getString("organisation"),
        row.getString("ods_code"),
        SCOPES.stream().filter(scopes::contains).toList(),
        row.getBoolean("active"),
        lastUsed == null ? null : lastUsed.toInstant(),
        row.getTimestamp("created_at").toInstant(),
        row.getString("created_by"));
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
