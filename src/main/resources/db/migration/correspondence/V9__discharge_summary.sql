-- Version 2 of "finished with the service": the worker's discharge summary goes to the referrer
-- with the outcome ({{summary}} is empty when no summary was written).
insert into letter_template_version (letter_template_id, position, number, subject, body) values
  ('6a1f0c1e-0000-4000-8000-000000000007', 1, 2, 'Referral {{reference}}: {{personName}} has finished with the service',
$$Dear {{recipientName}},

{{personName}}, whom you referred to {{serviceName}} (reference {{reference}}), has now finished with the service.

The outcome: {{outcome}}.

{{summary}}

Thank you for the referral. If things change, you are welcome to refer them again.$$);

update letter_template set version = version + 1, updated_at = now(), updated_by = 'system'
  where id = '6a1f0c1e-0000-4000-8000-000000000007';
