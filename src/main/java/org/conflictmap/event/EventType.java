package org.conflictmap.event;

/**
 * Event types, named after ACLED's sub-event types so that data can be exchanged with ACLED-style files. The symbol
 * is the marker shape the map and the legend use.
 */
public enum EventType {
    ARMED_CLASH("Armed clash", "Battles", "circle"),
    GOVERNMENT_REGAINS_TERRITORY("Government regains territory", "Battles", "star"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY("Non-state actor overtakes territory", "Battles", "star"),
    AIR_DRONE_STRIKE("Air/drone strike", "Explosions/Remote violence", "triangle"),
    SHELLING_ARTILLERY_MISSILE("Shelling/artillery/missile attack", "Explosions/Remote violence", "square"),
    REMOTE_EXPLOSIVE("Remote explosive/landmine/IED", "Explosions/Remote violence", "cross"),
    TROOP_MOVEMENT("Troop movement / border crossing", "Strategic developments", "diamond"),
    BASE_ESTABLISHED("Headquarters or base established", "Strategic developments", "pentagon"),
    NON_VIOLENT_TRANSFER("Non-violent transfer of territory", "Strategic developments", "hexagon"),
    LOOTING_PROPERTY_DESTRUCTION("Looting/property destruction", "Strategic developments", "x");

    private final String label;
    private final String category;
    private final String symbol;

    EventType(String label, String category, String symbol) {
        this.label = label;
        this.category = category;
        this.symbol = symbol;
    }

    public String label() {
        return label;
    }

    /** ACLED event type (the broader category). */
    public String category() {
        return category;
    }

    public String symbol() {
        return symbol;
    }
}
