-- Version 2 of the appointment reminder: shorter sentences, for a reading age of 9 to 11.
insert into letter_template_version (letter_template_id, position, number, subject, body) values
  ('6a1f0c1e-0000-4000-8000-000000000009', 1, 2, 'Reminder: your appointment on {{appointmentDate}}',
$$Dear {{personFirstName}},

This is to remind you of your appointment with us.

It is on {{appointmentDate}} at {{appointmentTime}}. It will take about {{minutes}} minutes.

How: {{how}}.

Can you not come? Please tell us. Phone {{contactPhone}} or email {{contactEmail}}.$$);

update letter_template set version = version + 1, updated_at = now(), updated_by = 'system'
  where id = '6a1f0c1e-0000-4000-8000-000000000009';
