package org.kgi.indexer.extract.lexicon;

import java.util.Set;

/**
 * Words that are never names, even capitalised: pronouns, determiners, prepositions, conjunctions,
 * sentence adverbs and common words that open sentences or headlines.
 */
public final class FunctionWords {
    private static final Set<String> PRONOUNS = WordSets.of(
            "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she",
            "her", "hers", "it", "its", "they", "them", "their", "theirs", "himself", "herself", "itself",
            "themselves", "ourselves", "yourself", "who", "whom", "whose", "which", "what", "this", "that", "these",
            "those", "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "none", "one",
            "ones", "each", "both", "either", "neither", "all", "some", "any", "many", "few", "several", "others",
            "another", "other", "such");

    private static final Set<String> WORDS = WordSets.of(
            "the", "a", "an", "and", "or", "but", "nor", "so", "yet", "for", "of", "in", "on", "at", "by", "to",
            "from", "with", "without", "into", "onto", "over", "under", "after", "before", "during", "since",
            "until", "till", "while", "when", "whenever", "where", "wherever", "why", "how", "if", "unless",
            "although", "though", "because", "as", "than", "then", "there", "here", "now", "meanwhile",
            "however", "moreover", "furthermore", "nevertheless", "nonetheless", "also", "still", "thus",
            "therefore", "instead", "later", "earlier", "already", "again", "once", "twice", "today", "yesterday",
            "tomorrow", "tonight", "last", "next", "first", "second", "third", "finally", "overall", "according",
            "despite", "amid", "among", "amongst", "between", "against", "across", "along", "alongside", "around",
            "about", "above", "below", "behind", "beyond", "near", "outside", "inside", "within", "towards",
            "toward", "through", "throughout", "upon", "via", "per", "off", "beside", "opposite", "is", "are", "was",
            "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did", "will", "would", "shall",
            "should", "can", "could", "may", "might", "must", "not", "no", "yes", "very", "most", "more", "less",
            "least", "much", "just", "only", "even", "ever", "never", "always", "often", "sometimes", "soon",
            "recently", "currently", "so-called", "following", "including", "regarding", "concerning", "like", "unlike",
            "nearly", "almost", "about", "some", "every", "whether", "indeed", "perhaps", "maybe", "otherwise",
            "elsewhere", "besides", "further", "separately", "similarly", "likewise", "additionally", "hence",
            "eventually", "initially", "ultimately", "previously", "subsequently", "reportedly", "allegedly",
            "apparently", "officially", "unofficially", "mr", "mrs", "ms", "dr", "please", "thanks", "thank",
            "let", "lets", "note", "see", "read", "also", "several", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "at least", "yes", "ok");

    private FunctionWords() {
    }

    public static boolean isPronoun(String lower) {
        return PRONOUNS.contains(lower);
    }

    /** Whether a word is a pronoun or function word (never the start of a name). */
    public static boolean isFunctionWord(String lower) {
        return WORDS.contains(lower) || PRONOUNS.contains(lower);
    }
}
