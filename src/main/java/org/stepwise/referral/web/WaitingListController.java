package org.stepwise.referral.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stepwise.referral.Referrals;

/** Everyone waiting, and how long they have waited. */
@Controller
class WaitingListController {

  private final Referrals referrals;

  WaitingListController(Referrals referrals) {
    this.referrals = referrals;
  }

  @GetMapping("/waiting-list")
  String waitingList(Model model) {
    model.addAttribute("waiting", referrals.waitingList());
    return "referral/waiting-list";
  }
}
