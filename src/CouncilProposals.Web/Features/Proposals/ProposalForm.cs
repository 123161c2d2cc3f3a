using CouncilProposals.Domain.Proposals;
using CouncilProposals.Pdf.Fluent;
using Wording = CouncilProposals.Domain.Proposals.ProposalFormWording;

namespace CouncilProposals.Web.Features.Proposals;

/// <summary>
/// The council's savings proposal form, laid out from the model in the order and wording of the format: used on
/// its own for one proposal and as an appendix of a Cabinet pack.
/// </summary>
public sealed class ProposalForm(ProposalDocumentModel model) : IComponent
{
    private const string Grey = "#EDEDED";
    private const string Rule = "#7F7F7F";
    private const float Line = 0.5f;

    public void Compose(IContainer container) => container.Column(col =>
    {
        col.Spacing(8);
        col.Item().Text(model.Heading).FontSize(14).Bold().AlignCenter();
        col.Item().Text(t =>
        {
            t.AlignCenter();
            t.Line(model.CouncilName).FontSize(12).Bold();
            t.Span(model.StrategyLine).FontSize(11);
        });

        col.Item().Element(IdentityGrid);
        col.Item().Element(c => Figures(c, Wording.Label(Wording.FinancialImpact), $"{Wording.CurrentBudget} {model.BaseYear}", Wording.SavingsOrIncome, Wording.TotalSavingsOrIncome, model.Budget));
        col.Item().Element(c => Figures(c, Wording.Label(Wording.StaffingImpact), $"{Wording.CurrentStaffing} {model.BaseYear}", Wording.FteReductions, Wording.TotalFteReductions, Staffing()));
        // The lines are listed only when one says what it is for; otherwise the figures above say everything.
        if (model.SavingsLines.Any(line => !string.IsNullOrWhiteSpace(line.Description)))
        {
            col.Item().Element(SavingsLines);
        }

        col.Item().Element(c => Heading(c, Wording.Label(Wording.Summary)));
        col.Item().Text(model.Summary);
        foreach (var qa in model.Questions)
        {
            col.Item().ShowEntire().Column(q =>
            {
                q.Spacing(2);
                q.Item().KeepWithNext().Text(qa.Question).Italic();
                q.Item().Text(qa.Answer);
            });
        }

        col.Item().Element(c => Heading(c, Wording.Label(Wording.RisksAndMitigations)));
        col.Item().Element(Risks);

        col.Item().Element(c => Heading(c, Wording.Label(Wording.ResourcesAndImplementation)));
        col.Item().Text(model.ResourcesAndImplementation);

        col.Item().EnsureSpace(120).Element(c => Heading(c, ScreeningTool.Title));
        col.Item().Element(ScreeningTable);
        col.Item().KeepWithNext().Text(ScreeningTool.SummaryLabel).Bold();
        col.Item().Text(model.ScreeningSummary);
        col.Item().KeepWithNext().Text(ScreeningTool.FullEaQuestion).Bold();
        col.Item().Text(model.FullEqualityAnalysisRequired);
        if (model.NoFullEqualityAnalysisReason.Length > 0)
        {
            col.Item().Text($"Reason: {model.NoFullEqualityAnalysisReason}");
        }

        col.Item().KeepWithNext().Text(ScreeningTool.AdditionalInformationLabel).Bold();
        col.Item().Text(model.AdditionalInformation);

        if (model.Decision is { } decision)
        {
            col.Item().ShowEntire().Column(d =>
            {
                d.Spacing(4);
                d.Item().Element(c => Heading(c, "Record of decision"));
                d.Item().Table(t =>
                {
                    t.ColumnsDefinition(cols =>
                    {
                        cols.ConstantColumn(130);
                        cols.RelativeColumn();
                    });
                    foreach (var (label, value) in decision.Rows)
                    {
                        LabelCell(t.Cell()).Text(label).Bold();
                        ValueCell(t.Cell()).Text(value);
                    }
                });
            });
        }
    });

    private FigureRow Staffing() => model.Staffing with
    {
        Current = PdfFigures.Fte(model.Staffing.Current),
        Years = model.Staffing.Years.Select(PdfFigures.Fte).ToList(),
        Total = PdfFigures.Fte(model.Staffing.Total),
    };

    private void IdentityGrid(IContainer container) => container.Table(t =>
    {
        t.ColumnsDefinition(cols =>
        {
            cols.RelativeColumn(2);
            cols.RelativeColumn(3);
            cols.RelativeColumn(2);
            cols.RelativeColumn(3);
        });
        LabelCell(t.Cell()).Text(Wording.Label(Wording.Title)).Bold();
        ValueCell(t.Cell().ColumnSpan(3)).Text(model.Title).Bold();
        Pair(t, Wording.Reference, model.Reference, Wording.SavingsType, model.SavingsType);
        Pair(t, Wording.Directorate, model.Directorate, Wording.ServiceArea, model.ServiceArea);
        Pair(t, Wording.DirectorateService, model.DirectorateService, Wording.StrategicPriorityOutcome, model.StrategicPriorityOutcome);
        Pair(t, Wording.LeadOfficerAndPost, model.LeadOfficerAndPost, Wording.LeadMemberAndPortfolio, model.LeadMemberAndPortfolio);
    });

    private static void Pair(TableDescriptor t, string label1, string value1, string label2, string value2)
    {
        LabelCell(t.Cell()).Text(Wording.Label(label1)).Bold();
        ValueCell(t.Cell()).Text(value1);
        LabelCell(t.Cell()).Text(Wording.Label(label2)).Bold();
        ValueCell(t.Cell()).Text(value2);
    }

    private void Figures(IContainer container, string title, string current, string yearLabel, string total, FigureRow row) => container.Table(t =>
    {
        t.ColumnsDefinition(cols =>
        {
            cols.RelativeColumn(2.2f);
            for (var i = 0; i < model.SavingsYears.Count + 2; i++)
            {
                cols.RelativeColumn(1.3f);
            }
        });
        LabelCell(t.Cell()).Text(title).Bold();
        LabelCell(t.Cell()).Text(current).Bold();
        foreach (var year in model.SavingsYears)
        {
            LabelCell(t.Cell()).Text($"{yearLabel} {year}").Bold();
        }

        LabelCell(t.Cell()).Text(total).Bold();
        LabelCell(t.Cell()).Text(row.Label).Bold();
        ValueCell(t.Cell()).AlignRight().Text(row.Current);
        foreach (var amount in row.Years)
        {
            ValueCell(t.Cell()).AlignRight().Text(amount);
        }

        ValueCell(t.Cell()).AlignRight().Text(row.Total).Bold();
    });

    /// <summary>Each savings or income line with what it is for, so the figures above can be read line by line.</summary>
    private void SavingsLines(IContainer container) => container.Table(t =>
    {
        t.ColumnsDefinition(cols =>
        {
            cols.RelativeColumn(1.3f);
            cols.RelativeColumn(1.3f);
            cols.RelativeColumn(1.3f);
            cols.RelativeColumn(6.3f);
        });
        t.Header(h =>
        {
            LabelCell(h.Cell()).Text("Year").Bold();
            LabelCell(h.Cell()).Text("Saving or income").Bold();
            LabelCell(h.Cell()).AlignRight().Text("£000").Bold().AlignRight();
            LabelCell(h.Cell()).Text("Description").Bold();
        });
        foreach (var line in model.SavingsLines)
        {
            ValueCell(t.Cell()).Text(line.Year);
            ValueCell(t.Cell()).Text(line.Kind);
            ValueCell(t.Cell()).AlignRight().Text(line.Amount);
            ValueCell(t.Cell()).Text(line.Description);
        }
    });

    /// <summary>
    /// Each risk numbered and followed by its own mitigation, kept on the same page, so that with several risks
    /// the reader can see which mitigation answers which risk.
    /// </summary>
    private void Risks(IContainer container) => container.Table(t =>
    {
        t.ColumnsDefinition(cols =>
        {
            cols.RelativeColumn(2.2f);
            cols.RelativeColumn(6.8f);
        });
        foreach (var risk in model.Risks)
        {
            LabelCell(t.Cell().KeepWithNext()).Text(l =>
            {
                l.Line($"Risk {risk.Number}").Bold();
                l.Span(Wording.RisksQuestion).FontSize(8);
            });
            ValueCell(t.Cell()).Text(risk.Risk);
            LabelCell(t.Cell()).Text(l =>
            {
                l.Line($"Mitigation {risk.Number}").Bold();
                l.Span(Wording.MitigationsQuestion).FontSize(8);
            });
            ValueCell(t.Cell()).Text(risk.Mitigation);
        }
    });

    private void ScreeningTable(IContainer container) => container.Table(t =>
    {
        t.ColumnsDefinition(cols =>
        {
            cols.RelativeColumn(4);
            cols.RelativeColumn(1);
            cols.RelativeColumn(5);
        });
        t.Header(h =>
        {
            LabelCell(h.Cell()).Text(ScreeningTool.TriggerColumn).Bold();
            LabelCell(h.Cell()).Text(ScreeningTool.AnswerColumn).Bold();
            LabelCell(h.Cell()).Text(ScreeningTool.ImpactColumn).Bold().FontSize(8);
        });
        foreach (var row in model.Screening)
        {
            if (row.Group is not null)
            {
                LabelCell(t.Cell().ColumnSpan(3).KeepWithNext()).Text(row.Group).Bold().Italic();
            }

            ValueCell(t.Cell()).Text(row.Question);
            ValueCell(t.Cell()).AlignCenter().Text(row.Answer).Bold();
            ValueCell(t.Cell()).Text(row.Impact);
        }
    });

    private static void Heading(IContainer container, string text) =>
        container.KeepWithNext().PaddingTop(6).BorderBottom(1, Rule).PaddingBottom(2).Text(text).FontSize(11).Bold();

    private static IContainer LabelCell(IContainer cell) => cell.Border(Line, Rule).Background(Grey).Padding(4);

    private static IContainer ValueCell(IContainer cell) => cell.Border(Line, Rule).Padding(4);
}
