package org.stepwise.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.consent.internal.Consent;
import org.stepwise.consent.internal.ConsentRepository;
import org.stepwise.person.People;
import org.stepwise.person.PersonId;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.RecordNotFound;

/**
 * The consent ledger. Practitioners and managers record and withdraw consent; any module asks
 * {@link #check} at the moment it sends or shares, and sends nothing when it is not allowed. Every
 * read and change is logged.
 */
@Service
public class Consents {

  private static final String STAFF = "hasAnyRole('PRACTITIONER','MANAGER')";
  private static final String RECORD_TYPE = "consent";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final ConsentRepository consents;
  private final AuditLog auditLog;
  private final Clock clock;
  private final People people;

  private final org.stepwise.person.PersonAccess access;

  Consents(
      ConsentRepository consents,
      AuditLog auditLog,
      Clock clock,
      People people,
      org.stepwise.person.PersonAccess access) {
    this.access = access;
    this.consents = consents;
    this.people = people;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Records consent the person has given. The same consent recorded again while the first stands
   * (the button pressed twice) records nothing more and returns the first.
   *
   * @throws RecordNotFound when there is no such person
   * @throws ChangeRefused when the consent breaks a rule (see {@code Consent.give})
   */
  @PreAuthorize(STAFF)
  @Transactional
  public ConsentId record(PersonId person, NewConsent consent) {
    access.check(person);
    var given = Consent.give(person, consent, today());
    // The same consent recorded again (the button pressed twice) is kept once: a second copy
    // would stay active when the first is withdrawn.
    consents.lockPerson(person.id());
    for (var kept : consents.findByPerson(person.id())) {
      if (kept.isTheSameGivingAs(given)) {
        return kept.consentId();
      }
    }
    var saved = consents.save(given);
    auditLog.record(
        AuditAction.CREATE,
        RECORD_TYPE,
        saved.consentId().id(),
        consent.recipientType().name() + " " + consent.purpose().name());
    return saved.consentId();
  }

  /**
   * Records consent a referrer reports the person gave when they agreed to the referral, for
   * example to tell the referrer what happens. Referrers may call this, for the person they refer.
   */
  @PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER','REFERRER')")
  @Transactional
  public ConsentId recordAtReferral(PersonId person, RecipientType recipient, Purpose purpose) {
    var saved =
        consents.save(
            Consent.give(
                person,
                new NewConsent(
                    recipient,
                    null,
                    purpose,
                    today(),
                    ConsentMethod.VERBAL,
                    null,
                    "Given when they agreed to the referral, as reported by the referrer"),
                today()));
    auditLog.record(
        AuditAction.CREATE,
        RECORD_TYPE,
        saved.consentId().id(),
        recipient.name() + " " + purpose.name() + " at referral");
    return saved.consentId();
  }

  /**
   * Records that the person withdrew a consent.
   *
   * @throws ChangeRefused when it was already withdrawn, or dated in the future
   * @throws RecordNotFound when there is no such consent
   */
  @PreAuthorize(STAFF)
  @Transactional
  public void withdraw(ConsentId id, LocalDate on, String reason) {
    var consent = consents.findById(id.id()).orElseThrow(() -> new RecordNotFound("consent"));
    access.check(consent.personId());
    consent.withdraw(
        on, reason, SecurityContextHolder.getContext().getAuthentication().getName(), today());
    consents.save(consent);
    auditLog.record(AuditAction.UPDATE, RECORD_TYPE, id.id(), "withdrawn");
  }

  /** Every consent the person has given, newest first, with where each stands today. */
  @PreAuthorize(STAFF)
  @Transactional
  public List<ConsentView> history(PersonId person) {
    access.check(person);
    auditLog.recordAbout(
        AuditAction.READ, "consent-history", person.id(), List.of(person.id()), null);
    var today = today();
    return consents.findByPerson(person.id()).stream().map(c -> c.view(today)).toList();
  }

  /** One consent. */
  @PreAuthorize(STAFF)
  @Transactional
  public java.util.Optional<ConsentView> find(ConsentId id) {
    var found = consents.findById(id.id());
    found.ifPresent(
        c -> {
          access.check(c.personId());
          auditLog.recordAbout(
              AuditAction.READ, RECORD_TYPE, id.id(), List.of(c.personId().id()), null);
        });
    return found.map(c -> c.view(today()));
  }

  /**
   * May information about the person go to this recipient for this purpose today? Call this at the
   * moment of sending or sharing, inside the same transaction, and send nothing when the answer is
   * no: the reason says why, in words for the practitioner.
   *
   * @param recipientName the named recipient, or null for "their GP" or "the referrer"
   */
  @Transactional(readOnly = true)
  public ConsentDecision check(
      PersonId person, RecipientType recipient, String recipientName, Purpose purpose) {
    var today = today();
    var matching =
        consents.findByPerson(person.id()).stream()
            .filter(c -> c.covers(recipient, recipientName, purpose))
            .toList();
    var active = matching.stream().filter(c -> c.stateOn(today) == ConsentState.ACTIVE).findFirst();
    if (active.isPresent()) {
      return new ConsentDecision(true, active.get().consentId(), "Consent given");
    }
    String who = recipientName == null ? recipient.label().toLowerCase(Locale.UK) : recipientName;
    String why = purpose.label().split(":")[0].toLowerCase(Locale.UK);
    if (matching.isEmpty()) {
      return new ConsentDecision(
          false, null, "No consent is recorded for sharing with " + who + " for " + why + ".");
    }
    var latest =
        matching.stream().max(Comparator.comparing(c -> c.view(today).givenOn())).orElseThrow();
    var view = latest.view(today);
    String reason =
        switch (view.state()) {
          case WITHDRAWN ->
              "Consent for sharing with "
                  + who
                  + " for "
                  + why
                  + " was withdrawn on "
                  + DAY.format(view.withdrawnOn())
                  + ".";
          case EXPIRED ->
              "Consent for sharing with "
                  + who
                  + " for "
                  + why
                  + " expired on "
                  + DAY.format(view.expiresOn())
                  + ".";
          case NOT_YET ->
              "Consent for sharing with "
                  + who
                  + " for "
                  + why
                  + " starts on "
                  + DAY.format(view.givenOn())
                  + ".";
          case ACTIVE -> throw new IllegalStateException();
        };
    return new ConsentDecision(
        false, view.id(), reason + " Ask the person before sharing anything.");
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(LONDON));
  }
}
