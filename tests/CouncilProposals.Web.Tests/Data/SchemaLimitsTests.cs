using System.Text.RegularExpressions;
using CouncilProposals.Web.Data;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CouncilProposals.Web.Tests.Data;

/// <summary>
/// What the forms accept, each database keeps: every validator's length limit fits its column in both providers
/// (SQL Server refuses what SQLite silently stores), and SQL Server's rule on multiple cascade paths holds.
/// </summary>
public sealed partial class SchemaLimitsTests
{
    /// <summary>Where each limited input is stored, as "Table.Column".</summary>
    private static readonly Dictionary<string, string[]> StoredIn = new()
    {
        ["ApproveInput.Comment"] = ["AuditEntries.Comment"],
        ["ReturnInput.Reasons"] = ["AuditEntries.Comment", "Proposals.ReturnReason"],
        ["WithdrawInput.Reason"] = ["AuditEntries.Comment"],
        ["ReopenInput.Reason"] = ["AuditEntries.Comment", "Proposals.ReturnReason"],
        ["ExemptInput.Reason"] = ["Proposals.ExemptReason"],
        ["ExemptReportPartInput.Reason"] = ["CoveringReportSections.ExemptReason"],
        ["CabinetDecisionInput.Reason"] = ["AuditEntries.Comment", "Proposals.CabinetReason"],
        ["CabinetDecisionInput.DecisionMaker"] = ["Proposals.CabinetDecisionMaker"],
        ["CabinetDecisionInput.DecisionMakerRole"] = ["Proposals.CabinetDecisionMakerRole"],
        ["CreateInput.Title"] = ["Proposals.Title"],
        ["DetailsInput.Title"] = ["Proposals.Title"],
        ["DetailsInput.DirectorateService"] = ["Proposals.DirectorateService"],
        ["DetailsInput.LeadOfficerAndPost"] = ["Proposals.LeadOfficerAndPost"],
        ["DetailsInput.LeadMemberAndPortfolio"] = ["Proposals.LeadMemberAndPortfolio"],
        ["SavingsLineForm.Description"] = ["SavingsLines.Description"],
        ["ResourcesInput.ResourcesAndImplementation"] = ["Proposals.ResourcesAndImplementation"],
        ["RiskForm.Risk"] = ["Risks.Description"],
        ["RiskForm.Mitigation"] = ["Risks.Mitigation"],
        ["ScreeningAnswerForm.Impact"] = ["ScreeningAnswers.Impact"],
        ["ScreeningInput.Summary"] = ["Proposals.ScreeningSummary"],
        ["ScreeningInput.NoFullEqualityAnalysisReason"] = ["Proposals.NoFullEqualityAnalysisReason"],
        ["ScreeningInput.AdditionalInformation"] = ["Proposals.AdditionalInformation"],
        ["SummaryInput.Summary"] = ["Proposals.Summary"],
        ["SummaryInput.OtherServicesSupport"] = ["Proposals.OtherServicesSupport"],
        ["SummaryInput.PrecedentForWithdrawal"] = ["Proposals.PrecedentForWithdrawal"],
        ["SummaryInput.CommunityAdaptation"] = ["Proposals.CommunityAdaptation"],
        ["SummaryInput.BestPractice"] = ["Proposals.BestPractice"],
        ["SummaryInput.VoluntarySectorCapacity"] = ["Proposals.VoluntarySectorCapacity"],
        ["PackDetailsInput.MeetingName"] = ["CabinetPacks.MeetingName"],
        ["PackDetailsInput.Title"] = ["CabinetPacks.Title"],
        ["PackDetailsInput.Classification"] = ["CabinetPacks.Classification"],
        ["CopyPackInput.MeetingName"] = ["CabinetPacks.MeetingName"],
        ["CopyPackInput.Title"] = ["CabinetPacks.Title"],
        ["CoveringReportInput.ReportOf"] = ["CabinetPacks.ReportOf"],
        ["CoveringReportInput.LeadMember"] = ["CabinetPacks.LeadMember"],
        ["CoveringReportInput.OriginatingOfficers"] = ["CabinetPacks.OriginatingOfficers"],
        ["CoveringReportInput.WardsAffected"] = ["CabinetPacks.WardsAffected"],
        ["CoveringReportInput.CommunityPlanTheme"] = ["CabinetPacks.CommunityPlanTheme"],
        ["CreateUserInput.Email"] = ["AspNetUsers.Email", "AspNetUsers.UserName", "AuditEntries.UserName"],
        ["IAccountAccessInput.DisplayName"] = ["AspNetUsers.DisplayName"],
    };

    public static TheoryData<string> Providers => new() { "Sqlite", "SqlServer" };

    [Theory]
    [MemberData(nameof(Providers))]
    public void EveryValidatorLengthLimit_FitsItsColumn(string provider)
    {
        var columns = ColumnsOf(provider);
        var limits = ValidatorLimits().ToList();
        Assert.NotEmpty(limits);

        var problems = new List<string>();
        foreach (var (input, max) in limits)
        {
            if (!StoredIn.TryGetValue(input, out var stored))
            {
                problems.Add($"{input} (max {max}) is not in {nameof(StoredIn)}: say where it is stored");
                continue;
            }

            foreach (var name in stored)
            {
                if (!columns.TryGetValue(name, out var column))
                {
                    problems.Add($"{input}: no column {name}");
                }
                else if (SizeOf(column) is { } size && size < max)
                {
                    problems.Add($"{input} allows {max} characters but {name} is {column.StoreType}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void SqlServer_HasNoMultipleCascadePaths()
    {
        var model = RelationalModelOf("SqlServer");
        var cascades = model.Tables.SelectMany(t => t.ForeignKeyConstraints)
            .Where(fk => fk.OnDeleteAction == ReferentialAction.Cascade)
            .Select(fk => (From: fk.PrincipalTable.Name, To: fk.Table.Name))
            .ToList();

        foreach (var start in cascades.Select(c => c.From).Distinct())
        {
            var paths = new Dictionary<string, int>();
            CountPaths(start, cascades, paths);
            var twice = paths.Where(p => p.Value > 1).Select(p => p.Key).ToList();
            Assert.True(twice.Count == 0, $"{start} cascades to {string.Join(", ", twice)} by more than one path");
        }
    }

    private static void CountPaths(string from, List<(string From, string To)> cascades, Dictionary<string, int> paths)
    {
        foreach (var (_, to) in cascades.Where(c => c.From == from && c.To != from))
        {
            paths[to] = paths.GetValueOrDefault(to) + 1;
            CountPaths(to, cascades, paths);
        }
    }

    private static int? SizeOf(IColumn column)
    {
        if (column.StoreType.Contains("(max)", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var match = SizeInType().Match(column.StoreType);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : column.MaxLength;
    }

    private static Dictionary<string, IColumn> ColumnsOf(string provider) =>
        RelationalModelOf(provider).Tables.SelectMany(t => t.Columns).ToDictionary(c => $"{c.Table.Name}.{c.Name}", c => (IColumn)c);

    private static IRelationalModel RelationalModelOf(string provider)
    {
        using AppDbContext db = provider == "Sqlite"
            ? new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options)
            : new SqlServerAppDbContext(new DbContextOptionsBuilder<SqlServerAppDbContext>().UseSqlServer("Server=none").Options);
        return db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
    }

    /// <summary>Every MaximumLength / Length rule of the web app's validators, nested rules included, as ("Input.Property", max).</summary>
    private static IEnumerable<(string Input, int Max)> ValidatorLimits() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null && typeof(IValidator).IsAssignableFrom(t))
            .SelectMany(t => LimitsOf((IValidator)Activator.CreateInstance(t)!))
            .Distinct();

    private static IEnumerable<(string Input, int Max)> LimitsOf(IValidator validator)
    {
        var inputType = validator.GetType().BaseType!.GetGenericArguments().Single();
        var descriptor = validator.CreateDescriptor();
        foreach (var member in descriptor.GetMembersWithValidators())
        {
            foreach (var (component, _) in member)
            {
                if (component is ILengthValidator { Max: > 0 } length)
                {
                    yield return ($"{inputType.Name}.{member.Key}", length.Max);
                }
                else if (component is IChildValidatorAdaptor child && ChildOf(child) is { } nested)
                {
                    foreach (var limit in LimitsOf(nested))
                    {
                        yield return limit;
                    }
                }
            }
        }
    }

    /// <summary>The inline validator of ChildRules / SetValidator, which FluentValidation keeps in a field.</summary>
    private static IValidator? ChildOf(IChildValidatorAdaptor adaptor) =>
        adaptor.GetType().GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)
            .Where(f => typeof(IValidator).IsAssignableFrom(f.FieldType))
            .Select(f => f.GetValue(adaptor) as IValidator)
            .FirstOrDefault(v => v is not null);

    [GeneratedRegex(@"\((\d+)\)")]
    private static partial Regex SizeInType();
}
