package org.conflictmap.actor;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A party to the conflict: an armed group, a state's forces, civilians. */
@Entity
@Table(name = "actor")
public class Actor {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "alias", nullable = false)
    private List<String> aliases = new ArrayList<>();

    /** ACLED-style actor kind, e.g. state_forces, rebel_group. */
    @Column(nullable = false)
    private String kind;

    /** Map colour, #rrggbb. */
    @Column(nullable = false)
    private String colour;

    /** Side or coalition code, e.g. GOV, OPP, SDF. */
    @Column(nullable = false)
    private String side;

    protected Actor() {
    }

    public Actor(String code, String name, List<String> aliases, String kind, String colour, String side) {
        this.code = code;
        this.name = name;
        this.aliases = new ArrayList<>(aliases);
        this.kind = kind;
        this.colour = colour;
        this.side = side;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public List<String> getAliases() {
        return List.copyOf(aliases);
    }

    public String getKind() {
        return kind;
    }

    public String getColour() {
        return colour;
    }

    public String getSide() {
        return side;
    }
}
