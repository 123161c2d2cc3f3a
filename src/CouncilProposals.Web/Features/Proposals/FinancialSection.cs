using System.Globalization;
using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Proposals;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>The current budget and the MTFS lines: a saving and an income line per savings year, and any extra lines.</summary>
public sealed class FinancialInput : ISectionInput
{
    public Guid Version { get; set; }

    public string? CurrentBudget { get; set; }

    public List<SavingsLineForm> Lines { get; set; } = [];

    /// <summary>"add:2021" adds a line to 2021-22, "remove:3" removes the fourth line; empty saves.</summary>
    public string? Action { get; set; }

    /// <summary>After an action, the id of the element the page opens focused on (never posted).</summary>
    [BindNever]
    public string? FocusId { get; set; }

    /// <summary>After an action, what happened, for screen readers (never posted).</summary>
    [BindNever]
    public string? Announcement { get; set; }
}

public sealed class SavingsLineForm
{
    /// <summary>The start year of the savings year, "2021" for 2021-22.</summary>
    public int Year { get; set; }

    public string? Kind { get; set; }

    public string? Amount { get; set; }

    public string? Description { get; set; }

    public SavingsKind KindValue => Kind == nameof(SavingsKind.Income) ? SavingsKind.Income : SavingsKind.Saving;
}

public sealed class FinancialInputValidator : AbstractValidator<FinancialInput>
{
    public FinancialInputValidator()
    {
        RuleFor(i => i.CurrentBudget).Custom((text, context) =>
        {
            if (AmountError(text, "current budget") is { } error)
            {
                context.AddFailure(error);
            }
        });
        RuleFor(i => i.Lines).Custom((lines, context) =>
        {
            // Each message names the year and the line, so several bad amounts read as distinct lines in the summary.
            for (var index = 0; index < lines.Count; index++)
            {
                var line = lines[index];
                var place = FinancialSection.PlaceOf(lines, index);
                if (AmountError(line.Amount, line.KindValue == SavingsKind.Income ? "income" : "saving") is { } error)
                {
                    context.AddFailure($"Lines[{index}].Amount", $"{place}: {LowerFirst(error)}");
                }

                if (line.Kind is not (null or nameof(SavingsKind.Saving) or nameof(SavingsKind.Income)))
                {
                    context.AddFailure($"Lines[{index}].Kind", $"{place}: choose saving or income");
                }

                if (line.Description?.Length > Proposal.ShortTextMaxLength)
                {
                    context.AddFailure($"Lines[{index}].Description", $"{place}: the description must be {Proposal.ShortTextMaxLength} characters or fewer");
                }
            }

            // A year with more than one saving (or income) line needs each line described, or nobody can tell them apart.
            var filled = lines.Select((line, index) => (line, index))
                .Where(l => AmountParser.Parse(l.line.Amount) is { IsEmpty: false, IsValid: true })
                .GroupBy(l => (l.line.Year, l.line.KindValue))
                .Where(group => group.Count() > 1);
            foreach (var group in filled)
            {
                foreach (var (line, index) in group.Where(l => string.IsNullOrWhiteSpace(l.line.Description)))
                {
                    context.AddFailure(
                        $"Lines[{index}].Description",
                        $"{FinancialSection.PlaceOf(lines, index)}: describe this {(line.KindValue == SavingsKind.Income ? "income" : "saving")} line, as the year has more than one");
                }
            }
        });
    }

    /// <summary>The parser's message, naming the field: "Enter the current budget in £000, like 371, ...".</summary>
    public static string? AmountError(string? text, string what) => AmountParser.Parse(text, $"the {what}").Error;

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}

public sealed class FinancialSection : SectionForm<FinancialInput>
{
    public static readonly FinancialSection Instance = new();

    public override ProposalSection Section => ProposalSection.FinancialImpact;

    public override string RuleErrorField => nameof(FinancialInput.CurrentBudget);

    /// <summary>The current budget, then each savings year's lines as the page groups them; lines of other years last.</summary>
    public override IEnumerable<string> FieldOrder(FinancialInput input, EditContext context)
    {
        yield return nameof(FinancialInput.CurrentBudget);
        var years = context.SavingsYears.Select(y => y.StartYear).ToList();
        var shown = input.Lines.Select((line, index) => (line.Year, index))
            .OrderBy(l => years.Contains(l.Year) ? years.IndexOf(l.Year) : int.MaxValue)
            .ThenBy(l => l.index);
        foreach (var (_, index) in shown)
        {
            foreach (var field in new[] { nameof(SavingsLineForm.Year), nameof(SavingsLineForm.Kind), nameof(SavingsLineForm.Amount), nameof(SavingsLineForm.Description) })
            {
                yield return $"Lines[{index}].{field}";
            }
        }
    }

    public override FinancialInput Read(Proposal proposal)
    {
        var input = new FinancialInput { Version = proposal.Version, CurrentBudget = proposal.CurrentBudget?.ToBudgetText() };
        foreach (var year in proposal.Cycle.SavingsYears)
        {
            foreach (var kind in new[] { SavingsKind.Saving, SavingsKind.Income })
            {
                var lines = proposal.SavingsLines.Where(l => l.Year == year && l.Kind == kind).ToList();
                if (lines.Count == 0)
                {
                    input.Lines.Add(new SavingsLineForm { Year = year.StartYear, Kind = kind.ToString() });
                }

                input.Lines.AddRange(lines.Select(l => new SavingsLineForm
                {
                    Year = year.StartYear,
                    Kind = kind.ToString(),
                    Amount = l.Amount.ToBudgetText(),
                    Description = l.Description,
                }));
            }
        }

        return input;
    }

    /// <summary>Where a line sits on the page, for its messages: "2021-22, line 3" (counting each year's lines from its saving line).</summary>
    public static string PlaceOf(IReadOnlyList<SavingsLineForm> lines, int index)
    {
        var year = lines[index].Year;
        return $"{YearText(year)}, line {lines.Take(index).Count(l => l.Year == year) + 1}";
    }

    public static string AddButtonId(int year) => $"add-line-{year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>
    /// A line beyond the year's first saving and first income line: it shows its own saving-or-income choice,
    /// description and "Remove this line".
    /// </summary>
    public static bool IsExtraLine(IReadOnlyList<SavingsLineForm> lines, int index)
    {
        var line = lines[index];
        return line.Kind is null
            || lines.Take(index).Any(l => l.Year == line.Year && l.KindValue == line.KindValue && l.Kind is not null);
    }

    /// <summary>The first field a line shows: the saving-or-income choice of an extra line, else the amount.</summary>
    public static string FirstFieldId(IReadOnlyList<SavingsLineForm> lines, int index) =>
        IsExtraLine(lines, index) ? $"Lines-{index}-Kind" : $"Lines-{index}-Amount";

    /// <summary>
    /// Carries out "Add another line" or "Remove": true when the form is to be shown again, not saved. The page then
    /// opens on the line the action left in front of the officer.
    /// </summary>
    public static bool ApplyAction(FinancialInput input)
    {
        var action = input.Action ?? string.Empty;
        if (action.StartsWith("add:", StringComparison.Ordinal) && int.TryParse(action[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            var after = input.Lines.FindLastIndex(l => l.Year == year);
            input.Lines.Insert(after + 1, new SavingsLineForm { Year = year, Kind = nameof(SavingsKind.Saving) });
            Focus(input, FirstFieldId(input.Lines, after + 1), $"Line added for {YearText(year)}");
            return true;
        }

        if (action.StartsWith("remove:", StringComparison.Ordinal) && int.TryParse(action[7..], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            if (index >= 0 && index < input.Lines.Count)
            {
                var removedYear = input.Lines[index].Year;
                input.Lines.RemoveAt(index);

                // The line that took its place in the year, else the one before it, else the year's "Add another line".
                var next = new[] { index, index - 1 }.Where(i => i >= 0 && i < input.Lines.Count && input.Lines[i].Year == removedYear).Cast<int?>().FirstOrDefault();
                Focus(input, next is { } focused ? FirstFieldId(input.Lines, focused) : AddButtonId(removedYear), $"Line removed from {YearText(removedYear)}");
            }

            return true;
        }

        return false;
    }

    public override IEnumerable<ComparedValue> Describe(FinancialInput input, EditContext context)
    {
        yield return new(ProposalFormWording.CurrentBudgetField(context.BaseYear), SectionText.AmountText(input.CurrentBudget));
        foreach (var line in input.Lines.Where(l => !string.IsNullOrWhiteSpace(l.Amount)))
        {
            var label = $"{(line.KindValue == SavingsKind.Income ? "Income" : "Savings")} {YearText(line.Year)} (£000)";
            yield return new(line.Description is null ? label : $"{label}: {line.Description}", SectionText.AmountText(line.Amount));
        }
    }

    public override IEnumerable<(string Field, string Message)> CheckAgainst(FinancialInput input, Proposal saved, EditContext context)
    {
        for (var i = 0; i < input.Lines.Count; i++)
        {
            var year = input.Lines[i].Year;
            if (context.SavingsYears.All(y => y.StartYear != year))
            {
                yield return ($"Lines[{i}].Amount", $"Enter amounts only for the savings years of the {context.CycleName} cycle");
            }
        }
    }

    public override void Apply(Proposal proposal, FinancialInput input, string editedBy)
    {
        var lines = input.Lines
            .Select(l => (Line: l, Parsed: AmountParser.Parse(l.Amount)))
            .Where(l => l.Parsed.Amount is not null)
            .Select(l => new SavingsLineInput(new FinancialYear(l.Line.Year), l.Parsed.Amount!.Value, l.Line.KindValue, l.Line.Description));
        proposal.UpdateFinancialImpact(AmountParser.Parse(input.CurrentBudget).Amount, lines, editedBy);
    }

    private static void Focus(FinancialInput input, string elementId, string announcement)
    {
        input.FocusId = elementId;
        input.Announcement = announcement;
    }

    /// <summary>"2021-22"; a year posted out of range (never offered by the form) as it came.</summary>
    public static string YearText(int startYear) =>
        startYear is >= FinancialYear.Earliest and <= FinancialYear.Latest ? new FinancialYear(startYear).ToString() : startYear.ToString(CultureInfo.InvariantCulture);

    /// <summary>The totals as typed: each year's savings and income together, and the whole.</summary>
    public static (IReadOnlyList<string> Years, string Total) Totals(FinancialInput input, IReadOnlyList<FinancialYear> years)
    {
        var parsed = input.Lines.Select(l => (l.Year, Amount: AmountParser.Parse(l.Amount).Amount ?? Money.Zero)).ToList();
        var perYear = years.Select(y => Money.Sum(parsed.Where(l => l.Year == y.StartYear).Select(l => l.Amount)).ToSavingText()).ToList();
        return (perYear, Money.Sum(parsed.Select(l => l.Amount)).ToSavingText());
    }
}
