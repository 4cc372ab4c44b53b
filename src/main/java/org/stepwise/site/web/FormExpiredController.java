package org.stepwise.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A form sent with a CSRF token that cannot be checked, usually because the browser lost its
 * cookies while the form was open. Nothing was saved. The page says so and, for the public forms (a
 * self-referral, an online questionnaire), holds every value that was typed so one button sends
 * them again with a fresh token: nothing typed is lost. Staff forms get the explanation only, so a
 * page on another site cannot use this one to prepare a staff action.
 */
@Controller
class FormExpiredController {

  /** The public forms that may be offered again: the visitor is not signed in to them. */
  private static final Pattern PUBLIC_FORMS =
      Pattern.compile("/refer-yourself(/[\\w-]+)?|/questionnaire/[\\w-]+");

  private static final int MOST_VALUES = 200;

  record Field(String name, String value) {}

  @RequestMapping("/form-expired")
  String expired(HttpServletRequest request, Model model) {
    var from = (String) request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
    boolean resend =
        from != null
            && "POST".equals(request.getMethod())
            && PUBLIC_FORMS.matcher(from).matches()
            && request.getParameterMap().size() <= MOST_VALUES;
    if (resend) {
      var fields = new ArrayList<Field>();
      request
          .getParameterMap()
          .forEach(
              (name, values) -> {
                if (!"_csrf".equals(name)) {
                  for (var value : values) {
                    fields.add(new Field(name, value));
                  }
                }
              });
      model.addAttribute("resendTo", from);
      model.addAttribute("fields", List.copyOf(fields));
    }
    model.addAttribute("resend", resend);
    return "error/form-expired";
  }
}
