using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using CouncilProposals.Web.Features.Shared;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>A section's form fields as posted. The version is the one the officer loaded, to refuse stale saves.</summary>
public interface ISectionInput
{
    Guid Version { get; set; }
}

/// <summary>
/// One task of the proposal task list: how its form is filled from a proposal, how a posted form is described
/// field by field (for the conflict page) and how it is applied to the proposal (one domain call).
/// </summary>
public abstract class SectionForm<TInput>
    where TInput : class, ISectionInput
{
    public abstract ProposalSection Section { get; }

    /// <summary>The field beside which a broken business rule is shown.</summary>
    public abstract string RuleErrorField { get; }

    /// <summary>The form's field names in the order the page shows them, so the error summary follows the page.</summary>
    public abstract IEnumerable<string> FieldOrder(TInput input, EditContext context);

    public string ViewName => ProposalTasks.ActionOf(Section);

    public abstract TInput Read(Proposal proposal);

    public abstract IEnumerable<ComparedValue> Describe(TInput input, EditContext context);

    public abstract void Apply(Proposal proposal, TInput input, string editedBy);

    /// <summary>Checks that need the proposal as saved, its cycle or the council's lists, which a validator cannot see.</summary>
    public virtual IEnumerable<(string Field, string Message)> CheckAgainst(TInput input, Proposal saved, EditContext context) => [];
}

/// <summary>A field's label and its value as the officer would read it.</summary>
public sealed record ComparedValue(string Field, string Value);

/// <summary>What every section page shows about its proposal, and the council's lists for the details section.</summary>
public sealed record EditContext(
    int Id,
    string Reference,
    string Title,
    string CycleName,
    FinancialYear BaseYear,
    IReadOnlyList<FinancialYear> SavingsYears,
    ProposalLists Lists,
    int DirectorateId);

public sealed record ProposalLists(
    IReadOnlyList<ListOption> SavingsTypes,
    IReadOnlyList<ListOption> ServiceAreas,
    IReadOnlyList<ListOption> Outcomes)
{
    public static string NameOf(IReadOnlyList<ListOption> options, int? id) =>
        id is { } key ? options.FirstOrDefault(o => o.Id == key)?.Name ?? string.Empty : string.Empty;

    /// <summary>Active entries, plus a retired one the proposal already uses.</summary>
    public static IEnumerable<SelectOption> Choices(IReadOnlyList<ListOption> options, int? selected) =>
        options.Where(o => o.IsActive || o.Id == selected).Select(o => new SelectOption(o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), o.Name));

    /// <summary>The service areas a proposal of the directorate may use: its own and the shared ones.</summary>
    public static bool IsOffered(ListOption area, int directorateId) => area.DirectorateId is null || area.DirectorateId == directorateId;

    /// <summary>The directorate's active service areas and the shared ones, plus the one the proposal already uses wherever it belongs.</summary>
    public static IEnumerable<SelectOption> ServiceAreaChoices(IReadOnlyList<ListOption> areas, int directorateId, int? selected) =>
        Choices(areas.Where(a => IsOffered(a, directorateId) || a.Id == selected).ToList(), selected);
}

public sealed record ListOption(int Id, string Name, bool IsActive)
{
    /// <summary>For a service area, the directorate it belongs to; null when it is shared by all.</summary>
    public int? DirectorateId { get; init; }
}

/// <summary>A section page: the form as typed (or as saved) and, after a refused save, what someone else saved.</summary>
public sealed class SectionPage<TInput>
    where TInput : class, ISectionInput
{
    public required EditContext Proposal { get; init; }

    public required TInput Input { get; init; }

    public SectionConflict? Conflict { get; init; }
}

/// <summary>Someone else saved the proposal after this officer loaded the form: their values beside the ones typed.</summary>
public sealed record SectionConflict(string ChangedBy, DateTimeOffset ChangedAt, IReadOnlyList<ConflictRow> Rows);

public sealed record ConflictRow(string Field, string Saved, string Typed)
{
    public bool Differs => !string.Equals(Saved.Trim(), Typed.Trim(), StringComparison.Ordinal);
}

/// <summary>Helpers shared by the section forms.</summary>
public static class SectionText
{
    public const string Yes = "yes";
    public const string No = "no";

    public static string? YesNo(bool? value) => value switch { true => Yes, false => No, null => null };

    public static bool? ParseYesNo(string? value) => value switch { Yes => true, No => false, _ => null };

    public static string YesNoText(string? value) => value switch { Yes => "Yes", No => "No", _ => string.Empty };

    public static string AmountText(string? typed) => AmountParser.Parse(typed) switch
    {
        { IsEmpty: true } => string.Empty,
        { Amount: { } amount } => amount.ToBudgetText(),
        _ => typed ?? string.Empty,
    };
}

/// <summary>What the top of a section page needs; <paramref name="FieldOrder"/> puts the error summary in the page's order.</summary>
public sealed record SectionHeader(EditContext Proposal, string Heading, SectionConflict? Conflict, IReadOnlyList<string> FieldOrder);
