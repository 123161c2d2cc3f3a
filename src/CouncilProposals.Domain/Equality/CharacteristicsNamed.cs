namespace CouncilProposals.Domain.Equality;

/// <summary>
/// Which protected characteristics an impact summary names. The screening tool records the impact as free text,
/// so the rule is about words, and deliberately plain:
/// <list type="number">
/// <item>The text is lower-cased and split into words at every character that is not a letter or a digit, so
/// "Socio-economic", "socio economic" and "SOCIO-ECONOMIC" read alike and "LGBTQ+" reads as "lgbtq".</item>
/// <item>A characteristic is named when one of its terms (below) appears as whole consecutive words: "age" is
/// named by "age" but not by "page" or "manage"; "sex" is not named by "sexual".</item>
/// <item>"gender" names sex, unless the next word is "reassignment" or "identity" (gender reassignment).</item>
/// <item>"all", "each" or "every" followed by "protected characteristic(s)" names the Act's nine.</item>
/// </list>
/// A term names the group, not the direction of the impact: "no impact on age" still names age, and the stated
/// impact is always shown beside the count so that a reader can judge it. "As above" is resolved by
/// <see cref="CumulativeEqualityImpact"/>, which knows the question before.
/// </summary>
public static class CharacteristicsNamed
{
    private static readonly (ProtectedCharacteristic Characteristic, string[][] Terms)[] Terms =
    [
        (ProtectedCharacteristic.Age, Phrases("age", "ages", "aged", "ageing", "aging", "elderly", "older people", "older person", "older residents", "young people", "younger people")),
        (ProtectedCharacteristic.Disability, Phrases("disability", "disabilities", "disabled")),
        (ProtectedCharacteristic.GenderReassignment, Phrases("gender reassignment", "gender identity", "transgender", "trans people")),
        (ProtectedCharacteristic.MarriageAndCivilPartnership, Phrases("marriage", "married", "civil partnership", "civil partnerships", "civil partners")),
        (ProtectedCharacteristic.PregnancyAndMaternity, Phrases("pregnancy", "pregnant", "maternity")),
        (ProtectedCharacteristic.Race, Phrases("race", "racial", "ethnic", "ethnicity", "ethnicities")),
        (ProtectedCharacteristic.ReligionOrBelief, Phrases("religion", "religions", "religious", "belief", "beliefs", "faith", "faiths")),
        (ProtectedCharacteristic.Sex, Phrases("sex", "women", "men", "female", "females", "male", "males")),
        (ProtectedCharacteristic.SexualOrientation, Phrases("sexual orientation", "lgbt", "lgbtq", "lgbtqi", "gay", "lesbian", "bisexual")),
        (ProtectedCharacteristic.SocioEconomic, Phrases("socio economic", "socioeconomic", "deprivation", "deprived", "poverty", "low income", "low incomes")),
    ];

    private static readonly string[] AllWords = ["all", "each", "every"];

    /// <summary>The characteristics the text names, in the Act's order; none for no text.</summary>
    public static IReadOnlySet<ProtectedCharacteristic> In(string? text)
    {
        var named = new SortedSet<ProtectedCharacteristic>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return named;
        }

        var words = Words(text);
        foreach (var (characteristic, terms) in Terms)
        {
            if (terms.Any(term => Contains(words, term)))
            {
                named.Add(characteristic);
            }
        }

        if (NamesGenderAsSex(words))
        {
            named.Add(ProtectedCharacteristic.Sex);
        }

        if (NamesAll(words))
        {
            named.UnionWith(ProtectedCharacteristics.EqualityAct);
        }

        return named;
    }

    /// <summary>True when the text points back to the question before: "As above", "see above", "same as above".</summary>
    public static bool RefersAbove(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var words = Words(text);
        return Contains(words, ["as", "above"]) || Contains(words, ["see", "above"]);
    }

    /// <summary>The text's words, lower-cased, split at every character that is not a letter or a digit.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }

    private static bool NamesGenderAsSex(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "gender" && (i + 1 == words.Count || words[i + 1] is not ("reassignment" or "identity")))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesAll(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (AllWords.Contains(words[i]) && words[i + 1] == "protected" && words[i + 2] is "characteristic" or "characteristics")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<string> words, string[] term)
    {
        for (var i = 0; i + term.Length <= words.Count; i++)
        {
            var match = true;
            for (var j = 0; j < term.Length && match; j++)
            {
                match = words[i + j] == term[j];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    private static string[][] Phrases(params string[] phrases) => phrases.Select(p => p.Split(' ')).ToArray();
}
