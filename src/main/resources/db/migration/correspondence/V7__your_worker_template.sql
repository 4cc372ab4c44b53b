-- To the person when their case opens with a named worker, and whenever the worker changes.
insert into letter_template (id, key, name, audience, description, created_at, created_by, updated_at, updated_by, version) values
  ('6a1f0c1e-0000-4000-8000-000000000011', 'your-worker', 'Your worker (to the person)', 'CLIENT',
   'Sent to the person when their case opens with a named worker, and again if the worker changes.', now(), 'system', now(), 'system', 1);

insert into letter_template_version (letter_template_id, position, number, subject, body) values
  ('6a1f0c1e-0000-4000-8000-000000000011', 0, 1, 'Your worker at {{serviceName}}',
$$Dear {{recipientName}},

{{#change}}Your worker at {{serviceName}} has changed. Your new worker is {{workerName}}. They will get in touch soon to introduce themselves.{{/change}}{{^change}}Your worker at {{serviceName}} is {{workerName}}. They will get in touch soon to arrange a first talk.{{/change}}

Your worker helps you with work and your health, at a pace that suits you. Taking part is your choice. You can stop at any time.

If you have questions, phone us on {{contactPhone}} or email {{contactEmail}}. Your reference is {{reference}}.$$);
