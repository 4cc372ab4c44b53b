-- Feedback to the referrer when the person first agrees a plan.
insert into letter_template (id, key, name, audience, description, created_at, created_by, updated_at, updated_by, version) values
  ('6a1f0c1e-0000-4000-8000-000000000010', 'plan-agreed', 'Plan agreed (to the referrer)', 'REFERRER',
   'Sent to the referrer when the person first agrees a plan with their worker.', now(), 'system', now(), 'system', 1);

insert into letter_template_version (letter_template_id, position, number, subject, body) values
  ('6a1f0c1e-0000-4000-8000-000000000010', 0, 1, 'Referral {{reference}}: {{personName}} has agreed a plan',
$$Dear {{recipientName}},

{{personName}}, whom you referred to {{serviceName}} (reference {{reference}}), has agreed a plan with their worker to help with work and their health.

We will write again when they finish with the service.$$);
