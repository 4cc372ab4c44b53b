package org.stepwise.fhir.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.stepwise.fhir.ApiClient;
import org.stepwise.fhir.ApiClientRegistry;
import org.stepwise.fhir.ApiClientSecret;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Choice;
import org.stepwise.site.EditConflict;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;
import org.stepwise.site.RecordNotFound;

/**
 * Administrators register the GP and hospital systems that send referrals through the FHIR API, and
 * see when each last connected. A secret is shown once, in the response to the POST that made it
 * (never in a redirect or flash attribute), and that response is not stored by the browser.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ApiClientsController {

  /** The scopes as the form offers them: what each lets a system do. */
  static final List<Choice> SCOPES =
      List.of(
          new Choice(
              "referral.write", "Send referrals", "Scope referral.write: create ServiceRequests."),
          new Choice(
              "referral.read",
              "Read referrals and their progress",
              "Scope referral.read: read the ServiceRequests and Tasks this system sent."));

  static final Map<String, String> SCOPE_LABELS =
      Map.of("referral.write", "Send referrals", "referral.read", "Read referrals");

  /** The buttons beside each client: the path each posts to, and its words. */
  static final Map<String, String> ACTIONS =
      Map.of("deactivate", "Deactivate", "reactivate", "Reactivate", "secret", "New secret");

  private final ApiClientRegistry registry;
  private final MessageSource messages;

  ApiClientsController(ApiClientRegistry registry, MessageSource messages) {
    this.registry = registry;
    this.messages = messages;
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
    model.addAttribute("actions", ACTIONS);
    model.addAttribute("errors", ErrorSummary.none());
    return "fhir/api-clients";
  }

  @GetMapping("/admin/api-clients/new")
  String form(Model model) {
    return form(ApiClientForm.empty(), ErrorSummary.none(), model);
  }

  @PostMapping("/admin/api-clients")
  String register(
      @Valid @ModelAttribute("form") ApiClientForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    form.check(result);
    if (!result.hasErrors()) {
      try {
        var secret =
            registry.register(
                form.name(), form.organisation(), form.odsCode(), form.chosenScopes());
        return secret(secret, true, model, response);
      } catch (ChangeRefused refused) {
        refused.addTo(result);
      }
    }
    return form(form, ErrorSummary.of(result, messages, locale, ApiClientForm.FIELD_ORDER), model);
  }

  /**
   * A new secret. Sent from a page older than the client's last change (a second click, or another
   * administrator changed it), nothing changes and the list says so: the secret already made may be
   * with the supplier.
   */
  @PostMapping("/admin/api-clients/{clientId}/secret")
  String newSecret(
      @PathVariable String clientId,
      @ModelAttribute("change") ClientChange change,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    try {
      return secret(
          known(() -> registry.newSecret(clientId, change.version())), false, model, response);
    } catch (EditConflict conflict) {
      return changedMeanwhile(clientId, model, locale, response);
    }
  }

  @PostMapping("/admin/api-clients/{clientId}/deactivate")
  String deactivate(
      @PathVariable String clientId,
      @ModelAttribute("change") ClientChange change,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return switched(
        clientId,
        () -> registry.deactivate(clientId, change.version()),
        "apiClient.deactivated",
        model,
        locale,
        redirect,
        response);
  }

  @PostMapping("/admin/api-clients/{clientId}/reactivate")
  String reactivate(
      @PathVariable String clientId,
      @ModelAttribute("change") ClientChange change,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    return switched(
        clientId,
        () -> registry.reactivate(clientId, change.version()),
        "apiClient.reactivated",
        model,
        locale,
        redirect,
        response);
  }

  /**
   * Deactivates or reactivates, and says so; a page shown before someone else's change says that.
   */
  private String switched(
      String clientId,
      Supplier<ApiClient> change,
      String doneKey,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      var client = known(change);
      redirect.addFlashAttribute(
          "done",
          messages.getMessage(doneKey, new Object[] {client.name(), client.clientId()}, locale));
      return "redirect:/admin/api-clients";
    } catch (EditConflict conflict) {
      return changedMeanwhile(clientId, model, locale, response);
    }
  }

  /** A button on a client: the version of the client the list showed. */
  record ClientChange(Long version) {}

  /**
   * The list as it is now, with an error saying the client changed after the page was read and
   * nothing was done (status 409).
   */
  private String changedMeanwhile(
      String clientId, Model model, Locale locale, HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_CONFLICT);
    var clients = registry.list();
    var name =
        clients.stream()
            .filter(c -> c.clientId().equals(clientId))
            .map(c -> c.name() + " (" + c.clientId() + ")")
            .findFirst()
            .orElse(clientId);
    model.addAttribute(
        "errors",
        ErrorSummary.single(
            null,
            "client-" + clientId,
            messages.getMessage("apiClient.changedMeanwhile", new Object[] {name}, locale)));
    model.addAttribute("clients", clients);
    model.addAttribute("scopeLabels", SCOPE_LABELS);
    model.addAttribute("actions", ACTIONS);
    return "fhir/api-clients";
  }

  private String form(ApiClientForm form, ErrorSummary errors, Model model) {
    model.addAttribute("form", form);
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

  /** What a change returns; a client id of no client is a page that does not exist. */
  private static <T> T known(Supplier<T> change) {
    try {
      return change.get();
    } catch (IllegalArgumentException noSuchClient) {
      throw new RecordNotFound("API client");
    }
  }
}
