package org.kgi.bench.generate;

import java.util.Objects;

/**
 * One actor or place of the generated world.
 *
 * @param index  position in {@link World#entities()}; also its popularity rank within its category
 * @param id     kgi-style readable id, {@code actor:red-scorpions}, {@code place:port-lazare}
 * @param kind   {@code actor} or {@code place}
 * @param type   fine type ({@code armed_group}, {@code security_force}, {@code populated_place}...)
 * @param name   canonical name as a person would write it
 * @param alias  the short form used after the first mention (acronym, nickname, surname), or {@code ""}
 * @param parent index of the containing place or the organisation led, or {@code -1}
 */
public record WorldEntity(int index, String id, String kind, String type, String name, String alias, int parent) {
    public WorldEntity {
        if (index < 0) {
            throw new IllegalArgumentException("negative index " + index);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (!"actor".equals(kind) && !"place".equals(kind)) {
            throw new IllegalArgumentException("kind must be actor or place, not " + kind);
        }
        if (!id.startsWith(kind + ":")) {
            throw new IllegalArgumentException("id '" + id + "' must start with '" + kind + ":'");
        }
        alias = alias == null ? "" : alias;
    }

    /** The name of a later mention: the alias when there is one. */
    public String shortName() {
        return alias.isEmpty() ? name : alias;
    }
}
