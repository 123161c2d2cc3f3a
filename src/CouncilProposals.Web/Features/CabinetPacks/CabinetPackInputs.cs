using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CouncilProposals.Domain.CabinetPacks;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using FluentValidation;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>The pack details form: meeting, date (GOV.UK day/month/year), title, classification.</summary>
public sealed class PackDetailsInput
{
    /// <summary>The form's fields from top to bottom, for the error summary.</summary>
    public static readonly IReadOnlyList<string> FieldOrder =
        [nameof(CycleId), nameof(Title), nameof(MeetingName), nameof(Day), nameof(Classification), nameof(PadToEvenPages)];

    [Display(Name = "MTFS cycle")]
    public int CycleId { get; set; }

    public string? MeetingName { get; set; } = "Cabinet";

    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public string? Title { get; set; }

    public string? Classification { get; set; } = "Unrestricted";

    [Display(Name = "Pad each part to an even number of pages")]
    public bool PadToEvenPages { get; set; }

    public Guid Version { get; set; }

    /// <summary>The meeting date; the month may be a number or a name ("Feb").</summary>
    public DateOnly? MeetingDate => DateText.Read(Day, Month, Year);
}

public sealed class PackDetailsInputValidator : AbstractValidator<PackDetailsInput>
{
    public PackDetailsInputValidator()
    {
        RuleFor(x => x.CycleId).GreaterThan(0).WithMessage("Choose the MTFS cycle");
        RuleFor(x => x.MeetingName).NotEmpty().WithMessage("Enter the meeting, such as Cabinet").MaximumLength(120);
        RuleFor(x => x.Title).NotEmpty().WithMessage("Enter the pack's title").MaximumLength(CabinetPack.TitleMaxLength);
        RuleFor(x => x.Classification).NotEmpty().WithMessage("Enter the classification, such as Unrestricted").MaximumLength(60);
        RuleFor(x => x.MeetingDate).NotNull().WithName("Day").OverridePropertyName("Day")
            .WithMessage("Enter the meeting date as day, month and year, like 17 2 2021");
    }
}

/// <summary>
/// The choose-proposals form: the boxes ticked among those shown on this page, and what to do next. It carries the
/// page's filter so "add all that match" adds exactly what the officer was looking at.
/// </summary>
public sealed class PackProposalsInput
{
    public const string AddMatching = "add-matching";
    public const string RemoveMatching = "remove-matching";
    public const string Stay = "stay";

    /// <summary>The proposals ticked on this page.</summary>
    [Display(Name = "Proposals")]
    public List<int> ProposalIds { get; set; } = [];

    /// <summary>Every proposal shown on this page: those not ticked leave the pack.</summary>
    public List<int> ShownIds { get; set; } = [];

    /// <summary><see cref="AddMatching"/>, <see cref="RemoveMatching"/> or <see cref="Stay"/>; otherwise back to the pack.</summary>
    public string? Then { get; set; }

    [Display(Name = "Directorate")]
    public int? DirectorateId { get; set; }

    public string? Status { get; set; }

    public string? Q { get; set; }

    public string? Chosen { get; set; }

    [Display(Name = "Page")]
    public int? Page { get; set; }

    public Guid Version { get; set; }

    public PackChoiceFilter Filter => new() { DirectorateId = DirectorateId, Status = Status, Q = Q, Chosen = Chosen, Page = Page };
}

/// <summary>The choose-proposals page's query string, so filtering and paging work without JavaScript.</summary>
public sealed record PackChoiceFilter
{
    public const string InPack = "in";
    public const string NotInPack = "out";

    /// <summary>Search text longer than any title is cut, not refused.</summary>
    private const int MaxSearchLength = 200;

    public int? DirectorateId { get; init; }

    public string? Status { get; init; }

    public string? Q { get; init; }

    /// <summary><see cref="InPack"/>, <see cref="NotInPack"/>, or anything else for both.</summary>
    public string? Chosen { get; init; }

    public int? Page { get; init; }

    public ProposalStatus? OfferedStatus =>
        Enum.TryParse<ProposalStatus>(Status, ignoreCase: false, out var status) && CabinetPackQuery.Offered.Contains(status) ? status : null;

    /// <summary>The search words, lower-cased as the query compares them.</summary>
    public IReadOnlyList<string> Words =>
        (Q is { Length: > MaxSearchLength } ? Q[..MaxSearchLength] : Q ?? string.Empty)
            .ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The page's query string values, with the page changed, for links and redirects.</summary>
    public Dictionary<string, string?> Query(int? page = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["directorateId"] = DirectorateId?.ToString(CultureInfo.InvariantCulture),
            ["status"] = OfferedStatus?.ToString(),
            ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
            ["chosen"] = Chosen is InPack or NotInPack ? Chosen : null,
            ["page"] = (page ?? Page) is { } p and > 1 ? p.ToString(CultureInfo.InvariantCulture) : null,
        };
        return query.Where(q => !string.IsNullOrEmpty(q.Value)).ToDictionary(q => q.Key, q => q.Value);
    }
}

/// <summary>The covering report's parts, by <see cref="ReportPart"/> name.</summary>
public sealed class CoveringReportInput
{
    public string? ReportOf { get; set; }

    public string? LeadMember { get; set; }

    public string? OriginatingOfficers { get; set; }

    public string? WardsAffected { get; set; }

    [Display(Name = "Key decision")]
    public bool? KeyDecision { get; set; }

    public string? CommunityPlanTheme { get; set; }

    public FrontSheet FrontSheet => new(Clean(ReportOf), Clean(LeadMember), Clean(OriginatingOfficers), Clean(WardsAffected), KeyDecision, Clean(CommunityPlanTheme));

    public Dictionary<string, string?> Parts { get; set; } = [];

    public Guid Version { get; set; }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class CoveringReportInputValidator : AbstractValidator<CoveringReportInput>
{
    public CoveringReportInputValidator()
    {
        RuleFor(x => x.ReportOf).MaximumLength(300);
        RuleFor(x => x.LeadMember).MaximumLength(300);
        RuleFor(x => x.OriginatingOfficers).MaximumLength(500);
        RuleFor(x => x.WardsAffected).MaximumLength(300);
        RuleFor(x => x.CommunityPlanTheme).MaximumLength(300);
        RuleForEach(x => x.Parts).Must(p => (p.Value?.Length ?? 0) <= CoveringReportSection.MaxLength)
            .WithMessage($"Each part must be {CoveringReportSection.MaxLength:N0} characters or fewer");
    }
}
