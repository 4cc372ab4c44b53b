package org.stepwise.correspondence.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.stepwise.correspondence.TemplateMistake;

/**
 * Renders letters: the administrator's template text with its inputs filled in (as plain text, so
 * neither the template nor the inputs can add markup), inside the service's letterhead, as HTML for
 * email and as an accessible, tagged A4 PDF for post.
 */
@Component
public class LetterRenderer {

  /** A letter's words: subject and paragraphs. */
  public record Rendered(String subject, List<String> paragraphs) {}

  private static final Logger log = LoggerFactory.getLogger(LetterRenderer.class);

  private static final Mustache.Compiler MUSTACHE =
      Mustache.compiler().escapeHTML(false).defaultValue("").emptyStringIsFalse(true);

  private final String organisation;
  private final List<String> organisationAddress;
  private final String phone;
  private final String email;

  LetterRenderer(
      @Value("${stepwise.letters.organisation}") String organisation,
      @Value("${stepwise.letters.address}") String address,
      @Value("${stepwise.letters.phone}") String phone,
      @Value("${stepwise.letters.email}") String email) {
    this.organisation = organisation;
    this.organisationAddress =
        Arrays.stream(address.split("\\s*[,\\n]\\s*")).filter(s -> !s.isBlank()).toList();
    this.phone = phone;
    this.email = email;
  }

  /** The service's contact details, for templates ({@code contactPhone}, {@code contactEmail}). */
  public Map<String, String> serviceInputs() {
    return Map.of("organisation", organisation, "contactPhone", phone, "contactEmail", email);
  }

  /**
   * Fills in a template. Unknown names come out empty.
   *
   * @throws TemplateMistake when the subject or the body is not well formed
   */
  public Rendered render(String subjectTemplate, String bodyTemplate, Map<String, String> inputs) {
    String subject = fill("subject", subjectTemplate, inputs).replaceAll("\\s+", " ").trim();
    String body = fill("body", bodyTemplate, inputs);
    var paragraphs = new ArrayList<String>();
    for (String paragraph : body.replace("\r", "").split("\\n\\s*\\n")) {
      if (!paragraph.isBlank()) {
        paragraphs.add(paragraph.trim().replaceAll("\\s*\\n\\s*", " "));
      }
    }
    return new Rendered(subject, paragraphs);
  }

  /** One part of a template filled in; a mistake names the part, and its line when known. */
  private static String fill(String part, String template, Map<String, String> inputs) {
    try {
      return MUSTACHE.compile(template).execute(inputs);
    } catch (MustacheException.Context e) {
      log.debug("The template's {} has a mistake on line {}: {}", part, e.lineNo, e.getMessage());
      throw TemplateMistake.onLine(part, e.lineNo);
    } catch (MustacheException e) {
      log.debug("The template's {} has a mistake: {}", part, e.getMessage());
      throw TemplateMistake.in(part);
    }
  }

  /** A whole letter as an XHTML document: letterhead, date, address block, words. */
  public String html(Rendered letter, String recipientName, List<String> address, String date) {
    var html = head(letter.subject());
    html.append("<div class=\"address\"><p>").append(e(recipientName)).append("</p>");
    for (String line : address) {
      html.append("<p>").append(e(line)).append("</p>");
    }
    html.append("</div><p class=\"date\">")
        .append(e(date))
        .append("</p>")
        .append("<h2>")
        .append(e(letter.subject()))
        .append("</h2>");
    for (String paragraph : letter.paragraphs()) {
      html.append("<p>").append(e(paragraph)).append("</p>");
    }
    html.append("<p>Yours sincerely,</p><p>").append(e(organisation)).append("</p></body></html>");
    return html.toString();
  }

  /** One part of a document: a heading, then paragraphs or a bulleted list. */
  public record Section(String heading, List<String> lines, boolean bulleted) {}

  /**
   * A document for the person (their plan, say) as XHTML: letterhead, title, a line under it,
   * sections.
   */
  public String document(String title, String subtitle, List<Section> sections) {
    var html = head(title);
    html.append("<h2>")
        .append(e(title))
        .append("</h2><p class=\"date\">")
        .append(e(subtitle))
        .append("</p>");
    for (var section : sections) {
      html.append("<h3>").append(e(section.heading())).append("</h3>");
      if (section.bulleted()) {
        html.append("<ul>");
        section.lines().forEach(line -> html.append("<li>").append(e(line)).append("</li>"));
        html.append("</ul>");
      } else {
        section.lines().forEach(line -> html.append("<p>").append(e(line)).append("</p>"));
      }
    }
    html.append("</body></html>");
    return html.toString();
  }

  /** The document up to and including the letterhead. */
  private StringBuilder head(String title) {
    var html = new StringBuilder();
    html.append(
            "<!DOCTYPE html>\n<html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
        .append("<meta charset=\"UTF-8\" /><title>")
        .append(e(title))
        .append("</title>")
        .append("<style>")
        .append("@page { size: A4; margin: 20mm 20mm 25mm 25mm; }")
        .append(
            "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.5; color: #0b0c0c; }")
        .append(
            ".letterhead { border-bottom: 2px solid #1d70b8; padding-bottom: 4mm; margin-bottom: 8mm; }")
        .append(".letterhead h1 { font-size: 16pt; margin: 0; }")
        .append(".letterhead p { margin: 0; font-size: 9.5pt; }")
        .append(".address { margin-bottom: 8mm; } .address p { margin: 0; }")
        .append(".date { margin-bottom: 6mm; } h2 { font-size: 12pt; margin: 0 0 4mm 0; }")
        .append("h3 { font-size: 11.5pt; margin: 6mm 0 2mm 0; } p, li { white-space: pre-line; }")
        .append("</style></head><body>")
        .append("<div class=\"letterhead\"><h1>")
        .append(e(organisation))
        .append("</h1>");
    for (String line : organisationAddress) {
      html.append("<p>").append(e(line)).append("</p>");
    }
    html.append("<p>Phone ")
        .append(e(phone))
        .append(" | Email ")
        .append(e(email))
        .append("</p></div>");
    return html;
  }

  /** An A4, tagged (PDF/UA) PDF of one or more letters, each starting on a new page. */
  public byte[] pdf(List<String> documents) {
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("No letters");
    }
    String joined;
    if (documents.size() == 1) {
      joined = documents.getFirst();
    } else {
      var bodies = new StringBuilder();
      for (int i = 0; i < documents.size(); i++) {
        String doc = documents.get(i);
        String body = doc.substring(doc.indexOf("<body>") + 6, doc.lastIndexOf("</body>"));
        bodies
            .append("<div")
            .append(i == 0 ? "" : " style=\"page-break-before: always;\"")
            .append(">")
            .append(body)
            .append("</div>");
      }
      String first = documents.getFirst();
      joined = first.substring(0, first.indexOf("<body>") + 6) + bodies + "</body></html>";
      joined = joined.replaceFirst("<title>[^<]*</title>", "<title>Letters to post</title>");
    }
    try (var out = new ByteArrayOutputStream()) {
      var builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      builder.useFont(
          () -> font("fonts/DejaVuSans.ttf"),
          "DejaVu Sans",
          400,
          com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL,
          true);
      builder.useFont(
          () -> font("fonts/DejaVuSans-Bold.ttf"),
          "DejaVu Sans",
          700,
          com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL,
          true);
      builder.withHtmlContent(joined, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static java.io.InputStream font(String path) {
    try {
      return new ClassPathResource(path).getInputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String e(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
