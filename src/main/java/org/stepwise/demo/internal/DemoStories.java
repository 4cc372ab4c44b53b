package org.stepwise.demo.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.stepwise.appointment.AppointmentId;
import org.stepwise.appointment.Appointments;
import org.stepwise.appointment.Attendance;
import org.stepwise.appointment.Mode;
import org.stepwise.assessment.Disclosure;
import org.stepwise.assessment.FitNote;
import org.stepwise.assessment.FitNotes;
import org.stepwise.assessment.ProfileView;
import org.stepwise.assessment.Profiles;
import org.stepwise.assessment.Questionnaires;
import org.stepwise.benefits.BetterOffEstimates;
import org.stepwise.benefits.BetterOffInputs;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.CaseNotes;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Caseloads;
import org.stepwise.caseload.Cases;
import org.stepwise.caseload.ContactType;
import org.stepwise.caseload.OnwardReferralId;
import org.stepwise.caseload.OnwardReferrals;
import org.stepwise.caseload.Outcome;
import org.stepwise.caseload.Topic;
import org.stepwise.caseload.WorkItemKind;
import org.stepwise.consent.ConsentMethod;
import org.stepwise.consent.Consents;
import org.stepwise.consent.NewConsent;
import org.stepwise.consent.Purpose;
import org.stepwise.consent.RecipientType;
import org.stepwise.demo.internal.DemoCasework.Calendar;
import org.stepwise.demo.internal.DemoCasework.Step;
import org.stepwise.plan.ActionOwner;
import org.stepwise.plan.ActionStatus;
import org.stepwise.plan.Plans;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.triage.Help;
import org.stepwise.triage.JobRisk;
import org.stepwise.triage.Screening;
import org.stepwise.triage.Triage;
import org.stepwise.triage.TriageId;

/**
 * The demo's casework, person by person, as the steps a worker takes. Priya Shah ({@code
 * practitioner}, MS) and Jordan Blake ({@code jordan}, chronic pain) each have cases at every
 * stage: just opened, being assessed, with a plan being drafted or agreed, handed over, and closed
 * with an outcome. Days are working days before today unless a story says otherwise.
 */
@Component
class DemoStories {

  static final String PRIYA = "practitioner";
  static final String JORDAN = "jordan";
  static final String MANAGER = "manager";

  private static final String CLINIC = "Riverside Health Centre, room 2";
  private static final String NEUROLOGY = "Neurology outpatients, Exampletown General, room 4";

  private final Triage triage;
  private final Cases cases;
  private final Caseloads caseloads;
  private final CaseNotes notes;
  private final OnwardReferrals onwardReferrals;
  private final Appointments appointments;
  private final Questionnaires questionnaires;
  private final Profiles profiles;
  private final FitNotes fitNotes;
  private final Plans plans;
  private final BetterOffEstimates betterOff;
  private final Consents consents;

  DemoStories(
      Triage triage,
      Cases cases,
      Caseloads caseloads,
      CaseNotes notes,
      OnwardReferrals onwardReferrals,
      Appointments appointments,
      Questionnaires questionnaires,
      Profiles profiles,
      FitNotes fitNotes,
      Plans plans,
      BetterOffEstimates betterOff,
      Consents consents) {
    this.triage = triage;
    this.cases = cases;
    this.caseloads = caseloads;
    this.notes = notes;
    this.onwardReferrals = onwardReferrals;
    this.appointments = appointments;
    this.questionnaires = questionnaires;
    this.profiles = profiles;
    this.fitNotes = fitNotes;
    this.plans = plans;
    this.betterOff = betterOff;
    this.consents = consents;
  }

  /** Every story's steps, in the order each story tells them (the caller sorts them by time). */
  List<Step> steps(Calendar days, Function<String, TriageId> triageIds) {
    var steps = new ArrayList<Step>();
    aisha(new Story("Aisha Rahman", PRIYA, days, triageIds, steps));
    ivan(new Story("Ivan Petrov", PRIYA, days, triageIds, steps));
    catrin(new Story("Catrin Rees", PRIYA, days, triageIds, steps));
    bethan(new Story("Bethan Lloyd", PRIYA, days, triageIds, steps));
    helen(new Story("Helen Marsh", PRIYA, days, triageIds, steps));
    // Kerry's and Arjun's services are run by the primary care team; Priya (neurology) took
    // their cases while the team was short, and hands them on.
    kerry(new Story("Kerry Doyle", PRIYA, days, triageIds, steps).triagedBy(JORDAN));
    gareth(new Story("Gareth Price", JORDAN, days, triageIds, steps));
    fatima(new Story("Fatima Begum", JORDAN, days, triageIds, steps));
    yusuf(new Story("Yusuf Ahmed", JORDAN, days, triageIds, steps));
    robert(new Story("Robert Hughes", JORDAN, days, triageIds, steps));
    arjun(new Story("Arjun Patel", PRIYA, days, triageIds, steps).triagedBy(JORDAN));
    patrick(new Story("Patrick O'Brien", JORDAN, days, triageIds, steps));
    return steps;
  }

  /** MS, in work and struggling with fatigue; plan agreed, missed her last appointment. */
  private void aisha(Story s) {
    var d = s.days;
    s.triage(
        d.workday(16, 10, 0),
        screen(EmploymentStatus.EMPLOYED_AT_WORK, 37, 0, JobRisk.YES, 4, 2, 8, 5, 4, false, 5),
        3,
        Help.STAY_IN_WORK);
    s.open(d.workday(15, 9, 30));
    s.firstContact(
        d.workday(15, 11, 0),
        "Phoned to introduce myself. She is worried about her afternoons at work; first meeting"
            + " booked at the neurology clinic after her nurse appointment.");
    s.appointment(
        d.workday(15, 11, 5),
        d.workday(12, 10, 0),
        60,
        Mode.IN_PERSON,
        NEUROLOGY,
        Attendance.ATTENDED,
        "First meeting: fatigue, what she wants from us, and what her employer knows.");
    s.questionnaire(d.workday(12, 11, 0), "PHQ-9", phq9(14));
    s.questionnaire(d.workday(12, 11, 0), "WAS", score(4));
    s.profile(
        d.workday(12, 11, 5),
        Map.of(
            "skills", "Payroll and accounts; trains new starters",
            "preferredWork", "Stay in her payroll job, with fewer late finishes",
            "fatigue", "Worst after 2pm; a 20-minute rest helps",
            "cognition", "Loses her place with interruptions in the open-plan office",
            "energyPattern", "Best in the mornings",
            "transport", "Drives; parking near the office is hard"),
        Disclosure.PARTLY,
        new ProfileView.Job(
            "Payroll officer",
            "Exampletown Borough Council",
            "2014 to now",
            "Knows the systems well; trusted by her team",
            "Month-end late finishes"));
    s.note(
        d.workday(12, 11, 10),
        ContactType.IN_PERSON,
        60,
        Set.of(Topic.SYMPTOM_MANAGEMENT, Topic.DISCLOSURE),
        "Talked through a typical day. Her manager knows about the MS; HR do not yet. She agreed"
            + " that I may talk to HR about adjustments.");
    s.consent(
        d.workday(12, 11, 15),
        RecipientType.EMPLOYER_CONTACT,
        "Jo Wilkins, HR adviser, Exampletown Borough Council",
        Purpose.EMPLOYER_LIAISON,
        ConsentMethod.VERBAL);
    s.note(
        d.workday(9, 14, 0),
        ContactType.WITH_EMPLOYER,
        30,
        Set.of(Topic.EMPLOYER_CONTACT, Topic.ADJUSTMENTS),
        "Spoke with Jo Wilkins (HR), with Aisha's consent: open to a later start, a quiet room"
            + " for month-end and a rest break in the afternoon.");
    s.appointment(
        d.workday(9, 14, 30),
        d.workday(7, 10, 0),
        45,
        Mode.VIDEO,
        null,
        Attendance.ATTENDED,
        "Went through the plan together.");
    s.questionnaire(d.workday(7, 10, 40), "PHQ-9", phq9(10));
    s.questionnaire(d.workday(7, 10, 40), "WAS", score(6));
    s.plan(
        d.workday(7, 10, 45),
        "\"I want to keep my job and stop feeling wiped out by Thursday.\"",
        "Later start (9:30) on two days; a quiet room at month-end; a 20-minute rest break after"
            + " lunch.",
        "Heavier payroll tasks in the morning; breaks planned into the day, not taken when"
            + " exhausted.",
        "Tell her manager early, switch to home working for the day, and call her MS nurse if it"
            + " lasts more than 24 hours.",
        new Action("Ask HR for the adjustments in writing", ActionOwner.WORKER, 10),
        new Action("Try the afternoon rest break for two weeks", ActionOwner.PERSON, 10),
        new Action("Agree the later start with her manager", ActionOwner.EMPLOYER, 15));
    s.agree(d.workday(7, 10, 55), "In the video call: she read it on screen and said yes");
    s.review(d.workday(7, 11, 0), 12);
    s.appointment(
        d.workday(7, 11, 5),
        d.workday(4, 10, 0),
        30,
        Mode.PHONE,
        null,
        Attendance.DID_NOT_ATTEND,
        "No answer; left a voicemail.");
    s.appointment(d.workday(3, 9, 0), d.ahead(1, 10, 0), 45, Mode.IN_PERSON, NEUROLOGY, null, null);
  }

  /** MS, in work: the case opened five days ago, and the first contact is due today. */
  private void ivan(Story s) {
    var d = s.days;
    s.triage(
        d.workday(6, 15, 0),
        screen(EmploymentStatus.EMPLOYED_AT_WORK, 40, 0, JobRisk.NOT_SURE, 5, 1, 6, 4, 3, false, 6),
        2,
        Help.STAY_IN_WORK);
    s.open(d.at(5, 12, 0));
  }

  /** MS relapse, off sick: fit note, phased return, plan agreed (the referrer may not be told). */
  private void catrin(Story s) {
    var d = s.days;
    s.triage(
        d.workday(36, 10, 0),
        screen(
            EmploymentStatus.EMPLOYED_OFF_SICK, 30, 8, JobRisk.NOT_SURE, 3, 3, 9, 6, 6, false, 3),
        3,
        Help.RETURN_TO_WORK);
    s.open(d.workday(35, 9, 0));
    s.firstContact(
        d.workday(35, 9, 30),
        "Phoned: she is off sick after a relapse and wants to plan going back to the library.");
    s.appointment(
        d.workday(35, 9, 40),
        d.workday(33, 14, 0),
        60,
        Mode.IN_PERSON,
        CLINIC,
        Attendance.ATTENDED,
        "First meeting; brought her fit note.");
    s.questionnaire(d.workday(33, 15, 5), "PHQ-9", phq9(16));
    s.questionnaire(d.workday(33, 15, 5), "GAD-7", gad7(12));
    s.questionnaire(d.workday(33, 15, 5), "WAS", score(3));
    s.fitNote(
        d.workday(33, 15, 10),
        new FitNote(
            null,
            d.date(d.workday(34, 9, 0)),
            d.date(d.workday(34, 9, 0)),
            "Relapse of multiple sclerosis",
            FitNote.Verdict.MAY_BE_FIT,
            Set.of(FitNote.Advice.PHASED_RETURN, FitNote.Advice.ALTERED_HOURS),
            "Fatigue and slowed thinking in the afternoons. A phased return over four weeks,"
                + " mornings first, would help.",
            d.date(d.workday(34, 9, 0)),
            d.date(d.workday(34, 9, 0)).plusWeeks(6),
            null,
            false,
            "Dr Rachel Okafor",
            FitNote.Issuer.DOCTOR,
            "Riverside Health Centre, Riverside Road, Exampletown EX1 2AB"));
    s.profile(
        d.workday(33, 15, 15),
        Map.of(
            "skills", "Customer service; runs the children's reading group",
            "preferredWork", "Back to her library job, mornings at first",
            "fatigue", "Heavy after lunch since the relapse",
            "cognition", "Word-finding is slower when tired"),
        Disclosure.TOLD,
        new ProfileView.Job(
            "Library assistant",
            "Exampletown Library Service",
            "2016 to now",
            "Loves the reading groups",
            "Long shelving shifts"));
    s.consent(
        d.workday(33, 15, 20),
        RecipientType.EMPLOYER_CONTACT,
        "Sam Carter, branch manager, Exampletown Library Service",
        Purpose.EMPLOYER_LIAISON,
        ConsentMethod.WRITTEN);
    s.note(
        d.workday(30, 11, 0),
        ContactType.WITH_EMPLOYER,
        45,
        Set.of(Topic.EMPLOYER_CONTACT, Topic.ADJUSTMENTS),
        "Return-to-work meeting with Sam Carter and Catrin: a four-week phased return agreed,"
            + " mornings only at first, no shelving shifts.");
    s.plan(
        d.workday(30, 12, 0),
        "\"Be back at work properly by the summer without crashing.\"",
        "Phased return over four weeks; mornings first; no shelving shifts for now.",
        "Rest after lunch; one demanding task a day to start with.",
        "Call in early, take the day at home, and ring the MS nurse if new symptoms appear.",
        new Action("Confirm the phased return in writing", ActionOwner.EMPLOYER, 3),
        new Action("Keep a fatigue diary for the first two weeks", ActionOwner.PERSON, 10));
    s.agree(d.workday(30, 12, 10), "At the return-to-work meeting; she signed the printed copy");
    s.appointment(
        d.workday(30, 12, 20),
        d.workday(20, 9, 30),
        30,
        Mode.VIDEO,
        null,
        Attendance.ATTENDED,
        "Week two of the phased return: going well, tired by Friday.");
    s.questionnaire(d.workday(20, 10, 5), "PHQ-9", phq9(9));
    s.questionnaire(d.workday(20, 10, 5), "WAS", score(5));
    s.changeStep(
        d.workday(20, 10, 10),
        2,
        "Back at work on a phased return; brief check-ins by phone are enough now.");
    s.appointment(
        d.workday(20, 10, 20),
        d.workday(8, 9, 30),
        30,
        Mode.PHONE,
        null,
        Attendance.ATTENDED,
        "Full mornings now; talking about afternoons next month.");
    s.questionnaire(d.workday(8, 10, 5), "PHQ-9", phq9(6));
    s.questionnaire(d.workday(8, 10, 5), "WAS", score(7));
    s.actionDone(d.workday(8, 10, 10), 0);
    s.appointment(d.workday(8, 10, 15), d.ahead(2, 9, 30), 30, Mode.PHONE, null, null, null);
  }

  /** MS, in work, referred herself: being assessed, plan still being drafted. */
  private void bethan(Story s) {
    var d = s.days;
    s.triage(
        d.workday(21, 14, 0),
        screen(EmploymentStatus.EMPLOYED_AT_WORK, 37, 0, JobRisk.NO, 6, 1, 6, 4, 3, false, 7),
        2,
        Help.ADVICE);
    s.open(d.workday(20, 9, 0));
    s.firstContact(d.workday(20, 9, 20), "Emailed to introduce myself and offer video calls.");
    s.appointment(
        d.workday(20, 9, 25),
        d.workday(17, 13, 0),
        45,
        Mode.VIDEO,
        null,
        Attendance.ATTENDED,
        "Talked about whether to tell her new manager.");
    s.questionnaire(d.workday(17, 13, 50), "GAD-7", gad7(11));
    s.profile(
        d.workday(17, 13, 55),
        Map.of(
            "skills", "Graphic design; social media",
            "fatigue", "Mild, worse in hot weather",
            "cognition", "Fine most days",
            "disclosureTo", "Her previous manager only"),
        Disclosure.NOT_DECIDED);
    s.appointment(
        d.workday(17, 14, 0),
        d.workday(3, 13, 0),
        45,
        Mode.VIDEO,
        null,
        Attendance.ATTENDED,
        "Started the plan; she wants to think about disclosure before agreeing it.");
    s.questionnaire(d.workday(3, 13, 50), "GAD-7", gad7(7));
    s.note(
        d.workday(3, 13, 55),
        ContactType.VIDEO,
        45,
        Set.of(Topic.DISCLOSURE, Topic.WELLBEING),
        "Went through what telling her manager could look like, and what Access to Work"
            + " offers.");
    s.plan(
        d.workday(3, 14, 0),
        "\"Feel in control of who knows, and keep my job.\"",
        null,
        "Cooler desk by the window in summer.",
        null,
        new Action("Read the Access to Work leaflet", ActionOwner.PERSON, 5));
    s.appointment(d.workday(3, 14, 10), d.ahead(0, 14, 0), 45, Mode.VIDEO, null, null, null);
  }

  /** MS, in work: closed last week, stayed in her job. */
  private void helen(Story s) {
    var d = s.days;
    s.triage(
        d.workday(60, 10, 0),
        screen(EmploymentStatus.EMPLOYED_AT_WORK, 35, 0, JobRisk.YES, 3, 2, 7, 5, 5, false, 4),
        3,
        Help.STAY_IN_WORK);
    s.open(d.workday(59, 9, 0));
    s.firstContact(d.workday(59, 9, 30), "Phoned; first meeting booked.");
    s.appointment(
        d.workday(59, 9, 35),
        d.workday(56, 10, 0),
        60,
        Mode.IN_PERSON,
        NEUROLOGY,
        Attendance.ATTENDED,
        null);
    s.questionnaire(d.workday(56, 11, 0), "PHQ-9", phq9(12));
    s.questionnaire(d.workday(56, 11, 0), "WAS", score(4));
    s.consent(
        d.workday(56, 11, 10),
        RecipientType.EMPLOYER_CONTACT,
        "Dev Malik, team leader, Brightside Insurance",
        Purpose.EMPLOYER_LIAISON,
        ConsentMethod.WRITTEN);
    s.note(
        d.workday(50, 15, 0),
        ContactType.WITH_EMPLOYER,
        40,
        Set.of(Topic.EMPLOYER_CONTACT, Topic.ADJUSTMENTS),
        "Meeting with Dev Malik: home working two days a week and a later start agreed.");
    s.plan(
        d.workday(47, 10, 30),
        "\"Keep my job at Brightside.\"",
        "Home working on Tuesdays and Thursdays; 9:30 start.",
        "Calls in the morning, writing in the afternoon.",
        "Work from home and let Dev know by 9am.",
        new Action("Confirm home working with HR", ActionOwner.EMPLOYER, 10));
    s.agree(d.workday(47, 10, 40), "In person");
    s.appointment(
        d.workday(47, 10, 45),
        d.workday(32, 10, 0),
        30,
        Mode.PHONE,
        null,
        Attendance.ATTENDED,
        null);
    s.questionnaire(d.workday(32, 10, 35), "PHQ-9", phq9(8));
    s.questionnaire(d.workday(32, 10, 35), "WAS", score(6));
    s.appointment(
        d.workday(32, 10, 45),
        d.workday(14, 10, 0),
        30,
        Mode.PHONE,
        null,
        Attendance.ATTENDED,
        "Settled; happy to finish.");
    s.questionnaire(d.workday(14, 10, 35), "PHQ-9", phq9(5));
    s.questionnaire(d.workday(14, 10, 35), "WAS", score(8));
    s.close(
        d.workday(5, 16, 0),
        Outcome.STAYED_IN_WORK,
        "Settled in her job with a later start and home working two days a week. Knows how to"
            + " get back in touch if things change.");
  }

  /** Back pain, off sick: Priya's case, handed to Jordan two days ago; the handover is unread. */
  private void kerry(Story s) {
    var d = s.days;
    s.triage(
        d.workday(33, 10, 0),
        screen(EmploymentStatus.EMPLOYED_OFF_SICK, 37, 6, JobRisk.NOT_SURE, 5, 7, 3, 1, 4, true, 4),
        2,
        Help.RETURN_TO_WORK);
    s.open(d.workday(32, 10, 0));
    s.firstContact(d.workday(32, 10, 30), "Phoned; she prefers calls after 4pm.");
    s.appointment(
        d.workday(32, 10, 40),
        d.workday(30, 16, 30),
        30,
        Mode.PHONE,
        null,
        Attendance.ATTENDED,
        null);
    s.questionnaire(d.workday(30, 17, 5), "WAS", score(4));
    s.fitNote(
        d.workday(30, 17, 10),
        new FitNote(
            null,
            d.date(d.workday(31, 9, 0)),
            d.date(d.workday(31, 9, 0)),
            "Musculoskeletal back pain",
            FitNote.Verdict.MAY_BE_FIT,
            Set.of(FitNote.Advice.AMENDED_DUTIES),
            "No lifting over 5kg; able to do desk-based work.",
            d.date(d.workday(31, 9, 0)),
            d.date(d.workday(31, 9, 0)).plusWeeks(4),
            null,
            true,
            "Tom Ellery",
            FitNote.Issuer.PHYSIOTHERAPIST,
            "Riverside Health Centre, Riverside Road, Exampletown EX1 2AB"));
    s.note(
        d.workday(26, 15, 0),
        ContactType.WITH_CLINICAL_TEAM,
        15,
        Set.of(Topic.SYMPTOM_MANAGEMENT),
        "Spoke with Tom Ellery (physiotherapist) about what she can lift on amended duties.");
    s.appointment(
        d.workday(26, 15, 30),
        d.workday(18, 16, 30),
        30,
        Mode.PHONE,
        null,
        Attendance.ATTENDED,
        "Back at work on amended duties this week.");
    s.questionnaire(d.workday(18, 17, 5), "WAS", score(6));
    s.reassign(
        d.at(2, 16, 0),
        PRIYA,
        JORDAN,
        "Jordan works from Kerry's GP practice and is trained in back pain.",
        "Kerry is back at work on amended duties (fit note from her physio, Tom Ellery, until"
            + " next month). Next: a check-in after her first full week. She prefers phone calls"
            + " after 4pm.");
  }

  /** Back pain, off sick: fit note, physiotherapy, plan agreed; a call is booked for today. */
  private void gareth(Story s) {
    var d = s.days;
    s.triage(
        d.workday(9, 10, 0),
        screen(EmploymentStatus.EMPLOYED_OFF_SICK, 39, 8, JobRisk.YES, 4, 7, 4, 2, 5, true, 3),
        2,
        Help.RETURN_TO_WORK);
    s.open(d.workday(8, 11, 0));
    s.firstContact(d.workday(8, 11, 30), "Phoned; a call booked for Thursday.");
    s.appointment(
        d.workday(8, 11, 35), d.workday(6, 10, 0), 30, Mode.PHONE, null, Attendance.ATTENDED, null);
    s.questionnaire(d.workday(6, 10, 35), "WAS", score(3));
    s.fitNote(
        d.workday(6, 10, 40),
        new FitNote(
            null,
            d.date(d.workday(20, 9, 0)),
            d.date(d.workday(20, 9, 0)),
            "Low back pain",
            FitNote.Verdict.NOT_FIT,
            Set.of(),
            null,
            d.date(d.workday(20, 9, 0)),
            d.date(d.workday(20, 9, 0)).plusWeeks(6),
            null,
            true,
            "Dr Rachel Okafor",
            FitNote.Issuer.DOCTOR,
            "Riverside Health Centre, Riverside Road, Exampletown EX1 2AB"));
    s.onwardReferral(
        d.workday(6, 10, 45),
        "NHS physiotherapy (musculoskeletal self-referral)",
        "Pain flares when he sits for long; he wants exercises before going back.",
        d.workday(2, 9, 0),
        OnwardReferrals.Result.ACCEPTED);
    s.appointment(
        d.workday(6, 10, 50),
        d.workday(2, 10, 0),
        30,
        Mode.PHONE,
        null,
        Attendance.ATTENDED,
        "Planning the return to the warehouse office.");
    s.questionnaire(d.workday(2, 10, 35), "WAS", score(5));
    s.note(
        d.workday(2, 10, 38),
        ContactType.PHONE,
        30,
        Set.of(Topic.ADJUSTMENTS, Topic.EMPLOYER_CONTACT),
        "He will ask his manager about a sit-stand desk and a phased return.");
    s.plan(
        d.workday(2, 10, 40),
        "\"Get back to work without my back going again.\"",
        "A sit-stand desk; a phased return over three weeks.",
        "Stand and move every 30 minutes; physio exercises morning and evening.",
        "Use the exercises from physio, take his pain relief as prescribed, tell his manager.",
        new Action("Ask his manager about a sit-stand desk", ActionOwner.PERSON, 5),
        new Action("First physiotherapy session", ActionOwner.OTHER_PROFESSIONAL, 10));
    s.agree(d.workday(2, 10, 45), "On the phone; he asked for a copy by email");
    s.appointment(d.workday(2, 10, 50), d.ahead(0, 11, 0), 30, Mode.PHONE, null, null, null);
  }

  /** Back pain, out of work (IPS): better-off estimate, job search, plan agreed. */
  private void fatima(Story s) {
    var d = s.days;
    s.triage(
        d.workday(19, 10, 0),
        screen(
            EmploymentStatus.UNEMPLOYED_LOOKING,
            null,
            null,
            JobRisk.NOT_WORKING,
            5,
            6,
            5,
            2,
            5,
            true,
            4),
        3,
        Help.FIND_WORK,
        Help.MONEY);
    s.open(d.workday(18, 10, 0));
    s.firstContact(d.workday(18, 10, 20), "Phoned; first meeting at the health centre.");
    s.appointment(
        d.workday(18, 10, 30),
        d.workday(16, 11, 0),
        60,
        Mode.IN_PERSON,
        CLINIC,
        Attendance.ATTENDED,
        "Worried that work would leave her worse off.");
    s.questionnaire(d.workday(16, 12, 5), "GAD-7", gad7(13));
    s.questionnaire(d.workday(16, 12, 5), "WAS", score(4));
    s.profile(
        d.workday(16, 12, 10),
        Map.of(
            "skills", "Retail and stock control; speaks Bengali and English",
            "preferredWork", "Part-time retail or reception work, near home",
            "preferredHours", "16 hours, mornings",
            "pain", "Low back pain, worse after standing for more than an hour",
            "benefits", "Universal Credit with the LCWRA element; PIP daily living"),
        Disclosure.NOT_DECIDED,
        new ProfileView.Job(
            "Sales assistant",
            "High Street Pharmacy",
            "2010 to 2019",
            "Good with customers",
            "Standing all day"));
    s.betterOff(
        d.workday(16, 12, 20),
        new BetterOffInputs(
            true,
            BetterOffInputs.Lcwra.PROTECTED,
            true,
            new BigDecimal("475.00"),
            new BigDecimal("73.90"),
            new BigDecimal("16"),
            new BigDecimal("12.21"),
            new BigDecimal("12.00")));
    s.note(
        d.workday(16, 12, 25),
        ContactType.IN_PERSON,
        60,
        Set.of(Topic.BENEFITS, Topic.JOB_SEARCH),
        "Went through the better-off estimate: 16 hours leaves her better off. Suggested she"
            + " checks it with the Citizens Advice welfare rights adviser.");
    s.appointment(
        d.workday(16, 12, 30),
        d.workday(11, 11, 0),
        60,
        Mode.IN_PERSON,
        CLINIC,
        Attendance.ATTENDED,
        "Wrote her CV together.");
    s.note(d.workday(11, 12, 0), ContactType.IN_PERSON, 60, Set.of(Topic.CV), "CV finished.");
    s.appointment(
        d.workday(11, 12, 10),
        d.workday(8, 11, 0),
        60,
        Mode.IN_PERSON,
        CLINIC,
        Attendance.DID_NOT_ATTEND,
        "Texted in the morning: her pain was bad.");
    s.note(
        d.workday(7, 9, 30),
        ContactType.PHONE,
        10,
        Set.of(Topic.WELLBEING),
        "Rang her after the missed appointment: a flare-up, now easing. Offered a video call.");
    s.missedFollowedUp(d.workday(7, 9, 35));
    s.appointment(
        d.workday(7, 9, 40),
        d.workday(4, 11, 0),
        45,
        Mode.VIDEO,
        null,
        Attendance.ATTENDED,
        "Two jobs to apply for.");
    s.questionnaire(d.workday(4, 11, 45), "GAD-7", gad7(9));
    s.questionnaire(d.workday(4, 11, 45), "WAS", score(5));
    s.plan(
        d.workday(4, 11, 50),
        "\"A part-time job in a shop, mornings, near home.\"",
        "A stool at the till; breaks to walk around every hour.",
        "Mornings only to begin with.",
        "Rest, use her heat pad, and let her employer know early.",
        new Action("Apply to the two jobs from the job centre list", ActionOwner.PERSON, 4),
        new Action("Check the better-off estimate with Citizens Advice", ActionOwner.PERSON, 10),
        new Action("Contact Greenway Garden Centre about openings", ActionOwner.WORKER, 5));
    s.agree(d.workday(4, 11, 55), "In the video call");
    s.appointment(d.workday(4, 12, 0), d.ahead(3, 11, 0), 60, Mode.IN_PERSON, CLINIC, null, null);
  }

  /** Fibromyalgia, not working (IPS): plan agreed, interviews, Work Ability rising. */
  private void yusuf(Story s) {
    var d = s.days;
    s.triage(
        d.workday(40, 10, 0),
        screen(
            EmploymentStatus.NOT_WORKING, null, null, JobRisk.NOT_WORKING, 3, 7, 7, 4, 6, true, 2),
        3,
        Help.FIND_WORK);
    s.open(d.workday(39, 10, 0));
    s.firstContact(d.workday(39, 10, 20), "Phoned; keen to start.");
    s.appointment(
        d.workday(39, 10, 30),
        d.workday(37, 14, 0),
        60,
        Mode.IN_PERSON,
        CLINIC,
        Attendance.ATTENDED,
        null);
    s.questionnaire(d.workday(37, 15, 0), "PHQ-9", phq9(15));
    s.questionnaire(d.workday(37, 15, 0), "WAS", score(2));
    s.profile(
        d.workday(37, 15, 5),
        Map.of(
            "skills", "IT support; fixing laptops for friends",
            "preferredWork", "IT help desk, part time",
            "pain", "Widespread pain; good and bad weeks",
            "fatigue", "Needs a rest day after a busy one"),
        Disclosure.TOLD);
    s.plan(
        d.workday(28, 14, 20),
        "\"Get a part-time IT job and feel useful again.\"",
        "Part-time hours; a chair with good back support.",
        "No more than two busy days in a row.",
        "Swap shifts if possible, and rest.",
        new Action("Update his CV with the IT course", ActionOwner.PERSON, 20),
        new Action("Find three help-desk vacancies", ActionOwner.WORKER, 20));
    s.agree(d.workday(28, 14, 30), "In person; he took a printed copy");
    s.appointment(
        d.workday(28, 14, 40),
        d.workday(18, 14, 0),
        60,
        Mode.IN_PERSON,
        CLINIC,
        Attendance.ATTENDED,
        "Interview practice.");
    s.note(
        d.workday(18, 15, 0),
        ContactType.IN_PERSON,
        60,
        Set.of(Topic.INTERVIEW_PRACTICE, Topic.DISCLOSURE),
        "Practised answers about the gap in his CV, and when to mention fibromyalgia.");
    s.questionnaire(d.workday(18, 15, 5), "PHQ-9", phq9(11));
    s.questionnaire(d.workday(18, 15, 5), "WAS", score(4));
    s.appointment(
        d.workday(18, 15, 10),
        d.workday(5, 14, 0),
        45,
        Mode.IN_PERSON,
        CLINIC,
        Attendance.ATTENDED,
        "Interview at Exampletown College help desk next week.");
    s.questionnaire(d.workday(5, 14, 50), "PHQ-9", phq9(8));
    s.questionnaire(d.workday(5, 14, 50), "WAS", score(6));
    s.review(d.workday(5, 14, 55), 10);
    s.appointment(d.workday(5, 15, 0), d.ahead(1, 14, 0), 30, Mode.VIDEO, null, null, null);
  }

  /** Back pain, referred by his employer: back at work, closed three days ago. */
  private void robert(Story s) {
    var d = s.days;
    s.triage(
        d.workday(12, 9, 30),
        screen(
            EmploymentStatus.EMPLOYED_OFF_SICK, 40, 10, JobRisk.NOT_SURE, 6, 6, 3, 1, 2, true, 5),
        2,
        Help.RETURN_TO_WORK);
    s.open(d.workday(11, 10, 0));
    s.firstContact(d.workday(11, 10, 15), "Phoned; call booked.");
    s.appointment(
        d.workday(11, 10, 20),
        d.workday(10, 9, 0),
        30,
        Mode.PHONE,
        null,
        Attendance.ATTENDED,
        null);
    s.questionnaire(d.workday(10, 9, 35), "WAS", score(5));
    s.note(
        d.workday(8, 11, 0),
        ContactType.WITH_EMPLOYER,
        20,
        Set.of(Topic.EMPLOYER_CONTACT),
        "His employer's OH adviser is arranging lighter duties for the first fortnight.");
    s.appointment(
        d.workday(8, 11, 20),
        d.workday(5, 9, 0),
        30,
        Mode.PHONE,
        null,
        Attendance.ATTENDED,
        "Back at work on lighter duties.");
    s.questionnaire(d.workday(5, 9, 35), "WAS", score(7));
    s.close(
        d.workday(3, 15, 0),
        Outcome.RETURNED_TO_WORK,
        "Back at work full time after two weeks of lighter duties arranged with occupational"
            + " health.");
  }

  /** Chronic pain, out of work (IPS): Priya's case, handed to Jordan; started a new job. */
  private void arjun(Story s) {
    var d = s.days;
    s.triage(
        d.workday(74, 10, 0),
        screen(
            EmploymentStatus.UNEMPLOYED_LOOKING,
            null,
            null,
            JobRisk.NOT_WORKING,
            4,
            6,
            5,
            2,
            4,
            true,
            3),
        3,
        Help.FIND_WORK);
    s.open(d.workday(73, 10, 0));
    s.firstContact(d.workday(73, 10, 30), "Phoned to introduce myself.");
    s.reassign(
        d.workday(70, 15, 0),
        MANAGER,
        JORDAN,
        "Jordan has joined the IPS team and is trained in chronic pain.",
        "Arjun wants warehouse or garden work, part time. He has not met me yet: start afresh.");
    s.acknowledge(d.workday(69, 9, 0));
    s.appointment(
        d.workday(69, 9, 10),
        d.workday(66, 10, 0),
        60,
        Mode.IN_PERSON,
        CLINIC,
        Attendance.ATTENDED,
        null);
    s.questionnaire(d.workday(66, 11, 0), "PHQ-9", phq9(13));
    s.questionnaire(d.workday(66, 11, 0), "WAS", score(3));
    s.betterOff(
        d.workday(66, 11, 10),
        new BetterOffInputs(
            true,
            BetterOffInputs.Lcwra.NONE,
            false,
            new BigDecimal("400.00"),
            BigDecimal.ZERO,
            new BigDecimal("20"),
            new BigDecimal("12.21"),
            new BigDecimal("8.00")));
    s.plan(
        d.workday(62, 11, 0),
        "\"Work outdoors, part time, and get some routine back.\"",
        null,
        "Alternate lifting with till work; warm up before shifts.",
        "Take a rest day and tell his manager.",
        new Action("Apply to Greenway Garden Centre", ActionOwner.PERSON, 10));
    s.agree(d.workday(62, 11, 10), "In person");
    s.note(
        d.workday(50, 14, 0),
        ContactType.WITH_EMPLOYER,
        20,
        Set.of(Topic.EMPLOYER_CONTACT, Topic.JOB_SEARCH),
        "Called Greenway Garden Centre with Arjun's agreement: they are hiring for spring.");
    s.appointment(
        d.workday(50, 14, 30),
        d.workday(40, 10, 0),
        45,
        Mode.IN_PERSON,
        CLINIC,
        Attendance.ATTENDED,
        "Interview practice.");
    s.questionnaire(d.workday(40, 10, 50), "PHQ-9", phq9(9));
    s.questionnaire(d.workday(40, 10, 50), "WAS", score(5));
    s.appointment(
        d.workday(40, 11, 0),
        d.workday(15, 10, 0),
        30,
        Mode.PHONE,
        null,
        Attendance.ATTENDED,
        "Four weeks into the job; going well.");
    s.questionnaire(d.workday(15, 10, 35), "PHQ-9", phq9(6));
    s.questionnaire(d.workday(15, 10, 35), "WAS", score(7));
    s.close(
        d.workday(7, 15, 0),
        Outcome.NEW_JOB,
        "Started at Greenway Garden Centre, 20 hours a week; in-work support finished at his"
            + " request.");
  }

  /** Chronic pain: triaged, waiting for support (no case yet). */
  private void patrick(Story s) {
    s.triage(
        s.days.workday(7, 10, 0),
        screen(
            EmploymentStatus.UNEMPLOYED_LOOKING,
            null,
            null,
            JobRisk.NOT_WORKING,
            5,
            6,
            4,
            2,
            3,
            true,
            4),
        3,
        Help.FIND_WORK);
  }

  private static Screening screen(
      EmploymentStatus status,
      Integer hours,
      Integer weeksOff,
      JobRisk risk,
      int confidence,
      int pain,
      int fatigue,
      int cognition,
      int mood,
      boolean startBack,
      Integer workAbility) {
    return new Screening(
        status,
        hours,
        weeksOff,
        risk,
        confidence,
        pain,
        fatigue,
        cognition,
        mood,
        Set.of(),
        startBack ? List.of(true, false, false, true, false, true, false, false) : null,
        startBack ? 2 : null,
        workAbility);
  }

  /** PHQ-9 answers adding up to {@code total} (at most 24; never an answer to item 9). */
  static Map<String, Integer> phq9(int total) {
    var answers = spread(total, 8);
    answers.put("q9", 0);
    answers.put("q10", total >= 10 ? 2 : 1);
    return answers;
  }

  /** GAD-7 answers adding up to {@code total}. */
  static Map<String, Integer> gad7(int total) {
    return spread(total, 7);
  }

  static Map<String, Integer> score(int score) {
    return new HashMap<>(Map.of("q1", score));
  }

  private static Map<String, Integer> spread(int total, int items) {
    var answers = new HashMap<String, Integer>();
    for (int i = 1; i <= items; i++) {
      answers.put("q" + i, Math.min(3, total / items + (i <= total % items ? 1 : 0)));
    }
    return answers;
  }

  /** A plan action due some days after it is written. */
  record Action(String description, ActionOwner owner, int dueInDays) {}

  /** One person's case, told step by step by its worker. */
  final class Story {

    final String name;
    final Calendar days;
    private final Function<String, TriageId> triageIds;
    private final List<Step> steps;
    private String worker;
    private String triager;
    private TriageId triageId;
    private CaseId caseId;

    Story(
        String name,
        String worker,
        Calendar days,
        Function<String, TriageId> triageIds,
        List<Step> steps) {
      this.name = name;
      this.worker = worker;
      this.triager = worker;
      this.days = days;
      this.triageIds = triageIds;
      this.steps = steps;
    }

    private void step(Instant at, String user, String role, Runnable action) {
      steps.add(new Step(at, steps.size(), user, role, action));
    }

    private void byWorker(Instant at, Runnable action) {
      step(at, worker, "PRACTITIONER", action);
    }

    /**
     * Triage and the case's opening are done by someone in a team that runs the service, when the
     * worker who takes the case is from another team (the case's worker may then work on it).
     */
    Story triagedBy(String colleague) {
      this.triager = colleague;
      return this;
    }

    void triage(Instant at, Screening screen, int step, Help... help) {
      var screening =
          new Screening(
              screen.employmentStatus(),
              screen.hoursPerWeek(),
              screen.weeksOffWork(),
              screen.jobAtRisk(),
              screen.confidence(),
              screen.painInterference(),
              screen.fatigueInterference(),
              screen.cognitionInterference(),
              screen.moodInterference(),
              Set.of(help),
              screen.startBackAgree(),
              screen.startBackBother(),
              screen.workAbility());
      step(
          at,
          triager,
          "PRACTITIONER",
          () -> {
            triageId = triageIds.apply(name);
            var suggested = DemoStories.this.triage.screen(triageId, screening).step();
            DemoStories.this.triage.decide(
                triageId,
                step,
                step == suggested ? null : "Agreed at the team's weekly triage meeting.");
          });
    }

    void open(Instant at) {
      var named = worker;
      step(at, triager, "PRACTITIONER", () -> caseId = cases.open(triageId, named, null));
    }

    /** The first contact, noted, and the new case's work item done. */
    void firstContact(Instant at, String text) {
      note(at, ContactType.PHONE, 10, Set.of(), text);
      byWorker(at, () -> complete(WorkItemKind.NEW_CASE));
    }

    void missedFollowedUp(Instant at) {
      byWorker(at, () -> complete(WorkItemKind.MISSED_APPOINTMENT));
    }

    private void complete(WorkItemKind kind) {
      cases.find(caseId).orElseThrow().items().stream()
          .filter(i -> i.kind() == kind && !i.done())
          .map(CaseView.Item::id)
          .forEach(caseloads::completeItem);
    }

    void note(Instant at, ContactType type, int minutes, Set<Topic> topics, String text) {
      byWorker(
          at,
          () ->
              notes.add(caseId, new CaseNotes.NewNote(type, minutes, topics, text, days.date(at))));
    }

    /** Books an appointment and, when {@code outcome} is given, records it once it has ended. */
    void appointment(
        Instant bookedAt,
        Instant startsAt,
        int minutes,
        Mode mode,
        String place,
        Attendance outcome,
        String note) {
      var id = new AppointmentId[1];
      byWorker(bookedAt, () -> id[0] = appointments.book(caseId, startsAt, minutes, mode, place));
      if (outcome != null) {
        byWorker(
            startsAt.plusSeconds(60L * minutes), () -> appointments.record(id[0], outcome, note));
      }
    }

    void questionnaire(Instant at, String code, Map<String, Integer> answers) {
      byWorker(at, () -> questionnaires.complete(caseId, code, answers, days.date(at)));
    }

    void profile(
        Instant at, Map<String, String> answers, Disclosure disclosure, ProfileView.Job... jobs) {
      byWorker(
          at,
          () -> {
            profiles.answer(caseId, profiles.forCase(caseId).version(), answers, disclosure);
            for (var job : jobs) {
              profiles.addJob(caseId, job);
            }
          });
    }

    void fitNote(Instant at, FitNote note) {
      byWorker(at, () -> fitNotes.record(caseId, note));
    }

    void consent(
        Instant at,
        RecipientType recipient,
        String recipientName,
        Purpose purpose,
        ConsentMethod method) {
      byWorker(
          at,
          () -> {
            var personId = cases.find(caseId).orElseThrow().personId();
            consents.record(
                personId,
                new NewConsent(
                    recipient, recipientName, purpose, days.date(at), method, null, null));
          });
    }

    void onwardReferral(
        Instant at,
        String service,
        String reason,
        Instant resultAt,
        OnwardReferrals.Result result) {
      var id = new OnwardReferralId[1];
      byWorker(at, () -> id[0] = onwardReferrals.make(caseId, service, reason, days.date(at)));
      byWorker(
          resultAt,
          () ->
              onwardReferrals.recordResult(
                  caseId, id[0], result, onwardReferrals.find(caseId, id[0]).version()));
    }

    void plan(
        Instant at,
        String goals,
        String adjustments,
        String pacing,
        String flareUp,
        Action... actions) {
      byWorker(
          at,
          () -> {
            plans.write(
                caseId, plans.forCase(caseId).version(), goals, adjustments, pacing, flareUp);
            for (var action : actions) {
              plans.addAction(
                  caseId,
                  plans.forCase(caseId).version(),
                  action.description(),
                  action.owner(),
                  days.date(at).plusDays(action.dueInDays()));
            }
          });
    }

    void agree(Instant at, String how) {
      byWorker(at, () -> plans.agree(caseId, plans.forCase(caseId).version(), how));
    }

    void actionDone(Instant at, int position) {
      byWorker(
          at,
          () ->
              plans.changeAction(
                  caseId, plans.forCase(caseId).version(), position, ActionStatus.DONE));
    }

    void betterOff(Instant at, BetterOffInputs inputs) {
      byWorker(at, () -> DemoStories.this.betterOff.estimate(caseId, inputs));
    }

    /** Plans the next review {@code workingDaysAhead} working days from today. */
    void review(Instant at, int workingDaysAhead) {
      var on = days.date(days.ahead(workingDaysAhead, 9, 0));
      byWorker(at, () -> cases.planReview(caseId, on));
    }

    void changeStep(Instant at, int step, String reason) {
      byWorker(at, () -> cases.changeStep(caseId, step, reason));
    }

    /** Hands the case to another worker; what follows in the story is theirs. */
    void reassign(Instant at, String by, String to, String reason, String handoverNote) {
      step(
          at,
          by,
          by.equals(MANAGER) ? "MANAGER" : "PRACTITIONER",
          () -> cases.reassign(caseId, to, reason, handoverNote, null));
      worker = to;
    }

    void acknowledge(Instant at) {
      byWorker(at, () -> cases.acknowledgeHandover(caseId));
    }

    void close(Instant at, Outcome outcome, String note) {
      byWorker(at, () -> cases.close(caseId, outcome, note));
    }
  }
}
