package org.stepwise.correspondence;

import org.stepwise.site.ChangeRefused;

/**
 * A letter template's text is not well formed: a section opened with <code>{{#name}}</code> and
 * never closed, a closing tag with no opening one, double curly brackets left open. Refused with a
 * message key and the part of the template it is in ({@code subject} or {@code body}), never with
 * the template engine's own words.
 */
public class TemplateMistake extends ChangeRefused {

  private TemplateMistake(String part, String messageKey, Object... arguments) {
    super(part, messageKey, arguments);
  }

  /** A mistake somewhere in the subject or the body. */
  public static TemplateMistake in(String part) {
    return new TemplateMistake(part, "template." + part + ".mistake");
  }

  /** A mistake on a line of the subject or the body (counting from 1). */
  public static TemplateMistake onLine(String part, int line) {
    return new TemplateMistake(part, "template." + part + ".mistakeOnLine", line);
  }
}
