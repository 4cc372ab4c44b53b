-- The letters Stepwise sends at each milestone of a referral, in plain English.
-- Administrators edit them in the web pages; each edit adds a new version.
insert into letter_template (id, key, name, audience, description, created_at, created_by, updated_at, updated_by, version) values
  ('6a1f0c1e-0000-4000-8000-000000000001', 'referral-received', 'Referral received (to the referrer)', 'REFERRER',
   'Sent to the referrer when a referral arrives.', now(), 'system', now(), 'system', 1),
  ('6a1f0c1e-0000-4000-8000-000000000002', 'referral-accepted', 'Referral accepted (to the referrer)', 'REFERRER',
   'Sent to the referrer when the service accepts a referral.', now(), 'system', now(), 'system', 1),
  ('6a1f0c1e-0000-4000-8000-000000000003', 'referral-declined', 'Referral declined (to the referrer)', 'REFERRER',
   'Sent to the referrer when the service declines a referral, with the reason.', now(), 'system', now(), 'system', 1),
  ('6a1f0c1e-0000-4000-8000-000000000004', 'referral-deferred', 'Referral deferred (to the referrer)', 'REFERRER',
   'Sent to the referrer when a referral is put off until a review date.', now(), 'system', now(), 'system', 1),
  ('6a1f0c1e-0000-4000-8000-000000000005', 'welcome', 'Welcome (to the person)', 'CLIENT',
   'Sent to the person when the service accepts their referral: what the service is and is not.', now(), 'system', now(), 'system', 1);

insert into letter_template_version (letter_template_id, position, number, subject, body) values
  ('6a1f0c1e-0000-4000-8000-000000000001', 0, 1, 'Referral {{reference}} received: {{personName}}',
$$Dear {{recipientName}},

Thank you for referring {{personName}} to {{serviceName}}. We received your referral on {{receivedOn}}. Its reference is {{reference}}.

We will look at it and contact {{personFirstName}} to explain the service and ask whether they want to take part. Taking part is voluntary.

We will write to you again when we have decided whether the service is right for them.$$),
  ('6a1f0c1e-0000-4000-8000-000000000002', 0, 1, 'Referral {{reference}} accepted: {{personName}}',
$$Dear {{recipientName}},

We have accepted your referral of {{personName}} to {{serviceName}} (reference {{reference}}).

A member of our team will work with {{personFirstName}} on staying in, returning to or finding work. We will let you know when they have an agreed plan, and when they finish with the service.$$),
  ('6a1f0c1e-0000-4000-8000-000000000003', 0, 1, 'Referral {{reference}}: not accepted',
$$Dear {{recipientName}},

Thank you for referring {{personName}} to {{serviceName}} (reference {{reference}}). We are sorry, but we have not accepted the referral.

Our reason: {{declineReason}}

If things change, you are welcome to refer them again.$$),
  ('6a1f0c1e-0000-4000-8000-000000000004', 0, 1, 'Referral {{reference}}: we will look again on {{reviewDate}}',
$$Dear {{recipientName}},

Thank you for referring {{personName}} to {{serviceName}} (reference {{reference}}).

Now is not the right time for the service, so we have put the referral on hold. We will look at it again on {{reviewDate}} and offer the service then. You do not need to refer them again.$$),
  ('6a1f0c1e-0000-4000-8000-000000000005', 0, 1, 'Welcome to {{serviceName}}',
$$Dear {{personFirstName}},

Welcome to {{serviceName}}. You were referred to us to get help with work and your health. Your reference is {{reference}}.

We help people with a long-term health condition to stay in work, go back to work, or find work that suits them.

We are not here to test whether you are fit for work. We do not work for your employer, and we will not tell your employer anything unless you say we can.

Taking part is your choice. You can stop at any time. Saying no will not change your health care.

Your worker will contact you soon to arrange a first talk. If you have questions before then, phone us on {{contactPhone}} or email {{contactEmail}}.$$);
