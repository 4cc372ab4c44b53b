package org.stepwise.correspondence.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.correspondence.LetterId;
import org.stepwise.correspondence.LetterStatus;
import org.stepwise.correspondence.Letters;
import org.stepwise.site.NavigationItem;
import org.stepwise.site.RecordNotFound;

/** Managers watch what is sent, deal with failures, and post letters in batches. */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class OutboxController {

  private final Letters letters;

  OutboxController(Letters letters) {
    this.letters = letters;
  }

  @Bean
  static NavigationItem outboxNavigation() {
    return new NavigationItem(
        "Outbox",
        "/outbox",
        Set.of("MANAGER"),
        40,
        "Letters and emails: what went, what failed, what is held back, and letters to post.");
  }

  @GetMapping("/outbox")
  String outbox(Model model) {
    model.addAttribute("connected", letters.emailConnected());
    model.addAttribute("failed", letters.withStatus(LetterStatus.FAILED));
    model.addAttribute("toPost", letters.withStatus(LetterStatus.AWAITING_POST));
    model.addAttribute("held", letters.withStatus(LetterStatus.HELD));
    model.addAttribute("recent", letters.outbox());
    return "correspondence/outbox";
  }

  @GetMapping("/outbox/letters-to-post.pdf")
  ResponseEntity<byte[]> printBatch() {
    return letters
        .printBatch()
        .map(
            batch ->
                ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                            .filename("letters-to-post.pdf")
                            .build()
                            .toString())
                    .body(batch.pdf()))
        .orElse(ResponseEntity.noContent().build());
  }

  @PostMapping("/outbox/posted")
  String posted(
      @RequestParam(name = "letter", required = false) List<String> ids,
      RedirectAttributes redirect) {
    int posted = letters.markPosted(LettersController.ids(ids));
    redirect.addFlashAttribute(
        "done", posted + (posted == 1 ? " letter" : " letters") + " marked as posted.");
    return "redirect:/outbox";
  }

  /**
   * Sends a failed email again. An unknown letter is "page not found"; one that is no longer failed
   * (a second click, or already retried) is refused with the site's "already changed" page.
   */
  @PostMapping("/letters/{id}/retry")
  String retry(@PathVariable UUID id, RedirectAttributes redirect) {
    if (letters.find(new LetterId(id)).isEmpty()) {
      throw new RecordNotFound("letter");
    }
    letters.retryFailed(new LetterId(id));
    redirect.addFlashAttribute("done", "The email will be tried again within a minute.");
    return "redirect:/outbox";
  }
}
