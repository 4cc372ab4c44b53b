package org.stepwise.fhir.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.stepwise.fhir.ApiClient;
import org.stepwise.fhir.ApiClientRegistry;
import org.stepwise.fhir.ApiClientSecret;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;

/**
 * Administrators register the GP and hospital systems that send referrals through the FHIR API, and
 * see when each last connected. A secret is shown once, in the response to the POST that made it
 * (never in a redirect or flash attribute), and that response is not stored by the browser.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ApiClientsController {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** A scope as the form offers it. */
  record ScopeChoice(String value, String id, String label, String hint) {}

  static final List<ScopeChoice> SCOPES =
      List.of(
          new ScopeChoice(
              "referral.write",
              "scopes-write",
              "Send referrals",
              "Scope referral.write: create ServiceRequests."),
          new ScopeChoice(
              "referral.read",
              "scopes-read",
              "Read referrals and their progress",
              "Scope referral.read: read the ServiceRequests and Tasks this system sent."));

  static final Map<String, String> SCOPE_LABELS =
      Map.of("referral.write", "Send referrals", "referral.read", "Read referrals");

  private final ApiClientRegistry registry;

  ApiClientsController(ApiClientRegistry registry) {
    this.registry = registry;
  }

  @Bean
  static NavigationItem apiClientsNavigation() {
    return new NavigationItem(
        "API clients",
        "/admin/api-clients",
        Set.of("ADMIN"),
        76,
        "Let GP and hospital systems send referrals through the FHIR API, and see when each last connected.");
  }

  @GetMapping("/admin/api-clients")
  String list(Model model) {
    model.addAttribute("clients", registry.list());
    model.addAttribute("scopeLabels", SCOPE_LABELS);
    model.addAttribute("zone", LONDON);
    return "fhir/api-clients";
  }

  @GetMapping("/admin/api-clients/new")
  String form(Model model) {
    return form(Map.of(), Set.of(), ErrorSummary.none(), model);
  }

  @PostMapping("/admin/api-clients")
  String register(
      @RequestParam Map<String, String> values,
      @RequestParam(name = "scopes", required = false) List<String> scopes,
      Model model,
      HttpServletResponse response) {
    var chosen = scopes == null ? Set.<String>of() : new LinkedHashSet<>(scopes);
    var problems =
        ApiClientRegistry.check(
            values.get("name"), values.get("organisation"), values.get("odsCode"), chosen);
    if (!problems.isEmpty()) {
      var entries =
          problems.stream()
              .map(
                  p ->
                      new ErrorSummary.Entry(
                          p.field(),
                          p.field().equals("scopes") ? SCOPES.getFirst().id() : p.field(),
                          p.message()))
              .toList();
      return form(values, chosen, ErrorSummary.of(entries), model);
    }
    var secret =
        registry.register(
            values.get("name"), values.get("organisation"), values.get("odsCode"), chosen);
    return secret(secret, true, model, response);
  }

  @PostMapping("/admin/api-clients/{clientId}/secret")
  String newSecret(@PathVariable String clientId, Model model, HttpServletResponse response) {
    try {
      return secret(registry.newSecret(clientId), false, model, response);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  @PostMapping("/admin/api-clients/{clientId}/deactivate")
  String deactivate(@PathVariable String clientId, RedirectAttributes redirect) {
    var client = known(() -> registry.deactivate(clientId));
    redirect.addFlashAttribute(
        "done",
        client.name()
            + " ("
            + client.clientId()
            + ") is deactivated: it cannot get new tokens. Tokens it already has stop working within 15 minutes.");
    return "redirect:/admin/api-clients";
  }

  @PostMapping("/admin/api-clients/{clientId}/reactivate")
  String reactivate(@PathVariable String clientId, RedirectAttributes redirect) {
    var client = known(() -> registry.reactivate(clientId));
    redirect.addFlashAttribute(
        "done",
        client.name() + " (" + client.clientId() + ") is active again, with the secret it had.");
    return "redirect:/admin/api-clients";
  }

  private String form(
      Map<String, String> values, Set<String> chosen, ErrorSummary errors, Model model) {
    model.addAttribute("values", new HashMap<>(values));
    model.addAttribute("chosen", chosen);
    model.addAttribute("scopes", SCOPES);
    model.addAttribute("errors", errors);
    return "fhir/api-client-new";
  }

  private String secret(
      ApiClientSecret secret, boolean registered, Model model, HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    response.setHeader(HttpHeaders.PRAGMA, "no-cache");
    var base = ServletUriComponentsBuilder.fromCurrentContextPath();
    model.addAttribute("credentials", secret);
    model.addAttribute("registered", registered);
    model.addAttribute("tokenUrl", base.cloneBuilder().path("/oauth2/token").toUriString());
    model.addAttribute("fhirUrl", base.cloneBuilder().path("/fhir").toUriString());
    return "fhir/api-client-secret";
  }

  private static ApiClient known(java.util.function.Supplier<ApiClient> change) {
    try {
      return change.get();
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }
}
