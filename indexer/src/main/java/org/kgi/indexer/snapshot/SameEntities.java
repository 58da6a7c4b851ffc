package org.kgi.indexer.snapshot;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import org.kgi.graph.Kind;
import org.kgi.graph.NodeFilter;

/**
 * Actors that one report names only in part and that another report names in full: {@code TRB} in a report that
 * never spells it out, where others write "the Tactical Response Brigade (TRB)"; {@code Valcin} where others name
 * Jean-Robert Valcin; {@code the Brotherhood} where others name the Bois-Lenoir Brotherhood. A report's extractor
 * only sees its own text, so these came out as entities of their own.
 *
 * <p>An actor is taken for another when, across the whole index, exactly one other actor of a compatible type and
 * country has its name among its names and aliases (or, for a one-word name of a group or of an unknown type, ends
 * with that word), so a form that stands for two actors in different reports ("CDR", "Moreau") is left alone, as
 * is a one-word name that ends another actor's name besides ("Valcin", when Ricardo Valcin is named too). No
 * chains: an actor taken for one that is itself taken for a third is left alone too; of two taken for each other,
 * the one fewer reports name goes into the other.
 */
final class SameEntities {
    private static final Set<String> GROUPS = Set.of("armed_group", "organization", "other");

    private SameEntities() {
    }

    /** Each actor taken for another, by id, to that other's id. */
    static Map<String, String> find(Map<String, EntityInfo> byId, Map<String, Set<String>> byName,
                                    NavigableMap<String, Set<String>> byWord) {
        Map<String, String> target = new HashMap<>();
        for (EntityInfo e : byId.values()) {
            if (!mergeable(e) || e.name().length() < 3 && !e.name().equals(e.name().toUpperCase(Locale.ROOT))) {
                continue; // "Le", "Ne": a stray word taken for a nickname somewhere, not a part of a name
            }
            String key = EntityCatalog.key(e.name());
            String other = only(byName.get(key), e, byId, false);
            if (other == null && key.indexOf(' ') < 0 && GROUPS.contains(e.type())) {
                other = only(byWord.get(key), e, byId, true);
            } else if (other != null && key.indexOf(' ') < 0 && endsAnother(byWord.get(key), e, other, byId)) {
                other = null; // "Valcin", an alias of Jean-Robert Valcin, and the end of Ricardo Valcin's name too
            }
            if (other != null) {
                target.put(e.id(), other);
            }
        }
        Map<String, String> sameAs = new HashMap<>();
        target.forEach((e, other) -> {
            String next = target.get(other);
            if (next == null || next.equals(e) && fewer(byId.get(e), byId.get(other))) {
                sameAs.put(e, other);
            }
        });
        return sameAs;
    }

    /** A named actor (not "civilians" or "police", which every report has). */
    private static boolean mergeable(EntityInfo e) {
        return e.kind() == Kind.ACTOR && !"true".equals(e.attributes().get(NodeFilter.GENERIC))
                && !e.name().equals(e.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The one actor among {@code ids} other than {@code e} that {@code e} may stand for, or null (none, or more
     * than one). {@code longer}: it must have a longer name (a one-word name found as the end of a name).
     */
    private static String only(Set<String> ids, EntityInfo e, Map<String, EntityInfo> byId, boolean longer) {
        if (ids == null) {
            return null;
        }
        String found = null;
        for (String id : ids) {
            EntityInfo other = byId.get(id);
            if (id.equals(e.id()) || !mergeable(other) || !compatible(e, other)
                    || longer && EntityCatalog.key(other.name()).indexOf(' ') < 0) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = id;
        }
        return found;
    }

    /**
     * Whether a name of {@code ids} other than {@code e}'s and {@code other}'s, of an actor {@code e} could stand for,
     * ends with {@code e}'s one word: a surname two people share, though only one of them was called by it alone.
     */
    private static boolean endsAnother(Set<String> ids, EntityInfo e, String other, Map<String, EntityInfo> byId) {
        if (ids == null) {
            return false;
        }
        for (String id : ids) {
            EntityInfo third = byId.get(id);
            if (!id.equals(e.id()) && !id.equals(other) && mergeable(third) && compatible(e, third)) {
                return true;
            }
        }
        return false;
    }

    /** The same type, or {@code e}'s unknown; not of two countries. */
    private static boolean compatible(EntityInfo e, EntityInfo other) {
        if (!e.type().equals(other.type()) && !"other".equals(e.type())) {
            return false;
        }
        String a = e.attributes().get("country");
        String b = other.attributes().get("country");
        return a == null || b == null || a.equals(b);
    }

    /** Whether fewer reports name {@code a} than {@code b} (ties by id). */
    private static boolean fewer(EntityInfo a, EntityInfo b) {
        return a.documentCount() != b.documentCount() ? a.documentCount() < b.documentCount()
                : a.id().compareTo(b.id()) > 0;
    }
}
