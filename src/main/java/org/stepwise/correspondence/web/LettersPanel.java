package org.stepwise.correspondence.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.stepwise.correspondence.LetterStatus;
import org.stepwise.correspondence.Letters;
import org.stepwise.referral.ReferralId;
import org.stepwise.site.RecordPanel;

/** The letters section of a referral's page: what went to whom, and what was held back and why. */
@Component
class LettersPanel implements RecordPanel {

  private final Letters letters;

  LettersPanel(Letters letters) {
    this.letters = letters;
  }

  @Override
  public Panel panelFor(UUID referralId, UUID personId) {
    var all = letters.forReferral(new ReferralId(referralId));
    var warnings =
        all.stream()
            .filter(l -> l.status() == LetterStatus.HELD)
            .map(
                l ->
                    "Held back: \""
                        + l.subject()
                        + "\" to "
                        + l.recipientName()
                        + ". "
                        + l.heldReason())
            .toList();
    var lines =
        all.stream()
            .filter(l -> l.status() != LetterStatus.HELD)
            .map(l -> l.status().label() + ": \"" + l.subject() + "\" to " + l.recipientName())
            .toList();
    return new Panel(
        "Letters and emails",
        all.isEmpty() ? List.of("None yet.") : lines,
        warnings,
        "/referrals/" + referralId + "/letters",
        "See the letters, or try held ones again");
  }
}
