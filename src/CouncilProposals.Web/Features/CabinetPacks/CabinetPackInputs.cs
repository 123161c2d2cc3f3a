using System.Globalization;
using CouncilProposals.Domain.CabinetPacks;
using FluentValidation;

namespace CouncilProposals.Web.Features.CabinetPacks;

/// <summary>The pack details form: meeting, date (GOV.UK day/month/year), title, classification.</summary>
public sealed class PackDetailsInput
{
    public int CycleId { get; set; }

    public string? MeetingName { get; set; } = "Cabinet";

    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public string? Title { get; set; }

    public string? Classification { get; set; } = "Unrestricted";

    public bool PadToEvenPages { get; set; }

    public Guid Version { get; set; }

    public DateOnly? MeetingDate =>
        int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
        && int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && y is >= 2000 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;
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

/// <summary>The proposals chosen for the pack, and directorates to include whole.</summary>
public sealed class PackProposalsInput
{
    public List<int> ProposalIds { get; set; } = [];

    public List<int> WholeDirectorateIds { get; set; } = [];

    public Guid Version { get; set; }
}

/// <summary>The covering report's parts, by <see cref="ReportPart"/> name.</summary>
public sealed class CoveringReportInput
{
    public string? ReportOf { get; set; }

    public string? LeadMember { get; set; }

    public string? OriginatingOfficers { get; set; }

    public string? WardsAffected { get; set; }

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
