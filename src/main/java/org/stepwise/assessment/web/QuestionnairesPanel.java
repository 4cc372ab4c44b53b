package org.stepwise.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.stepwise.assessment.Questionnaires;
import org.stepwise.referral.ReferralId;
import org.stepwise.site.Dates;
import org.stepwise.site.RecordPanel;
import org.stepwise.site.TimelineSource;

/**
 * The latest score of each questionnaire on a referral's and a case's page, and questionnaires on
 * the timeline.
 */
@Component
class QuestionnairesPanel implements RecordPanel, TimelineSource {

  private final Questionnaires questionnaires;

  QuestionnairesPanel(Questionnaires questionnaires) {
    this.questionnaires = questionnaires;
  }

  @Override
  public Panel panelFor(UUID referralId, UUID personId) {
    var all = questionnaires.forReferral(new ReferralId(referralId));
    if (all.isEmpty()) {
      return null;
    }
    var seen = new LinkedHashSet<String>();
    var lines = new ArrayList<String>();
    var warnings = new ArrayList<String>();
    for (var r : all) {
      if (seen.add(r.code())) {
        lines.add(r.name() + ", " + Dates.date(r.completedOn()) + ": " + r.summary());
        r.alerts().forEach(a -> warnings.add(r.name() + ": " + a));
      }
    }
    return new Panel(
        "Questionnaires",
        lines,
        warnings,
        "/cases/" + all.getFirst().caseId() + "/questionnaires",
        "See scores over time");
  }

  @Override
  public List<Entry> entriesFor(UUID referralId) {
    return questionnaires.timeline(new ReferralId(referralId));
  }
}
