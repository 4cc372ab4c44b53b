package org.stepwise.staff.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. A lock-out says the same for every name, known or not, so the page never tells
 * anyone which accounts exist.
 */
@Controller
class LoginController {

  private final java.time.Duration lockFor;

  LoginController(@Value("${stepwise.sign-in.lock-for:PT15M}") java.time.Duration lockFor) {
    this.lockFor = lockFor;
  }

  @GetMapping("/login")
  String login(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String locked,
      @RequestParam(required = false) String signedOut,
      @RequestParam(required = false) String ended,
      Model model) {
    model.addAttribute("ended", ended != null);
    model.addAttribute("lockMinutes", lockFor.toMinutes());
    model.addAttribute("failed", error != null);
    model.addAttribute("locked", locked != null);
    model.addAttribute("signedOut", signedOut != null);
    return "staff/login";
  }
}
