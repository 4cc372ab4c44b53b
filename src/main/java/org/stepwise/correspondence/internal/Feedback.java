package org.stepwise.correspondence.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stepwise.appointment.AppointmentBooked;
import org.stepwise.appointment.AppointmentId;
import org.stepwise.appointment.AppointmentReminderDue;
import org.stepwise.appointment.Appointments;
import org.stepwise.appointment.Mode;
import org.stepwise.consent.Consents;
import org.stepwise.consent.Purpose;
import org.stepwise.consent.RecipientType;
import org.stepwise.correspondence.Audience;
import org.stepwise.correspondence.Channel;
import org.stepwise.person.People;
import org.stepwise.referral.ReferralAccepted;
import org.stepwise.referral.ReferralDeclined;
import org.stepwise.referral.ReferralDeferred;
import org.stepwise.referral.ReferralId;
import org.stepwise.referral.ReferralOutline;
import org.stepwise.referral.ReferralReceived;
import org.stepwise.referral.Referrals;
import org.stepwise.site.Dates;
import org.stepwise.staff.ContactPreference;
import org.stepwise.staff.StaffDirectory;

/**
 * Tells referrers what happened at each milestone of their referrals, and welcomes people whose
 * referral is accepted. Driven by referral events (delivered through the outbox, so none is lost);
 * a repeated event makes no second letter. A letter that consent or contact details do not allow is
 * kept, held, with the reason for the practitioner.
 */
@Component
public class Feedback {

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final Referrals referrals;
  private final People people;
  private final StaffDirectory staff;
  private final Consents consents;
  private final LetterBook book;

  private final org.stepwise.caseload.Cases cases;
  private final Appointments appointments;

  Feedback(
      Referrals referrals,
      People people,
      StaffDirectory staff,
      Consents consents,
      LetterBook book,
      org.stepwise.caseload.Cases cases,
      Appointments appointments) {
    this.cases = cases;
    this.appointments = appointments;
    this.referrals = referrals;
    this.people = people;
    this.staff = staff;
    this.consents = consents;
    this.book = book;
  }

  /**
   * Acknowledges a referral made by a signed-in professional. Self-referrals have no referrer, and
   * a clinical system that sent one electronically follows its Task instead of receiving letters;
   * the condition keeps those from being recorded as publications at all, so the busiest route (GP
   * systems) costs no background work here.
   */
  @ApplicationModuleListener(
      condition = "#event.referredBy() != null and #event.channel().name() != 'ELECTRONIC'")
  void on(ReferralReceived event) {
    toReferrer(event.referralId(), "referral-received", "received", Map.of());
  }

  @ApplicationModuleListener
  void on(ReferralAccepted event) {
    toReferrer(event.referralId(), "referral-accepted", "accepted", Map.of());
    welcome(event.referralId());
  }

  @ApplicationModuleListener
  void on(ReferralDeclined event) {
    toReferrer(
        event.referralId(),
        "referral-declined",
        "declined",
        Map.of(
            "declineReason",
            referrals
                .outline(event.referralId())
                .map(org.stepwise.referral.ReferralOutline::declineReason)
                .orElse("")));
  }

  @ApplicationModuleListener
  void on(ReferralDeferred event) {
    toReferrer(
        event.referralId(),
        "referral-deferred",
        "deferred:" + event.reviewDate(),
        Map.of("reviewDate", LONG_DATE.format(event.reviewDate())));
  }

  @ApplicationModuleListener
  void on(AppointmentBooked event) {
    appointmentLetter(
        event.referralId(),
        "appointment",
        "appointment:" + event.appointmentId(),
        event.appointmentId(),
        event.startsAt(),
        event.minutes(),
        event.mode());
  }

  @ApplicationModuleListener
  void on(AppointmentReminderDue event) {
    appointmentLetter(
        event.referralId(),
        "appointment-reminder",
        "appointment-reminder:" + event.appointmentId(),
        event.appointmentId(),
        event.startsAt(),
        event.minutes(),
        event.mode());
  }

  /** The appointment's details for the person; where it is comes from the appointment itself. */
  private void appointmentLetter(
      ReferralId id,
      String template,
      String key,
      AppointmentId appointment,
      Instant startsAt,
      int minutes,
      Mode mode) {
    String place = appointments.place(appointment).orElse(null);
    var facts = referrals.outline(id).orElseThrow();
    var recipient = toPerson(facts);
    var extra = new HashMap<String, String>();
    extra.put("appointmentDate", Dates.dayAndDate(startsAt));
    extra.put("appointmentTime", Dates.time(startsAt));
    extra.put("minutes", String.valueOf(minutes));
    extra.put(
        "how",
        switch (mode) {
          case IN_PERSON -> place == null ? "in person" : "in person, at " + place;
          case PHONE -> "by phone: we will call you";
          case VIDEO ->
              place == null
                  ? "by video call: we will send you the link"
                  : "by video call: " + place;
        });
    book.make(
        key,
        facts.personId().id(),
        id.id(),
        template,
        recipient,
        inputs(facts, extra),
        heldReason(facts, Audience.CLIENT));
  }

  /** Tells the person who their worker is, when the case opens and whenever the worker changes. */
  @ApplicationModuleListener
  void on(org.stepwise.caseload.WorkerAssigned event) {
    if (event.referralId() == null) {
      return; // published before events carried the referral; nothing to address the letter by
    }
    var id = event.referralId();
    var facts = referrals.outline(id).orElseThrow();
    var name = staff.contactFor(event.worker()).map(c -> c.displayName()).orElse(event.worker());
    var extra = new HashMap<String, String>();
    extra.put("workerName", name);
    extra.put("change", event.previousWorker() == null ? "" : "yes");
    book.make(
        "your-worker:" + event.caseId() + ":" + event.at(),
        facts.personId().id(),
        id.id(),
        "your-worker",
        toPerson(facts),
        inputs(facts, extra),
        heldReason(facts, Audience.CLIENT));
  }

  @ApplicationModuleListener
  void on(org.stepwise.plan.PlanAgreed event) {
    toReferrer(event.referralId(), "plan-agreed", "plan-agreed:" + event.caseId(), Map.of());
  }

  @ApplicationModuleListener
  void on(org.stepwise.caseload.CaseClosed event) {
    var summary = cases.closingSummary(event.caseId()).orElse(null);
    toReferrer(
        event.referralId(),
        "discharged",
        "discharged:" + event.caseId(),
        Map.of(
            "outcome",
            event.outcome().label().toLowerCase(Locale.UK),
            "summary",
            summary == null ? "" : "Their worker's summary: " + summary));
  }

  @ApplicationModuleListener
  void on(org.stepwise.triage.WaitingInformationRequested event) {
    var id = event.referralId();
    var facts = referrals.outline(id).orElseThrow();
    var recipient = toPerson(facts);
    var extra = new HashMap<String, String>();
    extra.put("stepName", event.stepName().toLowerCase(Locale.UK));
    extra.put("waitTargetWeeks", String.valueOf(event.waitTargetWeeks()));
    book.make(
        "waiting-info:" + event.triageId() + ":" + event.at().atZone(LONDON).toLocalDate(),
        facts.personId().id(),
        id.id(),
        "while-you-wait",
        recipient,
        inputs(facts, extra),
        heldReason(facts, Audience.CLIENT));
  }

  /** Feedback to the referrer, if there is one; held without their consent or address. */
  void toReferrer(ReferralId id, String template, String milestone, Map<String, String> extra) {
    var facts = referrals.outline(id).orElseThrow();
    if (facts.referredBy() == null) {
      return;
    }
    var contact = staff.contactFor(facts.referredBy());
    if (facts.channel() == org.stepwise.referral.ReferralChannel.ELECTRONIC) {
      // Sent by a clinical system through the FHIR API: it follows the referral's Task instead.
      return;
    }
    var recipient =
        contact
            .map(
                c ->
                    new LetterBook.Recipient(
                        c.displayName(),
                        c.email(),
                        c.address(),
                        c.preference() == ContactPreference.POST ? Channel.POST : Channel.EMAIL))
            .orElse(new LetterBook.Recipient(facts.referredBy(), null, List.of(), Channel.EMAIL));
    book.make(
        key(id, milestone, Audience.REFERRER),
        facts.personId().id(),
        id.id(),
        template,
        recipient,
        inputs(facts, extra),
        heldReason(facts, Audience.REFERRER));
  }

  /** The welcome letter to the person, by email if they gave one, else by post. */
  void welcome(ReferralId id) {
    var facts = referrals.outline(id).orElseThrow();
    var recipient = toPerson(facts);
    book.make(
        key(id, "welcome", Audience.CLIENT),
        facts.personId().id(),
        id.id(),
        "welcome",
        recipient,
        inputs(facts, Map.of()),
        heldReason(facts, Audience.CLIENT));
  }

  /**
   * Why a letter about this referral may not go to this audience now, or null when it may. Checked
   * when the letter is made and again just before it is sent or printed.
   */
  public String heldReason(ReferralOutline facts, Audience audience) {
    if (audience == Audience.CLIENT) {
      return facts.consentToContact()
          ? null
          : "The person has not agreed to be contacted by the service. Check with them or the referrer first.";
    }
    var decision =
        consents.check(facts.personId(), RecipientType.REFERRER, null, Purpose.CARE_COORDINATION);
    return decision.allowed() ? null : decision.reason();
  }

  /**
   * Why a letter may not go at this moment, or null when it may: consent and contact details,
   * checked again just before it is sent or printed.
   */
  public String blockedNow(Letter letter) {
    if (!letter.reachable()) {
      return "There is no "
          + (letter.channel() == Channel.EMAIL ? "email address" : "postal address")
          + " for "
          + letter.recipientName()
          + ".";
    }
    if (letter.referralId() == null) {
      return null;
    }
    return referrals
        .outline(new ReferralId(letter.referralId()))
        .map(facts -> heldReason(facts, letter.audience()))
        .orElse(null);
  }

  /** The person, by email if they gave one, else by post. */
  private LetterBook.Recipient toPerson(ReferralOutline facts) {
    var person = people.contactFor(facts.personId()).orElseThrow();
    return new LetterBook.Recipient(
        person.fullName(),
        person.email(),
        person.address(),
        person.email() == null ? Channel.POST : Channel.EMAIL);
  }

  private Map<String, String> inputs(ReferralOutline facts, Map<String, String> extra) {
    var person = people.contactFor(facts.personId()).orElseThrow();
    var inputs = new HashMap<String, String>();
    inputs.put("personName", person.fullName());
    inputs.put("personFirstName", person.firstName());
    inputs.put("reference", facts.reference());
    inputs.put("serviceName", facts.programmeName());
    inputs.put("receivedOn", LONG_DATE.format(facts.receivedAt().atZone(LONDON)));
    inputs.putAll(extra);
    return inputs;
  }

  private static String key(ReferralId id, String milestone, Audience audience) {
    return "referral:" + id + ":" + milestone + ":" + audience.name().toLowerCase(Locale.UK);
  }
}
