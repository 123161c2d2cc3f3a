using CouncilProposals.Domain.Proposals;

namespace CouncilProposals.Web.Hosting.Seeding;

/// <summary>The demo proposals, in the order they were created.</summary>
public static class DemoProposals
{
    private static readonly (bool, string?)[] NoImpact =
    [
        (false, null), (false, null), (false, null), (false, null), (false, null), (false, null), (false, null),
    ];

    public static readonly DemoProposal Golden = new(
        "HAC", GoldenSample.Title, GoldenSample.SavingsType, GoldenSample.ServiceArea, GoldenSample.OutcomeNumber,
        GoldenSample.LeadOfficer, GoldenSample.LeadMember, GoldenSample.CurrentBudget,
        [GoldenSample.Savings2021, GoldenSample.Savings2022, 0m], null, null,
        GoldenSample.Summary,
        [GoldenSample.OtherServicesSupport, GoldenSample.PrecedentForWithdrawal, GoldenSample.CommunityAdaptation, GoldenSample.BestPractice, GoldenSample.VoluntarySectorCapacity],
        [(GoldenSample.Risk, GoldenSample.Mitigation)],
        GoldenSample.Resources,
        GoldenSample.Screening,
        FullEaRequired: true,
        ProposalStatus.Submitted,
        DirectorateService: GoldenSample.DirectorateService)
    {
        ScreeningSummaryText = GoldenSample.ScreeningSummary,
    };

    public static IReadOnlyList<DemoProposal> All { get; } =
    [
        Golden,
        new(
            "HAC", "Reablement service redesign", "Service transformation", "Adult Social Care", 3,
            "Katie O'Driscoll, Director of Adult Social Care", "Cllr Rachel Blake, Deputy Mayor and Cabinet Member for Adults, Health and Wellbeing",
            4_850m, [250m, 350m, 0m], null, (62m, [4m, 3.5m, 0m]),
            "Bring the reablement service together with the hospital discharge team so that residents leaving hospital receive one short, intensive package of support. Fewer residents will need long-term home care, which reduces demand on the care budget.",
            [
                "Home care, occupational therapy and the community health teams continue to support this group.",
                "Several London boroughs have merged reablement and discharge teams since 2018.",
                "Those boroughs report fewer readmissions and lower long-term care packages within two years.",
                "Yes: the design follows the national reablement guidance and peer reviews.",
                "Carers' groups and the Age UK befriending service support residents after reablement ends.",
            ],
            [("Demand from hospital discharges rises faster than planned.", "Monthly demand monitoring with the NHS trust and a shared escalation route."), ("Staff turnover during the restructure.", "Early staff consultation and ring-fenced posts for the current team.")],
            "A project manager for nine months, HR support for the restructure and IT changes to the case management system.",
            [(true, "Older and disabled residents are the main users; the service remains available to them."), (false, null), (true, "Front-line reablement workers change their working pattern."), (false, null), (false, null), (true, "Four posts are deleted through vacancies and voluntary redundancy."), (true, "Roles are redesigned into one reablement worker profile.")],
            FullEaRequired: true, ProposalStatus.Approved),
        new(
            "HAC", "Review of substance misuse contracts", "Procurement and contracts", "Integrated Commissioning", 7,
            "Warwick Tomsett, Director of Integrated Commissioning", "Cllr Rachel Blake, Deputy Mayor and Cabinet Member for Adults, Health and Wellbeing",
            3_200m, [150m, 0m, 0m], null, null,
            "Re-tender the three substance misuse contracts as one lot with a shared case management system, removing duplicated management costs.",
            [
                "The recovery hub and primary care prescribing continue.",
                "Neighbouring boroughs have combined similar contracts without withdrawing services.",
                "Not applicable: no service is withdrawn.",
                "Yes: the specification follows Public Health England commissioning guidance.",
                "Peer support groups run by local charities continue to be funded.",
            ],
            [("Bidders price the combined lot above budget.", "Soft market testing before tender and a price-quality evaluation.")],
            "Procurement and legal support for the tender, and a contract manager during mobilisation.",
            NoImpact, FullEaRequired: false, ProposalStatus.Draft),
        new(
            "CHI", "Youth service locality model", "Service transformation", "Youth and Community Learning", 2,
            "Ronke Martins-Taylor, Director of Youth and Commissioning", "Cllr Danny Hassell, Cabinet Member for Children, Schools and Young People",
            5_400m, [300m, 200m, 100m], null, (48m, [3m, 2m, 1m]),
            "Organise youth work around four localities with a hub in each, sharing buildings with schools and libraries, and commission evening and weekend sessions from the voluntary sector.",
            [
                "Schools, the Youth Justice Service and Early Help continue to work with young people.",
                "Several boroughs have moved to locality youth models.",
                "Attendance dipped for a term and then recovered as hubs became known.",
                "Yes: we visited two boroughs and adopted their co-design approach with young people.",
                "The Young Mayor's network and local youth charities are growing their offer.",
            ],
            [("Young people stop attending when venues change.", "Co-design with young people and a publicity campaign through schools."), ("Sessions in some areas are not picked up by the voluntary sector.", "Retain a small in-house team to cover gaps.")],
            "A youth work manager to lead the change, property support for the hubs and a commissioning officer.",
            [(true, "Young people from Black and minority ethnic backgrounds are the main users; access is maintained through local hubs."), (true, "Vulnerable young people keep targeted support."), (true, "Youth work sessions move to new venues."), (false, null), (true, "Sessions move to four hubs."), (true, "Six posts are reduced over three years."), (true, "Youth worker roles are redesigned around localities.")],
            FullEaRequired: true, ProposalStatus.Submitted),
        new(
            "CHI", "Libraries and Idea Stores opening hours", "Service reduction", "Culture, Leisure and Libraries", 8,
            "Judith St John, Divisional Director Sports, Leisure and Culture", "Cllr Sirajul Islam, Statutory Deputy Mayor and Cabinet Member for Housing",
            6_100m, [180m, 0m, 0m], null, (95m, [5.5m, 0m, 0m]),
            "Align opening hours across the Idea Stores to footfall, closing the two smallest libraries on Monday mornings when visits are lowest.",
            [
                "Online services, the home library service and neighbouring Idea Stores remain available.",
                "Other boroughs have reduced hours where footfall was low.",
                "Footfall moved to other sites and online borrowing grew.",
                "Yes: hours follow footfall data, as recommended by the Libraries Taskforce.",
                "Community groups use library space and could run activities in the reduced hours.",
            ],
            [("Residents without internet access lose a place to go online.", "Keep public computers at every Idea Store during the reduced hours.")],
            "Library management time to redesign rotas and staff consultation.",
            [(true, "Older residents and families with young children use morning sessions."), (false, null), (true, "Opening hours reduce."), (false, null), (true, "Access reduces at two sites."), (true, "5.5 FTE through vacancies."), (false, null)],
            FullEaRequired: true, ProposalStatus.Returned, ReturnReason: "Please set out the footfall evidence by site and confirm the staffing figures with HR."),
        new(
            "PLA", "Commercial waste income growth", "Income generation", "Public Realm", 5,
            "Dan Jones, Divisional Director Public Realm", "Cllr David Edgar, Cabinet Member for Environment",
            2_300m, [0m, 0m, 0m], [120m, 100m, 80m], null,
            "Grow the council's commercial waste service by offering recycling collections to small businesses at competitive prices.",
            [
                "Not applicable: this is a new income stream.",
                "No service is withdrawn.",
                "Not applicable.",
                "Yes: pricing follows other London councils' commercial waste services.",
                "Not applicable.",
            ],
            [("Private operators undercut the council's prices.", "Annual price review and bundled recycling offers.")],
            "A sales officer and marketing to businesses.",
            NoImpact, FullEaRequired: false, ProposalStatus.AgreedByCabinet),
        new(
            "PLA", "Parking permit charges review", "Income generation", "Parking and Mobility", 5,
            "Ann Sutcliffe, Corporate Director Place", "Cllr David Edgar, Cabinet Member for Environment",
            1_800m, [0m, 0m, 0m], [400m, 150m, 0m], null,
            "Introduce emissions-based resident permit charges to encourage cleaner vehicles, in line with the Air Quality Action Plan.",
            [
                "Blue badge holders and carers keep their concessions.",
                "Many London boroughs charge permits by emissions.",
                "Residents switched to cleaner vehicles over time.",
                "Yes: charges follow the approach of neighbouring boroughs.",
                "Not applicable.",
            ],
            [("Income falls as residents switch to cleaner vehicles.", "Income is reviewed annually and the forecast assumes a gradual switch.")],
            "Changes to the permit system and communications to residents.",
            [(false, "Concessions protect disabled residents."), (false, null), (false, null), (false, null), (false, null), (false, null), (false, null)],
            FullEaRequired: false, ProposalStatus.Approved),
        new(
            "PLA", "Planning pre-application advice charges", "Income generation", "Planning and Building Control", 6,
            "Jennifer Peters, Divisional Director Planning and Building Control", "Cllr Rachel Blake, Deputy Mayor",
            2_900m, [0m, 0m, 0m], [60m, 40m, 0m], null,
            "Charge for pre-application advice on major developments at a level that recovers the cost of officers' time.",
            ["Not applicable.", "Most London boroughs charge for pre-application advice.", "Not applicable.", "Yes.", "Not applicable."],
            [("Developers skip pre-application advice.", "Keep a free advice session for householders and small businesses.")],
            "Updated web pages and a payment process.",
            NoImpact, FullEaRequired: false, ProposalStatus.Draft),
        new(
            "RES", "Customer contact channel shift", "Digital and channel shift", "Customer Services", 11,
            "Kevin Bartle, Interim Corporate Director Resources", "Cllr Candida Ronald, Cabinet Member for Resources and the Voluntary Sector",
            7_300m, [200m, 300m, 200m], null, (120m, [5m, 8m, 5m]),
            "Move routine transactions (council tax changes, bulky waste bookings, parking permits) online, with assisted digital support in Idea Stores for those who need it.",
            [
                "Face-to-face help remains at the customer service centres and Idea Stores.",
                "Councils across London have moved routine contact online.",
                "Online use grew steadily when assisted digital help was available.",
                "Yes: we follow the GOV.UK service standard.",
                "Digital inclusion charities run sessions in the borough.",
            ],
            [("Residents who are not online are excluded.", "Assisted digital support and a telephone route remain."), ("New online forms are delayed.", "Phased delivery, starting with the busiest transactions.")],
            "A digital team for eighteen months and training for customer service staff.",
            [(true, "Older and disabled residents are less likely to be online."), (true, "Vulnerable residents keep a telephone route."), (true, "Contact centre hours change."), (false, null), (true, "The main channel becomes online."), (true, "18 FTE over three years."), (true, "Roles move to assisted digital support.")],
            FullEaRequired: true, ProposalStatus.Submitted),
        new(
            "RES", "Office accommodation consolidation", "Asset rationalisation", "Finance and Procurement", 11,
            "Neville Murton, Divisional Director Finance, Procurement and Audit", "Cllr Candida Ronald, Cabinet Member for Resources and the Voluntary Sector",
            3_600m, [0m, 500m, 400m], null, null,
            "Release two leased office buildings when their leases end and bring the teams into the Town Hall.",
            ["Not applicable.", "Not applicable.", "Not applicable.", "Yes: hybrid working standards from other councils.", "Not applicable."],
            [("The Town Hall cannot take all teams.", "Desk sharing at seven desks for ten staff and a phased move.")],
            "Facilities management and IT for the moves.",
            NoImpact, FullEaRequired: false, ProposalStatus.Withdrawn),
        new(
            "GOV", "Democratic services printing", "Efficiency", "Democratic Services", 9,
            "Matthew Mannion, Head of Democratic Services", "Cllr Candida Ronald, Cabinet Member for Resources and the Voluntary Sector",
            950m, [35m, 0m, 0m], null, (1.5m, [0.5m, 0m, 0m]),
            "Publish committee papers electronically by default and print only on request.",
            ["Not applicable.", "Most councils now publish papers electronically.", "Not applicable.", "Yes.", "Not applicable."],
            [("Members without devices cannot read papers.", "Provide tablets and print on request.")],
            "Tablets for members and training.",
            [(false, null), (false, null), (false, null), (false, null), (false, "Printed papers stay available on request."), (true, "0.5 FTE print room post."), (false, null)],
            FullEaRequired: false, ProposalStatus.Approved),
        new(
            "GOV", "Legal services shared arrangements", "Service transformation", "Legal Services", 10,
            "Janet Fasan, Divisional Director Legal", "Cllr Candida Ronald, Cabinet Member for Resources and the Voluntary Sector",
            4_100m, [0m, 120m, 120m], null, (38m, [0m, 2m, 1m]),
            "Share specialist legal work (planning, property and procurement law) with a neighbouring borough to reduce external counsel costs.",
            ["Not applicable.", "Shared legal services operate in several London boroughs.", "Not applicable.", "Yes.", "Not applicable."],
            [("Conflicts of interest between the two councils.", "A protocol for conflicts and separate teams where needed.")],
            "Time to agree a legal agreement between the councils.",
            NoImpact, FullEaRequired: false, ProposalStatus.Draft),
    ];
}
