package org.stepwise.correspondence.web;

import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.correspondence.LetterId;
import org.stepwise.correspondence.Letters;
import org.stepwise.referral.ReferralId;

/** Letters about a referral, one letter, and its PDF. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class LettersController {

  private final Letters letters;

  LettersController(Letters letters) {
    this.letters = letters;
  }

  @GetMapping("/referrals/{id}/letters")
  String forReferral(@PathVariable UUID id, Model model) {
    model.addAttribute("referralId", id);
    model.addAttribute("letters", letters.forReferral(new ReferralId(id)));
    return "correspondence/referral-letters";
  }

  @PostMapping("/referrals/{id}/letters/retry")
  String retryHeld(@PathVariable UUID id, RedirectAttributes redirect) {
    int released = letters.retryHeld(new ReferralId(id));
    if (released == 0) {
      redirect.addFlashAttribute(
          "notice", "Nothing could be released: the reasons are shown below.");
    } else {
      redirect.addFlashAttribute(
          "done", released + (released == 1 ? " letter was" : " letters were") + " released.");
    }
    return "redirect:/referrals/" + id + "/letters";
  }

  @GetMapping("/letters/{id}")
  String show(@PathVariable UUID id, Model model) {
    model.addAttribute(
        "letter",
        letters
            .find(new LetterId(id))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    return "correspondence/letter";
  }

  @GetMapping("/letters/{id}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
    var pdf =
        letters
            .pdf(new LetterId(id))
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("letter-" + id + ".pdf").build().toString())
        .body(pdf);
  }

  /** The letters named in a form; a value that is not a letter id names no letter. */
  static List<LetterId> ids(List<String> values) {
    if (values == null) {
      return List.of();
    }
    var ids = new java.util.ArrayList<LetterId>();
    for (String value : values) {
      try {
        ids.add(new LetterId(UUID.fromString(value.trim())));
      } catch (IllegalArgumentException e) {
        // not an id: names no letter
      }
    }
    return ids;
  }
}
