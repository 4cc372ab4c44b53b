package org.stepwise.correspondence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/** What a manager reads when an email fails: a kind of failure, never the library's text. */
class SendFailureTest {

  @Test
  void eachKindOfFailureIsNamedInPlainWords() throws Exception {
    assertThat(SendFailure.of(new AddressException("Illegal address", "not an address")))
        .isEqualTo(SendFailure.ADDRESS_NOT_VALID);
    var rejected =
        new SendFailedException(
            "550 5.1.1 no such user",
            null,
            new InternetAddress[0],
            new InternetAddress[0],
            new InternetAddress[] {new InternetAddress("nobody@example.com")});
    assertThat(SendFailure.of(new MailSendException(Map.of(new Object(), rejected))))
        .isEqualTo(SendFailure.ADDRESS_REJECTED);
    assertThat(SendFailure.of(new MailAuthenticationException(new AuthenticationFailedException())))
        .isEqualTo(SendFailure.SIGN_IN_REFUSED);
    assertThat(
            SendFailure.of(
                new MailSendException(
                    "Mail server connection failed",
                    new MessagingException("Could not connect", new ConnectException("refused")))))
        .isEqualTo(SendFailure.CONNECTION_REFUSED);
    assertThat(
            SendFailure.of(
                new MessagingException("Unknown SMTP host", new UnknownHostException("smtp.x"))))
        .isEqualTo(SendFailure.NOT_REACHED);
    assertThat(SendFailure.of(new SendFailedException("554 rejected")))
        .isEqualTo(SendFailure.EMAIL_REFUSED);
    assertThat(SendFailure.of(new IllegalStateException("something odd")))
        .isEqualTo(SendFailure.OTHER);
  }

  @Test
  void theWordsNeverCarryTheLibrarysText() {
    for (var failure : SendFailure.values()) {
      assertThat(failure.reason()).startsWith("The ").doesNotContain("Exception");
    }
  }
}
