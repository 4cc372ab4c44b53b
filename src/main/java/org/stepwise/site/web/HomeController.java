package org.stepwise.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in home page: what this user can do, from the navigation their roles give them. */
@Controller
class HomeController {

  @GetMapping("/")
  String home() {
    return "site/home";
  }
}
