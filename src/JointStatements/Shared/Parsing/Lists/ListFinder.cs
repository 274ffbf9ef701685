using System.Collections.Generic;

namespace JointStatements.Parsing.Lists;

/// <summary>A list of organisations found by its shape: a run of lines that each look like an entry
/// (<see cref="EntryEvidence"/>), blank lines and furniture between them allowed.</summary>
/// <param name="Start">The index of the run's first line.</param>
/// <param name="End">The index after the run's last line.</param>
/// <param name="Entries">How many entries the run holds.</param>
/// <param name="Score">The run's total evidence.</param>
/// <param name="Greeted">Whether the run is introduced as the senders of greetings, the list only where no other is.</param>
internal readonly record struct ListRun(int Start, int End, int Entries, int Score, bool Greeted = false);

/// <summary>Finds a statement's list of organisations where no heading announces it: the run of entry-like lines with
/// the most evidence, chosen among every run of the region. A run needs three entries and on average two pieces of
/// evidence each; two entries do when the line before them is an introduction ending in a colon, or when they close
/// the region and each says plainly what it is (an organisation word with an acronym or a country: the signatures of
/// two parties under their joint statement).</summary>
internal static class ListFinder
{
    private const int MinimumEvidencePerEntry = 2;

    // An organisation word (2) and an acronym or a country (1): a closing pair of signatures, not two lines of prose.
    private const int SignatureEvidence = 3;

    /// <summary>The best run among the lines that <paramref name="open"/> allows, or <see langword="null"/>.</summary>
    /// <param name="start">The index of the region's first line.</param>
    /// <param name="end">The index after the region's last line.</param>
    /// <param name="scoreOf">A line's entry evidence; 0 for a line that is no entry. Asked only of open lines, so a caller
    /// may score lazily.</param>
    /// <param name="open">Whether a line is still free (not yet a field, heading or furniture); blank and furniture
    /// lines are <paramref name="skippable"/>.</param>
    /// <param name="skippable">Whether a line may stand between two entries without ending the run.</param>
    /// <param name="introducedAt">Whether the run starting at a line is introduced by a sentence ending in a colon.</param>
    /// <param name="closingPair">Whether two entries closing the region make a list; asked after the lists a statement
    /// names in a sentence, which say more.</param>
    /// <param name="itemsOn">How many organisations a line names between commas, each by its words or a short name
    /// (<c>MLPD, KPD, RJVD</c>), or 1; each counts as an entry with the evidence of naming an organisation.</param>
    /// <param name="nameShaped">Whether a line with no evidence is shaped as a name all the same (<see
    /// cref="EntryEvidence.IsNameShaped"/>): between entries, or after them up to the region's end, it is an entry of the
    /// run ("Alınteri", "Die Linke": an organisation's name need not hold a word the lexicons know).</param>
    /// <param name="greetedAt">Whether the run starting at a line is introduced as the senders of greetings ("Greetings
    /// were received from the following:"): such a run is the list only where no other run is one.</param>
    public static ListRun? Best(int start, int end, System.Func<int, int> scoreOf, System.Func<int, bool> open,
        System.Func<int, bool> skippable, System.Func<int, bool> introducedAt, bool closingPair = false,
        System.Func<int, int>? itemsOn = null, System.Func<int, bool>? nameShaped = null, System.Func<int, bool>? greetedAt = null)
    {
        ListRun? best = null, greeted = null;
        var i = start;
        while (i < end)
        {
            var firstScore = open(i) ? scoreOf(i) : 0;
            if (firstScore == 0)
            {
                i++;
                continue;
            }
            var runStart = i;
            var last = i;
            int entries = 0, score = 0, weakest = int.MaxValue, names = 0, pendingNames = 0, lastPending = -1;
            for (; i < end; i++)
            {
                if (skippable(i)) continue;
                // (Each line's evidence is asked once: a caller's score may weigh the line with its neighbours.)
                var lineScore = i == runStart ? firstScore : open(i) ? scoreOf(i) : 0;
                if (lineScore == 0)
                {
                    if (nameShaped is null || !open(i) || !nameShaped(i)) break;
                    pendingNames++;
                    lastPending = i;
                    continue;
                }
                names += pendingNames;
                pendingNames = 0;
                var items = itemsOn?.Invoke(i) ?? 1;
                entries += items;
                score += System.Math.Max(lineScore, items > 1 ? MinimumEvidencePerEntry * items : 0);
                weakest = System.Math.Min(weakest, lineScore);
                last = i;
            }
            // Names with no evidence after the last entry belong to the run only where nothing but they follows it.
            if (pendingNames > 0 && i == end)
            {
                names += pendingNames;
                last = lastPending;
            }
            // The entries with evidence carry the run: two pieces each on average, and at least as many as the bare names.
            if (names > entries) continue;
            var closesRegion = true;
            for (var after = last + 1; after < end && closesRegion; after++) closesRegion = skippable(after);
            var needed = introducedAt(runStart) || (closingPair && closesRegion && weakest >= SignatureEvidence) ? 2 : 3;
            if (entries < needed || score < MinimumEvidencePerEntry * entries) continue;
            if (greetedAt?.Invoke(runStart) == true)
            {
                if (greeted is not { } g || score > g.Score) greeted = new ListRun(runStart, last + 1, entries + names, score, Greeted: true);
            }
            else if (best is not { } b || score > b.Score)
            {
                best = new ListRun(runStart, last + 1, entries + names, score);
            }
        }
        return best ?? greeted;
    }
}
