using CouncilProposals.Domain.Common;
using CouncilProposals.Domain.Cycles;
using CouncilProposals.Domain.Lists;
using CouncilProposals.Web.Data;
using Microsoft.EntityFrameworkCore;
namespace CouncilProposals.Web.Hosting.Seeding;

/// <summary>
/// The council's starting lists: MTFS cycles, directorates, savings types, service areas and the Strategic Plan's
/// numbered outcomes, from Tower Hamlets' published papers. Loaded once into an empty database; after that the
/// lists belong to the council.
/// </summary>
public static class ReferenceData
{
    public static readonly (string Name, string Code)[] Directorates =
    [
        ("Health, Adults & Community", "HAC"),
        ("Children and Culture", "CHI"),
        ("Place", "PLA"),
        ("Resources", "RES"),
        ("Governance", "GOV"),
    ];

    public static readonly string[] SavingsTypes =
    [
        "Service transformation",
        "Efficiency",
        "Income generation",
        "Service reduction",
        "Procurement and contracts",
        "Staffing restructure",
        "Asset rationalisation",
        "Digital and channel shift",
    ];

    public static readonly (string Name, string? DirectorateCode)[] ServiceAreas =
    [
        ("Public Health", "HAC"),
        ("Adult Social Care", "HAC"),
        ("Integrated Commissioning", "HAC"),
        ("Community Safety", "HAC"),
        ("Children's Social Care", "CHI"),
        ("Education and Partnership", "CHI"),
        ("Youth and Community Learning", "CHI"),
        ("Culture, Leisure and Libraries", "CHI"),
        ("Public Realm", "PLA"),
        ("Parking and Mobility", "PLA"),
        ("Housing and Regeneration", "PLA"),
        ("Planning and Building Control", "PLA"),
        ("Finance and Procurement", "RES"),
        ("Customer Services", "RES"),
        ("IT", "RES"),
        ("Human Resources", "RES"),
        ("Legal Services", "GOV"),
        ("Democratic Services", "GOV"),
        ("Strategy, Policy and Performance", "GOV"),
        ("Communications", "GOV"),
    ];

    public static readonly string[] Outcomes =
    [
        "People are aspirational, independent and have equal access to opportunities",
        "Children and young people are protected so they get the best start in life and can realise their potential",
        "People access joined-up services when they need it and feel healthier and more independent",
        "Inequality is reduced and people feel that they fairly share the benefits from growth",
        "People live in a borough that is clean and green",
        "People live in good quality affordable homes and well-designed neighbourhoods",
        "People feel safer in their neighbourhoods and anti-social behaviour is tackled",
        "People feel they are part of a cohesive and vibrant community",
        "The Council is open and transparent putting residents at the heart of everything we do",
        "The Council works collaboratively across boundaries in strong and effective partnerships to achieve the best outcomes for residents",
        "The Council continuously seeks innovation and strives for excellence to embed a culture of sustainable improvement",
    ];

    public static async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.Directorates.AnyAsync(cancellationToken))
        {
            return;
        }

        var previous = new MtfsCycle(new FinancialYear(2019));
        var current = new MtfsCycle(new FinancialYear(2020));
        current.Open();
        db.Cycles.AddRange(previous, current);

        var directorates = Directorates.Select(d => new Directorate(d.Name, d.Code)).ToList();
        db.Directorates.AddRange(directorates);
        db.SavingsTypes.AddRange(SavingsTypes.Select((name, index) => new SavingsType(name, index + 1)));
        db.StrategicPriorityOutcomes.AddRange(Outcomes.Select((text, index) => new StrategicPriorityOutcome(index + 1, text)));
        await db.SaveChangesAsync(cancellationToken);

        db.ServiceAreas.AddRange(ServiceAreas.Select((area, index) =>
            new ServiceArea(area.Name, index + 1, directorates.SingleOrDefault(d => d.Code == area.DirectorateCode)?.Id)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
