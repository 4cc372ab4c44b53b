package org.stepwise.correspondence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.stepwise.correspondence.TemplateMistake;

class LetterRendererTest {

  private final LetterRenderer renderer =
      new LetterRenderer(
          "Riverside Work and Health",
          "1 High Street, Exampletown, EX1 1AA",
          "01632 960000",
          "team@example.org");

  @Test
  void fillsInTheTemplateAndSplitsParagraphsAtBlankLines() {
    var letter =
        renderer.render(
            "Referral {{reference}}",
            "Dear {{recipientName}},\n\nWe received the referral\nfor {{personName}}.\n\n\nThank you.",
            Map.of(
                "reference",
                "SW-AAAA-BBBB",
                "recipientName",
                "Dr Okafor",
                "personName",
                "Mei Chen"));
    assertThat(letter.subject()).isEqualTo("Referral SW-AAAA-BBBB");
    assertThat(letter.paragraphs())
        .containsExactly("Dear Dr Okafor,", "We received the referral for Mei Chen.", "Thank you.");
  }

  @Test
  void unknownNamesComeOutEmptyAndMistakesAreExplained() {
    assertThat(renderer.render("Hi {{nobody}}", "x", Map.of()).subject()).isEqualTo("Hi");
    assertThatThrownBy(() -> renderer.render("ok", "Dear {{#open}} never closed", Map.of()))
        .isInstanceOfSatisfying(
            TemplateMistake.class,
            mistake -> {
              assertThat(mistake.field()).isEqualTo("body");
              assertThat(mistake.messageKey()).isEqualTo("template.body.mistake");
            });
    assertThatThrownBy(() -> renderer.render("Hello {{/closed}}", "fine", Map.of()))
        .isInstanceOfSatisfying(
            TemplateMistake.class, mistake -> assertThat(mistake.field()).isEqualTo("subject"));
  }

  @Test
  void markupInInputsOrTemplatesIsShownAsTextInTheLetter() {
    var letter =
        renderer.render(
            "<b>Hello</b>", "Reason: {{reason}}", Map.of("reason", "<script>alert(1)</script>"));
    var html = renderer.html(letter, "A <i>person</i>", List.of("1 Road"), "30 November 2026");
    assertThat(html)
        .contains("&lt;b&gt;Hello&lt;/b&gt;")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("A &lt;i&gt;person&lt;/i&gt;")
        .doesNotContain("<script>");
  }

  @Test
  void makesAnA4PdfWithTheLetterheadAddressAndWords() throws Exception {
    var letter = renderer.render("Welcome", "Dear Aisha,\n\nTaking part is your choice.", Map.of());
    var pdf =
        renderer.pdf(
            List.of(
                renderer.html(
                    letter, "Aisha Rahman", List.of("4 Oak Lane", "EX2 3CD"), "1 December 2026")));
    try (var document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      var page = document.getPage(0).getMediaBox();
      assertThat(page.getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
      assertThat(page.getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
      assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
      var text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Riverside Work and Health")
          .contains("Aisha Rahman")
          .contains("4 Oak Lane")
          .contains("1 December 2026")
          .contains("Taking part is your choice.");
    }
  }

  @Test
  void putsEachLetterOfABatchOnItsOwnPage() throws Exception {
    var a =
        renderer.html(
            renderer.render("A", "First letter", Map.of()), "One", List.of("1 Road"), "today");
    var b =
        renderer.html(
            renderer.render("B", "Second letter", Map.of()), "Two", List.of("2 Road"), "today");
    try (var document = Loader.loadPDF(renderer.pdf(List.of(a, b)))) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      var stripper = new PDFTextStripper();
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      assertThat(stripper.getText(document))
          .contains("Second letter")
          .doesNotContain("First letter");
    }
  }
}
