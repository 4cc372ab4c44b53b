package org.stepwise.caseload.web;

/**
 * What came of one onward referral, as chosen on the page, and the version of the referral the page
 * showed.
 */
record OnwardResultForm(String result, Long version) {}
