package org.stepwise.referral.web;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.stepwise.consent.Consents;
import org.stepwise.referral.ReferralId;
import org.stepwise.referral.ReferralReview;
import org.stepwise.referral.ReferralView;
import org.stepwise.referral.Referrals;
import org.stepwise.site.RecordPanel;

/** The lists of referrals, and one referral's page. Access is checked by the services. */
@Controller
class ReviewController {

  private final Referrals referrals;
  private final ReferralReview review;
  private final Consents consents;
  private final java.util.List<RecordPanel> panels;

  ReviewController(
      Referrals referrals,
      ReferralReview review,
      Consents consents,
      java.util.List<RecordPanel> panels) {
    this.referrals = referrals;
    this.review = review;
    this.consents = consents;
    this.panels = panels;
  }

  @GetMapping("/referrals")
  String reviewList(@RequestParam(defaultValue = "1") int page, Model model) {
    model.addAttribute("list", referrals.reviewList(page));
    return "referral/review-list";
  }

  @GetMapping("/waiting-list")
  String waitingList(@RequestParam(defaultValue = "1") int page, Model model) {
    model.addAttribute("waiting", referrals.waitingList(page));
    return "referral/waiting-list";
  }

  @GetMapping("/my-referrals")
  String mine(Model model) {
    model.addAttribute("referrals", referrals.mine());
    return "referral/my-referrals";
  }

  @GetMapping("/referrals/{id}")
  String show(@PathVariable UUID id, Model model, Authentication user) {
    var referral = find(review, id);
    boolean canDecide = referrals.mayWorkOn(new ReferralId(id));
    model.addAttribute("referral", referral);
    model.addAttribute("canDecide", canDecide);
    model.addAttribute(
        "consents", canDecide ? consents.history(referral.person().id()) : java.util.List.of());
    model.addAttribute(
        "panels",
        canDecide
            ? panels.stream()
                .map(p -> p.panelFor(referral.id().id(), referral.person().id().id()))
                .filter(java.util.Objects::nonNull)
                .toList()
            : java.util.List.of());
    return "referral/referral";
  }

  @GetMapping("/referrals/{id}/received")
  String received(@PathVariable UUID id, Model model) {
    model.addAttribute("referral", find(review, id));
    return "referral/received";
  }

  static ReferralView find(ReferralReview review, UUID id) {
    return review
        .find(new ReferralId(id))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
