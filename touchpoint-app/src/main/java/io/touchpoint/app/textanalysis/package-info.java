/**
 * Text analytics of feedback: every comment is analysed in the background by the {@code touchpoint-text} engine
 * (sentiment, aspects with spans, Shaw's emotions); results are stored, staff corrections are kept and taught to
 * the analyser, and a taxonomy change re-analyses the history as a job with progress.
 */
package io.touchpoint.app.textanalysis;
