package org.avrs.recommend.affect;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The lexicon from catalog words (genres, tags) to the affect a video evokes.
 *
 * <p><b>How the genre rows were chosen.</b> Each row is a judgement, stated here so it can be
 * checked, anchored on three facts: (1) which emotion films of a kind elicit in the film-elicitation
 * studies — comedies elicit amusement, dramatic loss scenes sadness, horror and thrillers fear and
 * disgust (Gross and Levenson 1995, "Emotion elicitation using films", <i>Cognition and Emotion</i>
 * 9(1):87–108, doi:10.1080/02699939508408966; Schaefer et al. 2010, "Assessing the effectiveness of
 * a large database of emotion-eliciting films", <i>Cognition and Emotion</i> 24(7):1153–1172,
 * doi:10.1080/02699930903274322); (2) the Russell–Mehrabian VAD coordinates of those emotions, as in
 * {@link org.avrs.core.EmotionSet} (happy (0.81, 0.51, 0.46), fear (-0.64, 0.60, -0.43), sad (-0.63,
 * -0.27, -0.33), anger (-0.51, 0.59, 0.25)); (3) arousal from pacing — action, horror and thrillers
 * are built on suspense and fast cuts, documentaries and dramas are slower. A genre's point is pulled
 * toward the origin from its dominant emotion's coordinates in proportion to how mixed the genre is
 * (a drama is not all loss). The emotion column gives the same judgement as a distribution.
 *
 * <p><b>Tag rows</b> cover the common emotional words in MovieLens tags ("funny", "dark",
 * "atmospheric", "thought-provoking", "disturbing", "heartwarming", "depressing", "tense", …; counted
 * in ml-latest-small's tags.csv). A tag that names an emotion sits at that emotion's Russell–Mehrabian
 * coordinates, softened toward the origin like the genres; descriptive tags ("atmospheric",
 * "thought-provoking", "dreamlike") get a judged point (calm, slightly positive, low dominance).
 * Tags not in the table (names, places, "in netflix queue") carry no affective evidence.
 */
public final class AffectLexicon {

    // columns: v, a, d | anger, disgust, fear, happiness, sadness, surprise, neutral
    private static final Map<String, LexiconEntry> GENRES = Map.ofEntries(
            // thrill: excited, mildly pleasant, heroes in control; fear and surprise from danger
            Map.entry("action", LexiconEntry.of(0.30, 0.70, 0.40, .10, 0, .20, .30, 0, .30, .10)),
            // discovery and wonder: pleasant, aroused
            Map.entry("adventure", LexiconEntry.of(0.50, 0.50, 0.30, 0, 0, .10, .45, 0, .35, .10)),
            // mostly family audience: amusement, some wonder
            Map.entry("animation", LexiconEntry.of(0.60, 0.30, 0.20, 0, 0, 0, .60, 0, .20, .20)),
            Map.entry("children", LexiconEntry.of(0.70, 0.20, 0.10, 0, 0, 0, .70, 0, .10, .20)),
            Map.entry("children's", LexiconEntry.of(0.70, 0.20, 0.10, 0, 0, 0, .70, 0, .10, .20)),
            // amusement, the standard positive film emotion (Gross & Levenson): happy, moderately aroused
            Map.entry("comedy", LexiconEntry.of(0.70, 0.40, 0.30, 0, 0, 0, .80, 0, .10, .10)),
            // violence and injustice: anger and fear, moderately aroused
            Map.entry("crime", LexiconEntry.of(-0.30, 0.50, 0.10, .30, .15, .25, 0, 0, .10, .20)),
            // informative, calm: close to neutral, low arousal
            Map.entry("documentary", LexiconEntry.of(0.10, -0.20, 0.00, 0, 0, 0, .10, .05, .15, .70)),
            // loss and conflict (the sadness clips of the elicitation studies are dramas), slow
            Map.entry("drama", LexiconEntry.of(-0.20, -0.10, -0.10, .10, 0, 0, .15, .45, 0, .30)),
            // wonder and enchantment
            Map.entry("fantasy", LexiconEntry.of(0.50, 0.40, 0.10, 0, 0, .10, .45, 0, .35, .10)),
            // bleak, menacing, fatalistic
            Map.entry("film-noir", LexiconEntry.of(-0.40, 0.30, 0.00, .20, .10, .30, 0, .20, 0, .20)),
            // fear and disgust (the fear clips of the elicitation studies are horror films): near fear's point
            Map.entry("horror", LexiconEntry.of(-0.60, 0.70, -0.40, 0, .25, .65, 0, 0, .10, 0)),
            // joy through song and dance
            Map.entry("musical", LexiconEntry.of(0.70, 0.40, 0.30, 0, 0, 0, .80, 0, .10, .10)),
            // suspense and curiosity: slightly unpleasant, aroused, low control
            Map.entry("mystery", LexiconEntry.of(-0.10, 0.40, -0.20, 0, 0, .30, 0, 0, .35, .35)),
            // tenderness (happy) with some longing (sad), calmer than comedy
            Map.entry("romance", LexiconEntry.of(0.60, 0.20, 0.10, 0, 0, 0, .60, .15, 0, .25)),
            // awe and some threat
            Map.entry("sci-fi", LexiconEntry.of(0.20, 0.50, 0.10, 0, 0, .20, .25, 0, .40, .15)),
            // suspense: fear, high arousal, low control
            Map.entry("thriller", LexiconEntry.of(-0.40, 0.70, -0.30, .15, 0, .50, 0, 0, .25, .10)),
            // death and suffering: sadness, fear, anger
            Map.entry("war", LexiconEntry.of(-0.60, 0.50, -0.10, .25, .15, .25, 0, .35, 0, 0)),
            // confrontations and open landscapes: mixed, dominant
            Map.entry("western", LexiconEntry.of(0.10, 0.40, 0.40, .20, 0, 0, .30, 0, .15, .35)));

    private static final LexiconEntry AMUSING = LexiconEntry.of(0.70, 0.40, 0.30, 0, 0, 0, .85, 0, .10, .05);
    private static final LexiconEntry HEARTWARMING = LexiconEntry.of(0.75, 0.10, 0.20, 0, 0, 0, .80, .10, 0, .10);
    private static final LexiconEntry SAD = LexiconEntry.of(-0.55, -0.25, -0.30, 0, 0, 0, 0, .85, 0, .15);
    private static final LexiconEntry SCARY = LexiconEntry.of(-0.60, 0.65, -0.40, 0, .10, .80, 0, 0, .10, 0);
    private static final LexiconEntry TENSE = LexiconEntry.of(-0.30, 0.70, -0.20, 0, 0, .50, 0, 0, .30, .20);
    private static final LexiconEntry DISTURBING = LexiconEntry.of(-0.60, 0.40, -0.20, .10, .55, .25, 0, .10, 0, 0);
    private static final LexiconEntry VIOLENT = LexiconEntry.of(-0.50, 0.60, 0.10, .45, .25, .20, 0, 0, 0, .10);
    private static final LexiconEntry DARK_HUMOUR = LexiconEntry.of(0.20, 0.40, 0.20, 0, .15, 0, .55, 0, .15, .15);
    private static final LexiconEntry CONTEMPLATIVE = LexiconEntry.of(0.20, -0.20, 0.00, 0, 0, 0, .15, .10, .15, .60);
    private static final LexiconEntry BEAUTIFUL = LexiconEntry.of(0.60, 0.10, 0.10, 0, 0, 0, .60, 0, .15, .25);
    private static final LexiconEntry EXCITING = LexiconEntry.of(0.40, 0.75, 0.30, 0, 0, .10, .45, 0, .35, .10);
    private static final LexiconEntry SURPRISING = LexiconEntry.of(0.20, 0.60, -0.10, 0, 0, .10, .10, 0, .70, .10);
    private static final LexiconEntry BLEAK = LexiconEntry.of(-0.50, -0.10, -0.30, .10, .10, 0, 0, .60, 0, .20);
    private static final LexiconEntry BORING = LexiconEntry.of(-0.40, -0.60, -0.20, 0, 0, 0, 0, .30, 0, .70);
    private static final LexiconEntry ROMANTIC = LexiconEntry.of(0.65, 0.20, 0.10, 0, 0, 0, .75, .10, 0, .15);
    private static final LexiconEntry EMOTIONAL = LexiconEntry.of(0.00, 0.30, -0.10, 0, 0, 0, .35, .45, .10, .10);
    private static final LexiconEntry ENRAGING = LexiconEntry.of(-0.50, 0.55, 0.20, .70, .20, 0, 0, 0, 0, .10);

    private static final Map<String, LexiconEntry> TAGS = Map.ofEntries(
            Map.entry("funny", AMUSING), Map.entry("hilarious", AMUSING), Map.entry("comedy", AMUSING),
            Map.entry("witty", AMUSING), Map.entry("clever", AMUSING), Map.entry("spoof", AMUSING),
            Map.entry("satire", DARK_HUMOUR), Map.entry("screwball", AMUSING), Map.entry("quirky", AMUSING),
            Map.entry("dark comedy", DARK_HUMOUR), Map.entry("black comedy", DARK_HUMOUR),
            Map.entry("dark humor", DARK_HUMOUR), Map.entry("sarcasm", DARK_HUMOUR),
            Map.entry("feel-good", HEARTWARMING), Map.entry("feel good", HEARTWARMING),
            Map.entry("heartwarming", HEARTWARMING), Map.entry("touching", HEARTWARMING),
            Map.entry("inspirational", HEARTWARMING), Map.entry("uplifting", HEARTWARMING),
            Map.entry("cute", HEARTWARMING), Map.entry("family", HEARTWARMING),
            Map.entry("sad", SAD), Map.entry("depressing", SAD), Map.entry("tearjerker", SAD),
            Map.entry("bittersweet", EMOTIONAL), Map.entry("emotional", EMOTIONAL), Map.entry("moving", EMOTIONAL),
            Map.entry("scary", SCARY), Map.entry("creepy", SCARY), Map.entry("horror", SCARY),
            Map.entry("frightening", SCARY), Map.entry("zombies", SCARY), Map.entry("ghosts", SCARY),
            Map.entry("suspense", TENSE), Map.entry("tense", TENSE), Map.entry("thriller", TENSE),
            Map.entry("suspenseful", TENSE), Map.entry("psychological", TENSE),
            Map.entry("disturbing", DISTURBING), Map.entry("gory", DISTURBING), Map.entry("gore", DISTURBING),
            Map.entry("violent", VIOLENT), Map.entry("violence", VIOLENT), Map.entry("brutal", VIOLENT),
            Map.entry("revenge", ENRAGING), Map.entry("racism", ENRAGING), Map.entry("corruption", ENRAGING),
            Map.entry("dark", BLEAK), Map.entry("bleak", BLEAK), Map.entry("gritty", BLEAK),
            Map.entry("holocaust", SAD), Map.entry("death", SAD), Map.entry("dystopia", BLEAK),
            Map.entry("post-apocalyptic", BLEAK),
            Map.entry("atmospheric", CONTEMPLATIVE), Map.entry("thought-provoking", CONTEMPLATIVE),
            Map.entry("philosophical", CONTEMPLATIVE), Map.entry("dreamlike", CONTEMPLATIVE),
            Map.entry("surreal", SURPRISING), Map.entry("cerebral", CONTEMPLATIVE),
            Map.entry("intelligent", CONTEMPLATIVE), Map.entry("slow", BORING), Map.entry("boring", BORING),
            Map.entry("beautiful", BEAUTIFUL), Map.entry("visually appealing", BEAUTIFUL),
            Map.entry("visually stunning", BEAUTIFUL), Map.entry("cinematography", BEAUTIFUL),
            Map.entry("great soundtrack", BEAUTIFUL),
            Map.entry("action", EXCITING), Map.entry("intense", EXCITING), Map.entry("epic", EXCITING),
            Map.entry("adventure", EXCITING), Map.entry("martial arts", EXCITING), Map.entry("heist", EXCITING),
            Map.entry("twist ending", SURPRISING), Map.entry("mindfuck", SURPRISING),
            Map.entry("hallucinatory", SURPRISING),
            Map.entry("romantic", ROMANTIC), Map.entry("romance", ROMANTIC));

    private AffectLexicon() {
    }

    /** The entry for a genre name (case-insensitive), if the genre carries affective evidence. */
    public static Optional<LexiconEntry> genre(String genre) {
        return Optional.ofNullable(GENRES.get(genre.strip().toLowerCase(Locale.ROOT)));
    }

    /** The entry for a tag (case-insensitive), if the tag carries affective evidence. */
    public static Optional<LexiconEntry> tag(String tag) {
        return Optional.ofNullable(TAGS.get(tag.strip().toLowerCase(Locale.ROOT)));
    }
}
