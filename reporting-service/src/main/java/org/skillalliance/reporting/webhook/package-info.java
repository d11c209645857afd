/**
 * Webhooks (issue 25): an organisation subscribes an endpoint to kinds of event that concern it ({@code
 * claim.submitted}, {@code claim.paid}, {@code award.made}, {@code report.updated}) and gets each once, signed as
 * Standard Webhooks says, retried with exponential backoff for a day, with a delivery log per subscription. They live
 * here because reporting-service alone reads all three topics, knows programmes, awards and coverage, and can tell
 * when a programme's report changed. {@code WebhookSubscriptions} is the use case ({@code JdbcWebhooks} its tables),
 * {@code WebhookEvents} and {@code ReportUpdates} enqueue from the projection, {@code WebhookSender} sends, {@code
 * EndpointPolicy} keeps endpoints off private networks (docs/reporting.md "Webhooks").
 */
package org.skillalliance.reporting.webhook;
