-- Failures used to be stored as the mail library's class name and message; the outbox shows
-- plain words now, and the technical detail goes to the application log.
update letter
   set last_error = 'The email could not be sent. The application log has the details'
 where last_error is not null;
