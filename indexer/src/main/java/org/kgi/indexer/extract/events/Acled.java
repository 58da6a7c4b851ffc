package org.kgi.indexer.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The ACLED event types and sub-event types, spelled exactly as ACLED does. */
public final class Acled {
    public static final String BATTLES = "Battles";
    public static final String ARMED_CLASH = "Armed clash";
    public static final String GOVERNMENT_REGAINS = "Government regains territory";
    public static final String NON_STATE_OVERTAKES = "Non-state actor overtakes territory";
    public static final String VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians";
    public static final String ATTACK = "Attack";
    public static final String ABDUCTION = "Abduction/forced disappearance";
    public static final String SEXUAL_VIOLENCE = "Sexual violence";
    public static final String EXPLOSIONS = "Explosions/Remote violence";
    public static final String IED = "Remote explosive/landmine/IED";
    public static final String SHELLING = "Shelling/artillery/missile attack";
    public static final String GRENADE = "Grenade";
    public static final String AIR_STRIKE = "Air/drone strike";
    public static final String SUICIDE_BOMB = "Suicide bomb";
    public static final String PROTESTS = "Protests";
    public static final String PEACEFUL_PROTEST = "Peaceful protest";
    public static final String PROTEST_WITH_INTERVENTION = "Protest with intervention";
    public static final String EXCESSIVE_FORCE = "Excessive force against protesters";
    public static final String RIOTS = "Riots";
    public static final String VIOLENT_DEMONSTRATION = "Violent demonstration";
    public static final String MOB_VIOLENCE = "Mob violence";
    public static final String STRATEGIC = "Strategic developments";
    /** The six event types, in ACLED's order. */
    public static final List<String> EVENT_TYPES = List.of(BATTLES, VIOLENCE_AGAINST_CIVILIANS,
            EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC);
    public static final String AGREEMENT = "Agreement";
    public static final String ARRESTS = "Arrests";
    public static final String CHANGE_TO_GROUP = "Change to group/activity";
    public static final String DISRUPTED_WEAPONS = "Disrupted weapons use";
    public static final String BASE_ESTABLISHED = "Headquarters or base established";
    public static final String LOOTING = "Looting/property destruction";
    public static final String TRANSFER_OF_TERRITORY = "Non-violent transfer of territory";
    public static final String OTHER = "Other";
    /** The sub-event types, by event type in ACLED's order. */
    public static final List<String> SUB_EVENT_TYPES = List.of(ARMED_CLASH, GOVERNMENT_REGAINS, NON_STATE_OVERTAKES,
            ATTACK, ABDUCTION, SEXUAL_VIOLENCE, IED, SHELLING, GRENADE, AIR_STRIKE, SUICIDE_BOMB, PEACEFUL_PROTEST,
            PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE, VIOLENT_DEMONSTRATION, MOB_VIOLENCE, AGREEMENT, ARRESTS,
            CHANGE_TO_GROUP, DISRUPTED_WEAPONS, BASE_ESTABLISHED, LOOTING, TRANSFER_OF_TERRITORY, OTHER);

    private Acled() {
    }

    /**
     * The event types and sub-types {@code text} names: its name in any case, singular or plural ({@code riot},
     * {@code "mob violence"}), else every type and sub-type whose name has its words ({@code violence}: violence
     * against civilians, remote violence, sexual and mob violence); none if none.
     */
    public static List<String> named(String text) {
        List<String> words = words(text.replace('_', ' '));
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> named = new ArrayList<>();
        List<String> holding = new ArrayList<>();
        for (List<String> names : List.of(EVENT_TYPES, SUB_EVENT_TYPES)) {
            for (String name : names) {
                List<String> own = words(name);
                if (own.equals(words)) {
                    named.add(name);
                } else if (own.containsAll(words)) {
                    holding.add(name);
                }
            }
        }
        return named.isEmpty() ? holding : named;
    }

    /** What a text that {@link #named names} no type is told: the types and sub-types there are. */
    public static String namesNone() {
        return "names no ACLED event type or sub-event type; the types are " + String.join(", ", EVENT_TYPES)
                + "; the sub-event types " + String.join(", ", SUB_EVENT_TYPES);
    }

    /** The words of an event type's name, in lower case, a plural's final s dropped: {@code riots} is {@code riot}. */
    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                out.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    /** Whether an event type is political violence: a battle, violence against civilians, an explosion. */
    public static boolean isViolent(String type) {
        return BATTLES.equals(type) || VIOLENCE_AGAINST_CIVILIANS.equals(type) || EXPLOSIONS.equals(type);
    }

    /**
     * The camp of an actor type, as ACLED's actor codes divide them: {@code state} (security forces, government),
     * {@code armed} (non-state armed groups), else null. The two camps are never one side unless a text says so.
     */
    public static String camp(String actorType) {
        return switch (actorType) {
            case "security_force", "government" -> "state";
            case "armed_group" -> "armed";
            default -> null;
        };
    }
}
