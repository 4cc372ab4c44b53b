package org.stepwise.assessment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.assessment.internal.QuestionnaireFiles;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.caseload.CaseClosed;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Caseloads;
import org.stepwise.caseload.WorkItemKind;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Questionnaires on a case: completed with the practitioner in a session, or sent to the person as
 * a link to complete online. Each completion is scored by the definition's own rules and kept with
 * its scores. Practitioners and managers; every read and change of a person's answers is logged.
 * The person's side of a link ({@link #forLink}, {@link #returnByLink}) needs no sign-in: the
 * link's secret is the key, and only its hash is stored.
 */
@Service
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class Questionnaires {

  /** How long a link stays open. */
  public static final Duration LINK_LIFE = Duration.ofDays(14);

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final QuestionnaireFiles files;
  private final Caseloads caseloads;
  private final AuditLog auditLog;
  private final Clock clock;

  Questionnaires(
      JdbcClient jdbc,
      QuestionnaireFiles files,
      Caseloads caseloads,
      AuditLog auditLog,
      Clock clock) {
    this.jdbc = jdbc;
    this.files = files;
    this.caseloads = caseloads;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /** Every questionnaire, with any wording an administrator has loaded. */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER','ADMIN')")
  public List<Questionnaire> available() {
    return files.all().stream().map(this::worded).toList();
  }

  /**
   * One questionnaire, with any wording an administrator has loaded.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER','ADMIN')")
  public Questionnaire definition(String code) {
    return files
        .find(code)
        .map(this::worded)
        .orElseThrow(() -> new IllegalArgumentException("No such questionnaire"));
  }

  /**
   * Records a questionnaire completed with the practitioner.
   *
   * @throws Scoring.InvalidAnswers naming each question that needs an answer
   * @throws IllegalStateException for a closed case
   */
  @Transactional
  public UUID complete(UUID caseId, String code, Map<String, Integer> answers, LocalDate on) {
    var c = openCase(caseId);
    var q = definition(code);
    if (on == null || on.isAfter(LocalDate.now(clock.withZone(org.stepwise.site.Dates.LONDON)))) {
      throw new IllegalArgumentException("The date completed must be today or earlier");
    }
    var id = store(c.caseId(), c.referralId(), c.personId(), q, answers, on, false, currentUser());
    auditLog.record(
        AuditAction.CREATE,
        "questionnaire-response",
        c.personId(),
        q.code() + " from case " + caseId);
    return id;
  }

  /** The questionnaires completed on the case, newest first. */
  @Transactional
  public List<QuestionnaireResponse> forCase(UUID caseId) {
    var c = find(caseId);
    auditLog.record(
        AuditAction.READ, "questionnaire-response", c.personId(), "from case " + caseId);
    return jdbc.sql(
            "select * from questionnaire_response where care_case_id = :c order by completed_on desc, created_at desc")
        .param("c", caseId)
        .query(this::response)
        .list();
  }

  /** One completed questionnaire on the case. */
  @Transactional
  public Optional<QuestionnaireResponse> response(UUID caseId, UUID id) {
    var c = find(caseId);
    auditLog.record(
        AuditAction.READ, "questionnaire-response", c.personId(), id + " from case " + caseId);
    return jdbc.sql("select * from questionnaire_response where care_case_id = :c and id = :id")
        .param("c", caseId)
        .param("id", id)
        .query(this::response)
        .optional();
  }

  /**
   * Makes a link for the person to complete a questionnaire online. The secret part is only in the
   * returned link; pass it on to the person.
   *
   * @throws IllegalStateException for a closed case, or a licensed questionnaire without wording
   */
  @Transactional
  public QuestionnaireLink send(UUID caseId, String code) {
    var c = openCase(caseId);
    var q = definition(code);
    if (!q.hasWording()) {
      throw new org.stepwise.site.ChangeRefused("questionnaire.send.noWording", q.name());
    }
    var bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    var id = UUID.randomUUID();
    var now = clock.instant();
    jdbc.sql(
            """
        insert into questionnaire_request (id, person_id, care_case_id, referral_id, code, token_hash, expires_at,
          created_at, created_by, updated_at, updated_by, version)
        values (:id, :p, :c, :r, :code, :hash, :expires, :now, :by, :now, :by, 0)""")
        .param("id", id)
        .param("p", c.personId())
        .param("c", caseId)
        .param("r", c.referralId())
        .param("code", code)
        .param("hash", hash(token))
        .param("expires", java.sql.Timestamp.from(now.plus(LINK_LIFE)))
        .param("now", java.sql.Timestamp.from(now))
        .param("by", currentUser())
        .update();
    auditLog.record(
        AuditAction.CREATE, "questionnaire-request", c.personId(), code + " from case " + caseId);
    return new QuestionnaireLink(
        id,
        code,
        q.name(),
        token,
        now.plus(LINK_LIFE),
        now,
        currentUser(),
        QuestionnaireLink.Status.WAITING);
  }

  /** The links sent on the case, newest first (without their secrets). */
  @Transactional
  public List<QuestionnaireLink> links(UUID caseId) {
    find(caseId);
    var now = clock.instant();
    return jdbc.sql(
            "select * from questionnaire_request where care_case_id = :c order by created_at desc")
        .param("c", caseId)
        .query(
            (r, n) -> {
              var expires = r.getTimestamp("expires_at").toInstant();
              var status =
                  r.getObject("response_id") != null
                      ? QuestionnaireLink.Status.RETURNED
                      : r.getTimestamp("cancelled_at") != null
                          ? QuestionnaireLink.Status.CANCELLED
                          : expires.isBefore(now)
                              ? QuestionnaireLink.Status.EXPIRED
                              : QuestionnaireLink.Status.WAITING;
              var code = r.getString("code");
              var name = files.nameOf(code);
              return new QuestionnaireLink(
                  r.getObject("id", UUID.class),
                  code,
                  name,
                  null,
                  expires,
                  r.getTimestamp("created_at").toInstant(),
                  r.getString("created_by"),
                  status);
            })
        .list();
  }

  /** Cancels a waiting link, so it no longer opens. */
  @Transactional
  public void cancel(UUID caseId, UUID linkId) {
    var c = find(caseId);
    int changed =
        jdbc.sql(
                """
        update questionnaire_request set cancelled_at = :now, updated_at = :now, updated_by = :by,
          version = version + 1
        where id = :id and care_case_id = :c and response_id is null and cancelled_at is null""")
            .param("now", java.sql.Timestamp.from(clock.instant()))
            .param("by", currentUser())
            .param("id", linkId)
            .param("c", caseId)
            .update();
    if (changed == 0) {
      throw new org.stepwise.site.ChangeRefused("questionnaire.link.notOpen");
    }
    auditLog.record(
        AuditAction.UPDATE, "questionnaire-request", c.personId(), "cancelled " + linkId);
  }

  /**
   * When a case closes, links still waiting on it stop opening: the person has left the service,
   * and answers sent afterwards would reach no one. They show as cancelled on the case.
   */
  @ApplicationModuleListener
  @PreAuthorize("permitAll()") // runs after the closing transaction, with no one signed in
  void on(CaseClosed closed) {
    int cancelled =
        jdbc.sql(
                """
        update questionnaire_request set cancelled_at = :now, updated_at = :now, updated_by = 'system',
          version = version + 1
        where care_case_id = :c and response_id is null and cancelled_at is null""")
            .param("now", java.sql.Timestamp.from(clock.instant()))
            .param("c", closed.caseId().id())
            .update();
    if (cancelled > 0) {
      auditLog.record(
          AuditAction.UPDATE,
          "questionnaire-request",
          closed.personId(),
          cancelled + " waiting link(s) cancelled: case " + closed.caseId() + " closed");
    }
  }

  /** The questionnaire a link opens, if it is still waiting: no sign-in needed. */
  @PreAuthorize("permitAll()")
  @Transactional(readOnly = true)
  public Optional<Questionnaire> forLink(String token) {
    return waiting(token).map(r -> definitionOf(r.code()));
  }

  /**
   * Stores the person's answers from a link, closes the link and puts "questionnaire returned" on
   * the worker's caseload, with any alert in its description.
   *
   * @throws Scoring.InvalidAnswers naming each question that needs an answer
   * @throws IllegalStateException when the link is not waiting (returned, cancelled, expired or
   *     unknown)
   */
  @PreAuthorize("permitAll()")
  @Transactional
  public void returnByLink(String token, Map<String, Integer> answers) {
    var request =
        waiting(token).orElseThrow(() -> new IllegalStateException("This link is no longer open"));
    var q = definitionOf(request.code());
    var id =
        store(
            request.caseId(),
            request.referralId(),
            request.personId(),
            q,
            answers,
            LocalDate.now(clock.withZone(org.stepwise.site.Dates.LONDON)),
            true,
            "public");
    int changed =
        jdbc.sql(
                """
        update questionnaire_request set response_id = :r, updated_at = :now, updated_by = 'public',
          version = version + 1
        where id = :id and response_id is null""")
            .param("r", id)
            .param("now", java.sql.Timestamp.from(clock.instant()))
            .param("id", request.id())
            .update();
    if (changed == 0) {
      throw new IllegalStateException("This link is no longer open");
    }
    auditLog.record(
        AuditAction.CREATE,
        "questionnaire-response",
        request.personId(),
        q.code() + " returned online");
    var scored =
        jdbc.sql("select * from questionnaire_response where id = :id")
            .param("id", id)
            .query(this::response)
            .single();
    var alert = scored.alerts().isEmpty() ? "" : " ALERT: " + String.join(" ", scored.alerts());
    caseloads.raiseWorkItem(
        request.caseId(),
        WorkItemKind.QUESTIONNAIRE_RETURNED,
        q.name() + ", completed online: " + scored.summary() + "." + alert,
        LocalDate.now(clock.withZone(org.stepwise.site.Dates.LONDON)),
        "questionnaire-returned:" + id);
  }

  /**
   * Loads the wording of a licensed questionnaire, under the service's own licence. An item left
   * blank keeps no wording; option labels are optional.
   *
   * @throws IllegalArgumentException for a free questionnaire (its wording is fixed) or an unknown
   *     item
   */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public void loadWording(String code, Map<String, Questionnaire.ItemText> wording) {
    var q =
        files.find(code).orElseThrow(() -> new IllegalArgumentException("No such questionnaire"));
    if (q.licence() == Questionnaire.Licence.FREE) {
      throw new IllegalArgumentException(
          q.name() + " is shipped with its own wording, which must not change");
    }
    for (var id : wording.keySet()) {
      if (q.item(id).isEmpty()) {
        throw new IllegalArgumentException("No item " + id + " in " + q.name());
      }
    }
    var problems = checkWording(q, wording);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.getFirst().message());
    }
    jdbc.sql("delete from questionnaire_text where code = :c").param("c", code).update();
    wording.forEach(
        (item, text) -> {
          if (text.text() == null || text.text().isBlank()) {
            return;
          }
          jdbc.sql(
                  "insert into questionnaire_text (id, code, item_id, text, option_labels, created_at, created_by)"
                      + " values (:id, :c, :item, :text, :labels, :now, :by)")
              .param("id", UUID.randomUUID())
              .param("now", java.sql.Timestamp.from(clock.instant()))
              .param("c", code)
              .param("item", item)
              .param("text", text.text().strip())
              .param(
                  "labels",
                  text.optionLabels() == null
                      ? new String[0]
                      : text.optionLabels().toArray(String[]::new))
              .param("by", currentUser())
              .update();
        });
    auditLog.record(AuditAction.UPDATE, "questionnaire-wording", null, code);
  }

  /** The most an item's loaded wording may hold. */
  public static final int MAX_WORDING = 2000;

  /** A problem with loaded wording: in the item's text, or in its answers ({@code options}). */
  public record WordingProblem(String itemId, boolean options, String message) {}

  /**
   * Checks wording to load for a licensed questionnaire: each item's text at most {@link
   * #MAX_WORDING} characters, no more answer labels than the item has answers, and no answers
   * without the item's text. Empty when it can be loaded.
   */
  public static List<WordingProblem> checkWording(
      Questionnaire q, Map<String, Questionnaire.ItemText> wording) {
    var problems = new java.util.ArrayList<WordingProblem>();
    int number = 0;
    for (var item : q.items()) {
      number++;
      var loaded = wording.get(item.id());
      if (loaded == null) {
        continue;
      }
      var text = loaded.text() == null ? "" : loaded.text().strip();
      var labels = loaded.optionLabels() == null ? List.<String>of() : loaded.optionLabels();
      if (text.length() > MAX_WORDING) {
        problems.add(
            new WordingProblem(
                item.id(),
                false,
                "The wording of item "
                    + number
                    + " must be "
                    + MAX_WORDING
                    + " characters or fewer"));
      }
      var answers = q.optionsFor(item).size();
      if (!labels.isEmpty() && labels.size() > answers) {
        problems.add(
            new WordingProblem(
                item.id(),
                true,
                item.isChoice()
                    ? "Item "
                        + number
                        + " has "
                        + answers
                        + " answers: enter at most "
                        + answers
                        + " lines"
                    : "Item " + number + " is answered with a number: leave its answers empty"));
      }
      if (text.isEmpty() && !labels.isEmpty()) {
        problems.add(
            new WordingProblem(
                item.id(),
                false,
                "Enter the wording of item " + number + " as well as its answers"));
      }
    }
    return problems;
  }

  /** Who last loaded wording for a licensed questionnaire, and when; empty if none is loaded. */
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public Optional<String> wordingLoaded(String code) {
    return jdbc.sql(
            "select created_by, created_at from questionnaire_text where code = :c order by created_at desc limit 1")
        .param("c", code)
        .query(
            (r, n) ->
                r.getString("created_by")
                    + " on "
                    + java.time.format.DateTimeFormatter.ofPattern(
                            "d MMMM yyyy", java.util.Locale.UK)
                        .format(r.getTimestamp("created_at").toLocalDateTime()))
        .optional();
  }

  /**
   * The questionnaires completed on a referral's case, newest first (for the referral's and case's
   * pages).
   */
  @Transactional
  public List<QuestionnaireResponse> forReferral(UUID referralId) {
    var list =
        jdbc.sql(
                "select * from questionnaire_response where referral_id = :r order by completed_on desc, created_at desc")
            .param("r", referralId)
            .query(this::response)
            .list();
    if (!list.isEmpty()) {
      auditLog.record(AuditAction.READ, "questionnaire-response", referralId, "referral page");
    }
    return list;
  }

  /** Timeline entries for the questionnaires completed on a referral's case. */
  @Transactional
  public List<org.stepwise.site.TimelineSource.Entry> timeline(UUID referralId) {
    return forReferral(referralId).stream()
        .map(
            r ->
                new org.stepwise.site.TimelineSource.Entry(
                    r.at(),
                    "Questionnaire",
                    r.name() + (r.byPerson() ? " (returned online)" : "") + ": " + r.summary(),
                    r.byPerson() ? "The person" : r.by()))
        .toList();
  }

  private record Waiting(UUID id, UUID caseId, UUID referralId, UUID personId, String code) {}

  private Optional<Waiting> waiting(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
        select * from questionnaire_request
        where token_hash = :h and response_id is null and cancelled_at is null and expires_at > :now""")
        .param("h", hash(token))
        .param("now", java.sql.Timestamp.from(clock.instant()))
        .query(
            (r, n) ->
                new Waiting(
                    r.getObject("id", UUID.class),
                    r.getObject("care_case_id", UUID.class),
                    r.getObject("referral_id", UUID.class),
                    r.getObject("person_id", UUID.class),
                    r.getString("code")))
        .optional();
  }

  private UUID store(
      UUID caseId,
      UUID referralId,
      UUID personId,
      Questionnaire q,
      Map<String, Integer> answers,
      LocalDate on,
      boolean byPerson,
      String by) {
    var kept = Scoring.check(q, answers);
    var result = Scoring.score(q, kept);
    var id = UUID.randomUUID();
    jdbc.sql(
            """
        insert into questionnaire_response (id, person_id, care_case_id, referral_id, code, version, answers, scores,
          result, alerts, completed_on, by_person, created_at, created_by)
        values (:id, :p, :c, :r, :code, :v, cast(:answers as jsonb), cast(:scores as jsonb), :result,
          cast(:alerts as jsonb), :on, :byPerson, :now, :by)""")
        .param("id", id)
        .param("p", personId)
        .param("c", caseId)
        .param("r", referralId)
        .param("code", q.code())
        .param("v", q.version())
        .param("answers", JSON.writeValueAsString(kept))
        .param("scores", JSON.writeValueAsString(result.values()))
        .param("result", result.result())
        .param("alerts", JSON.writeValueAsString(result.alerts()))
        .param("on", on)
        .param("byPerson", byPerson)
        .param("now", java.sql.Timestamp.from(clock.instant()))
        .param("by", by)
        .update();
    return id;
  }

  private QuestionnaireResponse response(ResultSet r, int n) throws SQLException {
    var code = r.getString("code");
    var name = files.nameOf(code);
    return new QuestionnaireResponse(
        r.getObject("id", UUID.class),
        r.getObject("care_case_id", UUID.class),
        code,
        r.getInt("version"),
        name,
        r.getObject("completed_on", LocalDate.class),
        r.getBoolean("by_person"),
        JSON.readValue(
            r.getString("answers"), new TypeReference<LinkedHashMap<String, Integer>>() {}),
        JSON.readValue(r.getString("scores"), new TypeReference<List<Scoring.Value>>() {}),
        r.getString("result"),
        JSON.readValue(r.getString("alerts"), new TypeReference<List<String>>() {}),
        r.getString("created_by"),
        r.getTimestamp("created_at").toInstant());
  }

  private Questionnaire definitionOf(String code) {
    return files.find(code).map(this::worded).orElseThrow();
  }

  private Questionnaire worded(Questionnaire q) {
    if (q.licence() == Questionnaire.Licence.FREE) {
      return q;
    }
    var texts =
        jdbc
            .sql("select item_id, text, option_labels from questionnaire_text where code = :c")
            .param("c", q.code())
            .query(Questionnaires::itemText)
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return q.withText(texts);
  }

  private static Map.Entry<String, Questionnaire.ItemText> itemText(ResultSet r, int n)
      throws SQLException {
    Array labels = r.getArray("option_labels");
    var list = labels == null ? List.<String>of() : Arrays.asList((String[]) labels.getArray());
    return Map.entry(r.getString("item_id"), new Questionnaire.ItemText(r.getString("text"), list));
  }

  private CaseView find(UUID caseId) {
    return caseloads.find(caseId).orElseThrow(() -> new org.stepwise.site.RecordNotFound("case"));
  }

  private CaseView openCase(UUID caseId) {
    var c = find(caseId);
    if (!c.open()) {
      throw new org.stepwise.site.ChangeRefused("questionnaire.case.closed");
    }
    return c;
  }

  private static String currentUser() {
    return SecurityContextHolder.getContext().getAuthentication().getName();
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
