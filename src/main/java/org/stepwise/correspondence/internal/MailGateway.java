package org.stepwise.correspondence.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands emails to the SMTP server configured with {@code spring.mail.*}. With none configured (demo
 * mode), nothing leaves the machine: the outbox page shows what would have been sent.
 */
@Component
public class MailGateway {

  private static final Logger log = LoggerFactory.getLogger(MailGateway.class);

  private final JavaMailSender mailSender;
  private final String from;

  MailGateway(
      ObjectProvider<JavaMailSender> mailSender, @Value("${stepwise.letters.email}") String from) {
    this.mailSender = mailSender.getIfAvailable();
    this.from = from;
  }

  /** True when emails really leave the machine. */
  public boolean connected() {
    return mailSender != null;
  }

  /**
   * Sends one email. Its Message-ID is fixed by the letter, so a retry after a crash carries the
   * same id and mail systems can recognise a repeat.
   */
  public void send(String letterId, String to, String subject, String text, String html)
      throws MessagingException {
    if (mailSender == null) {
      log.info("Demo mode: email for letter {} kept in the outbox, not sent", letterId);
      return;
    }
    MimeMessage message = mailSender.createMimeMessage();
    var helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(from);
    helper.setTo(to);
    helper.setSubject(subject);
    helper.setText(text, html);
    message.setHeader("Message-ID", "<" + letterId + "@stepwise>");
    mailSender.send(message);
  }
}
