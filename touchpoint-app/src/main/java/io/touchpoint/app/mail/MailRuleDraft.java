package io.touchpoint.app.mail;

/** A new mail rule as a client sends it: touchpoint and property by key, both optional. */
public record MailRuleDraft(String eventType, Integer delayHours, String touchpoint, String property,
        Integer reminderDays) {
}
