-- Appointment details and reminders, to the person.
insert into letter_template (id, key, name, audience, description, created_at, created_by, updated_at, updated_by, version) values
  ('6a1f0c1e-0000-4000-8000-000000000008', 'appointment', 'Appointment booked (to the person)', 'CLIENT',
   'Sent to the person when an appointment is booked.', now(), 'system', now(), 'system', 1),
  ('6a1f0c1e-0000-4000-8000-000000000009', 'appointment-reminder', 'Appointment reminder (to the person)', 'CLIENT',
   'Sent to the person the day before an appointment.', now(), 'system', now(), 'system', 1);

insert into letter_template_version (letter_template_id, position, number, subject, body) values
  ('6a1f0c1e-0000-4000-8000-000000000008', 0, 1, 'Your appointment on {{appointmentDate}}',
$$Dear {{personFirstName}},

We have booked an appointment for you with {{serviceName}}.

When: {{appointmentDate}} at {{appointmentTime}}, for about {{minutes}} minutes.

How: {{how}}.

If you cannot come, or want to change it, phone us on {{contactPhone}} or email {{contactEmail}}. Taking part is your choice.$$),
  ('6a1f0c1e-0000-4000-8000-000000000009', 0, 1, 'Reminder: your appointment on {{appointmentDate}}',
$$Dear {{personFirstName}},

This is a reminder of your appointment with {{serviceName}}.

When: {{appointmentDate}} at {{appointmentTime}}, for about {{minutes}} minutes.

How: {{how}}.

If you cannot come, phone us on {{contactPhone}} or email {{contactEmail}}.$$);
