/**
 * Feedback from every source in one table: completed survey responses, reviews, social posts. This module owns the
 * {@code feedback} table (migration {@code db/migration/feedback}) and the {@link FeedbackRecorded} event; the modules
 * that collect feedback insert the rows and publish the event, dashboards and analytics read them.
 *
 * <p>Contract of the table: one row per piece of feedback, unique by {@code (kind, source, external_id)} so that a
 * writer can insert with {@code on conflict do nothing} and stay idempotent. Scores are stored on their own scales
 * ({@code nps} 0-10, {@code csat} 1-5, {@code ces} 1-7); {@code rating} is normalised to 0..1.
 */
package io.touchpoint.app.feedback;
