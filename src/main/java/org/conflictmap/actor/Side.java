package org.conflictmap.actor;

/** A side or coalition of actors (e.g. the opposition coalition) and its map colour. */
public record Side(String code, String name, String colour) {
}
