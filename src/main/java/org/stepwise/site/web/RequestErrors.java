package org.stepwise.site.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns addresses that name no possible record (such as a malformed id) into "not found". */
@ControllerAdvice
class RequestErrors {

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  void malformedAddress(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
