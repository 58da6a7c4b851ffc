package org.kgi.indexer.extract.mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kgi.graph.Kind;
import org.kgi.indexer.extract.gazetteer.Gazetteer;
import org.kgi.indexer.extract.lexicon.WordSets;
import org.kgi.indexer.extract.resolve.Found;
import org.kgi.indexer.extract.resolve.Guess;
import org.kgi.indexer.extract.resolve.Strength;
import org.kgi.indexer.extract.text.Sentence;
import org.kgi.indexer.extract.text.Tokens;

/**
 * Clubs named after their towns in a sports report ({@code SOCCER - ...}, {@code CRICKET - ...}): {@code Essex are set
 * to step up their challenge}, {@code Leeds v Wimbledon}, {@code Surrey 128-4}, {@code joined Milan from Torino}. Where
 * a report is about sport, a town or county that plays, scores or is joined is a team, an organisation, in every
 * mention of the report (one name is one entity, so its dateline's too; a country stays a place: its national side is
 * named for it). Outside sports reports nothing changes.
 */
public final class Teams {
    private Teams() {
    }

    /** Sports a wire headline opens with: {@code SOCCER - JAPAN GET LUCKY WIN}, {@code AUSTRALIAN RULES - ...}. */
    private static final Set<String> SPORTS = WordSets.of("soccer", "football", "cricket", "rugby", "tennis",
            "basketball", "baseball", "golf", "athletics", "cycling", "hockey", "racing", "boxing", "squash",
            "volleyball", "handball", "rowing", "swimming", "skiing", "badminton", "motorcycling", "nfl", "nba", "nhl",
            "rules", "speedway", "triathlon", "sailing", "snooker", "darts", "judo", "wrestling", "gymnastics");
    /** Verbs a side is the subject of, in plural for a club's players: {@code Essex are}, {@code Nice have}. */
    private static final Set<String> PLURAL_VERBS = WordSets.of("are", "were", "have");
    /** What a side does: {@code Leicestershire beat Somerset}, {@code Surrey slipped to 88 for four}. */
    private static final Set<String> SIDE_VERBS = WordSets.of("beat", "beats", "drew", "lost", "won", "play", "plays",
            "face", "faces", "host", "hosts", "hosted", "visit", "visited", "trailed", "led", "declared", "slumped",
            "slipped", "defeated", "thrashed", "routed", "edged", "rekindled", "finished", "qualified");
    /** What a side is called before its name: {@code leaders Derbyshire}, {@code newly-promoted Sunderland}. */
    private static final Set<String> SIDE_NOUNS = WordSets.of("champions", "leaders", "side", "club", "rivals",
            "arch-rivals", "hopefuls", "newly-promoted", "promoted", "relegated", "hosts", "visitors", "opponents",
            "outfit", "third-placed", "second-placed", "fourth-placed", "bottom-placed", "holders", "pacesetters");
    /** What a side is the object of: {@code against Glamorgan}, {@code joined Milan}, {@code v Wimbledon}. */
    private static final Set<String> BEFORE_SIDE = WordSets.of("against", "beat", "beating", "defeated", "defeating",
            "joined", "joining", "v", "vs", "versus", "thrashed", "reduce", "reduced", "lifted");
    /** A side's possessions: {@code Nice 's home defeat}, {@code Notts ' commanding first innings}. */
    private static final Set<String> SIDE_THINGS = WordSets.of("defeat", "win", "victory", "coach", "striker",
            "goalkeeper", "manager", "captain", "players", "squad", "innings", "total", "reply", "bowlers", "batsmen",
            "midfielder", "defender", "forward", "home", "first", "commanding", "fans", "supporters", "misery",
            "goal", "goals", "title", "chairman", "president", "draw", "loss", "lead");
    /** Moves of a player between clubs: {@code transferred to Milan}, {@code played for Nice}, {@code from Torino}. */
    private static final Set<String> MOVES = WordSets.of("transferred", "moved", "loaned", "sold", "signed", "played",
            "playing", "plays", "joined", "coach", "coached", "manager", "captain", "striker", "midfielder",
            "goalkeeper", "defender");

    /** A sports report's founds with every town or county it shows to play retyped a team (organisation). */
    static List<Found> retype(Tokens t, List<Sentence> sentences, List<Found> founds, Gazetteer gazetteer) {
        Set<String> teams = new HashSet<>();
        for (Found f : founds) {
            if (townOrWeakOrganisation(f) && gazetteer.countries().byKey(f.key()) == null
                    && playing(t, sentences.get(f.sentence()), f.first(), f.last())) {
                teams.add(f.key());
            }
        }
        if (teams.isEmpty()) {
            return founds;
        }
        List<Found> out = new ArrayList<>(founds.size());
        for (Found f : founds) {
            if (teams.contains(f.key()) && townOrWeakOrganisation(f)) {
                f = new Found(f.sentence(), f.first(), f.last(), f.start(), f.end(), f.key(),
                        Guess.actor("organization", f.guess().name(), Strength.TEAM));
            }
            out.add(f);
        }
        return out;
    }

    /** A town or region (no country), or an organisation typed only by a weak cue: what a team's name may be. */
    private static boolean townOrWeakOrganisation(Found f) {
        Guess g = f.guess();
        return g != null && (g.kind() == Kind.PLACE && !"country".equals(g.type())
                || g.strength() <= Strength.ORGANISATION_CUE && "organization".equals(g.type()));
    }

    /** Whether one of the report's first three sentences (a title line may come first) is a sports headline. */
    static boolean sportsReport(Tokens t, List<Sentence> sentences) {
        for (int i = 0; i < Math.min(3, sentences.size()); i++) {
            if (sportsReport(t, sentences.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the headline opens with a sport and a dash: {@code CRICKET - LEICESTERSHIRE TAKE OVER AT TOP}. */
    static boolean sportsReport(Tokens t, Sentence headline) {
        for (int i = headline.first(); i <= Math.min(headline.last(), headline.first() + 2); i++) {
            if (t.isWord(i) && t.isCapitalised(i) && SPORTS.contains(t.lower(i))) { // (also Tennis - X looms for Y)
                for (int k = i + 1; k <= Math.min(headline.last(), i + 2); k++) {
                    if (t.isDash(k) || t.isChar(k, '-')) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether token {@code i} is a side's goals or points, one to three digits (not a dateline's 1996-08-31). */
    private static boolean goals(Tokens t, int i) {
        if (!t.is(i, Tokens.NUMBER)) {
            return false;
        }
        String w = t.lower(i);
        return w.length() <= 3 && w.chars().allMatch(Character::isDigit);
    }

    /** Whether the name on tokens {@code a..b} plays, scores or is played against or joined. */
    static boolean playing(Tokens t, Sentence s, int a, int b) {
        int next = b + 1;
        if (next <= s.last() && (t.isWord(next) && (PLURAL_VERBS.contains(t.lower(next))
                || SIDE_VERBS.contains(t.lower(next)) || t.isLower(next, "v") || t.isLower(next, "vs")
                || t.isLower(next, "versus"))
                || Matches.score(t, next) || goals(t, next) && (t.isWord(next + 1) && t.isCapitalised(next + 1)
                && next + 1 <= s.last() || t.isChar(next + 1, '(') || next == s.last() || goals(t, next + 1)
                || next + 1 == s.last() && t.isChar(next + 1, '.')))) {
            // Essex are set to; Leeds v Wimbledon; Surrey 128-4; Newcastle 1 Sheffield Wednesday 2; Groningen 1 (
            // Gorre 7th); Utrecht 0.; Gold Coast 21 5 1 15 (a standings row)
            return true;
        }
        if (next + 1 <= s.last() && (t.isPossessiveS(next) || t.isApostrophe(next)) && t.isWord(next + 1)
                && SIDE_THINGS.contains(t.lower(next + 1))) {
            return true; // Nice 's home defeat, Notts ' commanding first innings
        }
        int prev = a - 1;
        if (prev < s.first() || !t.isWord(prev)) {
            return t.is(prev, Tokens.NUMBER) && prev > s.first() && t.isWord(prev - 1) && t.isCapitalised(prev - 1)
                    && goals(t, next); // Sheffield Wednesday in Newcastle 1 Sheffield Wednesday 2
        }
        String p = t.lower(prev);
        if (SIDE_NOUNS.contains(p) || BEFORE_SIDE.contains(p)) {
            return true; // leaders Derbyshire, against Nottinghamshire, joined Milan, v Blackburn
        }
        boolean move = (p.equals("to") || p.equals("for") || p.equals("at")) && t.isWord(prev - 1)
                && MOVES.contains(t.lower(prev - 1)) // transferred to Milan, played for Nice, coach at Torino
                || p.equals("from") && t.isWord(prev - 2) && MOVES.contains(t.lower(prev - 2)); // joined X from Torino
        return move || p.equals("to") && (t.isLower(prev - 1, "defeat") || t.isLower(prev - 1, "lost")
                || Matches.score(t, prev - 1)); // defeat to Guingamp 2-1, lost to Sunderland
    }
}
