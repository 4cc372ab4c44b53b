-- Feedback to the referrer when the person finishes with the service.
insert into letter_template (id, key, name, audience, description, created_at, created_by, updated_at, updated_by, version) values
  ('6a1f0c1e-0000-4000-8000-000000000007', 'discharged', 'Finished with the service (to the referrer)', 'REFERRER',
   'Sent to the referrer when the person''s case closes, with the outcome.', now(), 'system', now(), 'system', 1);

insert into letter_template_version (letter_template_id, position, number, subject, body) values
  ('6a1f0c1e-0000-4000-8000-000000000007', 0, 1, 'Referral {{reference}}: {{personName}} has finished with the service',
$$Dear {{recipientName}},

{{personName}}, whom you referred to {{serviceName}} (reference {{reference}}), has now finished with the service.

The outcome: {{outcome}}.

Thank you for the referral. If things change, you are welcome to refer them again.$$);
