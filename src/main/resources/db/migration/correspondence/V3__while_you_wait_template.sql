-- Information for people waiting for support, sent when a practitioner asks.
insert into letter_template (id, key, name, audience, description, created_at, created_by, updated_at, updated_by, version) values
  ('6a1f0c1e-0000-4000-8000-000000000006', 'while-you-wait', 'While you wait (to the person)', 'CLIENT',
   'Sent to someone waiting for support: what happens next, how long it may take, and help meanwhile.', now(), 'system', now(), 'system', 1);

insert into letter_template_version (letter_template_id, position, number, subject, body) values
  ('6a1f0c1e-0000-4000-8000-000000000006', 0, 1, 'While you wait: {{serviceName}}',
$$Dear {{personFirstName}},

You are on our list for {{stepName}}. We aim to start within {{waitTargetWeeks}} weeks of your referral. Your reference is {{reference}}.

While you wait, these can help:

Citizens Advice can help with money, benefits and problems at work: citizensadvice.org.uk or 0800 144 8848.

Access to Work can pay for equipment, support or travel if your health affects your work: gov.uk/access-to-work.

If you have MS, the MS Society and the MS Trust have advice about work: mssociety.org.uk and mstrust.org.uk.

If you live with pain, the Pain Toolkit has simple ideas for managing it day to day: paintoolkit.org.

If things change, or you no longer want help, phone us on {{contactPhone}} or email {{contactEmail}}.$$);
