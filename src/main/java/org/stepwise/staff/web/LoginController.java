package org.stepwise.staff.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

  @GetMapping("/login")
  String login(
      @RequestParam(required = false) String error,
      @RequestParam(required = false) String locked,
      @RequestParam(required = false) String signedOut,
      Model model) {
    model.addAttribute("failed", error != null);
    model.addAttribute("locked", locked != null);
    model.addAttribute("signedOut", signedOut != null);
    return "staff/login";
  }
}
