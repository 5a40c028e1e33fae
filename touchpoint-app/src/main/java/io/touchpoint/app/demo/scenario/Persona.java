package io.touchpoint.app.demo.scenario;

/** Kinds of guest, each with its own rhythm of stays; the share is of all demo guests. */
public enum Persona {
    /** Short weekday stays, books late, lives in the app. */
    BUSINESS(0.20),
    /** Weekend and summer breaks, books weeks ahead on the website. */
    LEISURE(0.36),
    /** School holidays, long stays, often books by phone. */
    FAMILY(0.13),
    /** Weddings and conferences: one or two nights, once. */
    EVENT(0.11),
    /** Browses, subscribes, asks, has not stayed (yet). */
    PROSPECT(0.20);

    private final double share;

    Persona(double share) {
        this.share = share;
    }

    double share() {
        return share;
    }
}
