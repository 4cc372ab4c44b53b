package org.stepwise.correspondence.internal;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * Why an email could not be sent, in words for the manager who sees it on the outbox. The mail
 * library's own text (server replies, class names) goes to the application log instead.
 */
enum SendFailure {
  ADDRESS_NOT_VALID(
      "The email address is not one a mail server can send to. Check it for mistakes"),
  ADDRESS_REJECTED("The mail server rejected the address"),
  SIGN_IN_REFUSED("The mail server refused Stepwise's sign-in. Check the mail settings"),
  CONNECTION_REFUSED("The mail server refused the connection"),
  NOT_REACHED("The mail server could not be reached"),
  EMAIL_REFUSED("The mail server refused the email"),
  NOT_MADE("The email could not be made from the letter"),
  OTHER("The email could not be sent. The application log has the details");

  private final String reason;

  SendFailure(String reason) {
    this.reason = reason;
  }

  /** What the outbox shows. */
  String reason() {
    return reason;
  }

  /** The kind of failure behind an exception from sending, looking through its causes. */
  static SendFailure of(Throwable failure) {
    SendFailure found = null;
    for (Throwable t : causes(failure)) {
      SendFailure kind = kind(t);
      if (kind != null && (found == null || kind.ordinal() < found.ordinal())) {
        found = kind;
      }
    }
    return found == null ? OTHER : found;
  }

  private static SendFailure kind(Throwable t) {
    if (t instanceof AddressException) {
      return ADDRESS_NOT_VALID;
    }
    if (t instanceof SendFailedException refused) {
      boolean addresses =
          refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0;
      return addresses ? ADDRESS_REJECTED : EMAIL_REFUSED;
    }
    if (t instanceof AuthenticationFailedException || t instanceof MailAuthenticationException) {
      return SIGN_IN_REFUSED;
    }
    if (t instanceof ConnectException) {
      return CONNECTION_REFUSED;
    }
    if (t instanceof UnknownHostException
        || t instanceof NoRouteToHostException
        || t instanceof SocketTimeoutException) {
      return NOT_REACHED;
    }
    return null;
  }

  /** The exception and every cause of it, including each message of a failed batch. */
  private static Iterable<Throwable> causes(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    var todo = new ArrayDeque<Throwable>();
    todo.add(failure);
    while (!todo.isEmpty()) {
      var t = todo.poll();
      if (!seen.add(t)) {
        continue;
      }
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      if (t instanceof MessagingException m && m.getNextException() != null) {
        todo.add(m.getNextException());
      }
      if (t instanceof MailSendException batch) {
        for (var each : batch.getMessageExceptions()) {
          todo.add(each);
        }
      }
    }
    return seen;
  }
}
