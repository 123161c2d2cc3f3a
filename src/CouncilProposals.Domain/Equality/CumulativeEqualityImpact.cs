using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Domain.Equality;

/// <summary>One trigger question's answer as the screening tool recorded it.</summary>
public sealed record ScreenedAnswer(ScreeningTrigger Trigger, bool? Answer, string? Impact);

/// <summary>A proposal's equality screening and the savings it brings (its total savings and income, £000).</summary>
public sealed record ScreenedProposal(
    int Id,
    string Reference,
    string Title,
    string Directorate,
    Money TotalSavings,
    IReadOnlyList<ScreenedAnswer> Answers,
    bool? FullEqualityAnalysisRequired,
    bool NoFullEqualityAnalysisReasonGiven);

/// <summary>A Yes answer: its proposal, the impact as stated, and the characteristics it names ("as above" resolved).</summary>
public sealed record YesAnswer(ScreenedProposal Proposal, string? Impact, IReadOnlySet<ProtectedCharacteristic> Named);

/// <summary>The proposals that name one characteristic (or, when it is null, that name none), each once, and their savings.</summary>
public sealed record CharacteristicImpact(ProtectedCharacteristic? Characteristic, IReadOnlyList<ScreenedProposal> Proposals)
{
    public int Count => Proposals.Count;

    public Money Savings => Money.Sum(Proposals.Select(p => p.TotalSavings));

    public string Name => Characteristic?.DisplayName() ?? "No characteristic named";
}

/// <summary>One trigger question: the proposals that answered Yes, and the characteristics their impacts name.</summary>
public sealed record QuestionImpact(ScreeningTrigger Trigger, IReadOnlyList<YesAnswer> Yes, IReadOnlyList<CharacteristicImpact> Characteristics)
{
    public int YesCount => Yes.Count;

    public Money Savings => Money.Sum(Yes.Select(y => y.Proposal.TotalSavings));
}

/// <summary>What the screening records about a full Equality Analysis (EA).</summary>
public enum EqualityAnalysisRecord
{
    /// <summary>"Will a full EA be required?" answered Yes: the EA is recorded as required.</summary>
    Required,

    /// <summary>Answered No, with the reason the form asks for.</summary>
    NotRequiredWithReason,

    /// <summary>Answered No without a reason.</summary>
    NotRequiredWithoutReason,

    /// <summary>Not answered.</summary>
    NotAnswered,
}

/// <summary>A proposal that needs a full EA, and what its screening records about one.</summary>
public sealed record EqualityAnalysisCheck(ScreenedProposal Proposal, IReadOnlyList<ScreeningTrigger> YesTo, EqualityAnalysisRecord Record)
{
    public bool IsRecorded => Record == EqualityAnalysisRecord.Required;

    public string RecordText => Record switch
    {
        EqualityAnalysisRecord.Required => "Yes, full EA required",
        EqualityAnalysisRecord.NotRequiredWithReason => "No, reason given",
        EqualityAnalysisRecord.NotRequiredWithoutReason => "No, no reason given",
        _ => "Not answered",
    };
}

/// <summary>
/// The cumulative equality impact of a set of proposals (a cycle's or a Cabinet pack's), as Cabinet's budget
/// report needs it under the public sector equality duty: several small impacts on one group add up.
/// <list type="bullet">
/// <item>Only Yes answers count; text beside a No answer is not an impact.</item>
/// <item>The characteristics an answer names are found by <see cref="CharacteristicsNamed"/>; an answer that says
/// "as above" (or "see above") names, as well, what the question before it named.</item>
/// <item>A proposal counts once per characteristic, however many of its answers name it; savings are each
/// proposal's total savings and income, added exactly.</item>
/// <item>A proposal needs a full EA when it answered Yes to any trigger question or its screening says a full EA
/// will be required; the EA is recorded when the screening says it will be required.</item>
/// </list>
/// </summary>
public sealed record CumulativeEqualityImpact(
    IReadOnlyList<ScreenedProposal> Proposals,
    IReadOnlyList<CharacteristicImpact> Characteristics,
    IReadOnlyList<QuestionImpact> Questions,
    IReadOnlyList<EqualityAnalysisCheck> EqualityAnalyses)
{
    public int ProposalCount => Proposals.Count;

    public Money TotalSavings => Money.Sum(Proposals.Select(p => p.TotalSavings));

    /// <summary>Proposals that answered Yes to at least one trigger question.</summary>
    public IReadOnlyList<ScreenedProposal> WithYes => Proposals.Where(p => p.Answers.Any(a => a.Answer == true)).ToList();

    public int EqualityAnalysesNeeded => EqualityAnalyses.Count;

    public int EqualityAnalysesRecorded => EqualityAnalyses.Count(e => e.IsRecorded);

    public int EqualityAnalysesNotRecorded => EqualityAnalysesNeeded - EqualityAnalysesRecorded;

    public static CumulativeEqualityImpact Of(IEnumerable<ScreenedProposal> proposals)
    {
        var list = proposals.ToList();
        var named = list.ToDictionary(p => p.Id, Named);

        var questions = ScreeningTool.Triggers.Select(trigger =>
        {
            var yes = list
                .Where(p => p.Answers.Any(a => a.Trigger == trigger && a.Answer == true))
                .Select(p => new YesAnswer(p, p.Answers.First(a => a.Trigger == trigger).Impact, named[p.Id][trigger]))
                .ToList();
            var characteristics = ProtectedCharacteristics.All
                .Select(c => new CharacteristicImpact(c, yes.Where(y => y.Named.Contains(c)).Select(y => y.Proposal).ToList()))
                .Where(c => c.Count > 0)
                .ToList();
            var noneNamed = yes.Where(y => y.Named.Count == 0).Select(y => y.Proposal).ToList();
            if (noneNamed.Count > 0)
            {
                characteristics.Add(new CharacteristicImpact(null, noneNamed));
            }

            return new QuestionImpact(trigger, yes, characteristics);
        }).ToList();

        // Across all questions a proposal counts once per characteristic, and once in "none named" only when none of its Yes answers names any.
        var overall = ProtectedCharacteristics.All
            .Select(c => new CharacteristicImpact(c, list.Where(p => YesNamed(p).Contains(c)).ToList()))
            .Append(new CharacteristicImpact(null, list.Where(p => p.Answers.Any(a => a.Answer == true) && YesNamed(p).Count == 0).ToList()))
            .ToList();

        var analyses = list
            .Select(p => (Proposal: p, YesTo: p.Answers.Where(a => a.Answer == true).Select(a => a.Trigger).Order().ToList()))
            .Where(x => x.YesTo.Count > 0 || x.Proposal.FullEqualityAnalysisRequired == true)
            .Select(x => new EqualityAnalysisCheck(x.Proposal, x.YesTo, RecordOf(x.Proposal)))
            .ToList();

        return new CumulativeEqualityImpact(list, overall, questions, analyses);

        HashSet<ProtectedCharacteristic> YesNamed(ScreenedProposal p) =>
            p.Answers.Where(a => a.Answer == true).SelectMany(a => named[p.Id][a.Trigger]).ToHashSet();
    }

    /// <summary>What each of a proposal's answers names, in the tool's order, with "as above" taking in the answer before.</summary>
    private static Dictionary<ScreeningTrigger, IReadOnlySet<ProtectedCharacteristic>> Named(ScreenedProposal proposal)
    {
        var result = new Dictionary<ScreeningTrigger, IReadOnlySet<ProtectedCharacteristic>>();
        IReadOnlySet<ProtectedCharacteristic> before = new SortedSet<ProtectedCharacteristic>();
        foreach (var trigger in ScreeningTool.Triggers)
        {
            var impact = proposal.Answers.FirstOrDefault(a => a.Trigger == trigger)?.Impact;
            var names = new SortedSet<ProtectedCharacteristic>(CharacteristicsNamed.In(impact));
            if (CharacteristicsNamed.RefersAbove(impact))
            {
                names.UnionWith(before);
            }

            result[trigger] = names;
            before = names;
        }

        return result;
    }

    private static EqualityAnalysisRecord RecordOf(ScreenedProposal proposal) => proposal.FullEqualityAnalysisRequired switch
    {
        true => EqualityAnalysisRecord.Required,
        false when proposal.NoFullEqualityAnalysisReasonGiven => EqualityAnalysisRecord.NotRequiredWithReason,
        false => EqualityAnalysisRecord.NotRequiredWithoutReason,
        null => EqualityAnalysisRecord.NotAnswered,
    };
}
