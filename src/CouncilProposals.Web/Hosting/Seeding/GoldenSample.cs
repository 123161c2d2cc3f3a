namespace CouncilProposals.Web.Hosting.Seeding;

/// <summary>
/// The golden sample: a real Tower Hamlets draft savings proposal (MTFS 2021-24), word for word. The demo data
/// loads it, and the tests check that the pages and PDFs show every value of it.
/// </summary>
public static class GoldenSample
{
    public const string Reference = "SAV / HAC 009 / 21-22";
    public const string Title = "Mainstreaming Communities Driving Change";
    public const string SavingsType = "Service transformation";
    public const string Directorate = "Health, Adults & Community";
    public const string ServiceArea = "Public Health";
    public const string DirectorateService = "Public Health";
    public const int OutcomeNumber = 9;
    public const string Outcome = "9. The Council is open and transparent putting residents at the heart of everything we do";
    public const string LeadOfficer = "Somen Banerjee, Director of Public Health";
    public const string LeadMember = "Cllr Rachel Blake, Deputy Mayor and Cabinet Member for Adults, Health and Wellbeing";
    public const decimal CurrentBudget = 742m;
    public const decimal Savings2021 = 371m;
    public const decimal Savings2022 = 371m;

    public const string Summary =
        "The Communities Driving Change (CDC) programme is commissioned on a locality level from four voluntary sector organisations or social enterprises to improve health and wellbeing in 12 localities in the borough. Over the past three years it has exemplified coproduction approaches, development of social capital and been genuinely resident driven change.\n\n"
        + "Participants have reported positive shifts in health and wellbeing based on validated measures from the Tower Hamlets Together I Statement frameworks. The evaluation concludes that the programme has effectively served to build shared understanding of 'place', 'safety' and 'belonging' in residents. Focus group work with residents around the next phase of CDC has identified four themes of focus – practical support, community involvement, information needs and self-development.\n\n"
        + "While CDC has delivered positive outcomes it is proposed not to recommission the programme when it ends in Oct 2021 and to focus on embedding the Communities Drive Change approach into our mainstream services to ensure the benefits of co-production with residents are delivered and that the Council continues to address the wider social determinants of health. The current contract value is 750k and the four contracts expire in October 2021.";

    public const string OtherServicesSupport =
        "The programme works around expressed needs of people in deprived neighbourhoods around community opportunities, cohesion, security, open space, children and young people, cleanliness and communications and it therefore links into a range of council services. The ambition is to extend this approach to other council programmes to seek to embed coproduction in targeted way to address health inequalities in a long term, scaled up way that is deeply based on a strong evidence based theory of change and a strong evaluation framework";

    public const string PrecedentForWithdrawal =
        "These programmes have typically funded by time limited grants (external, internal) and this has been a disincentive for communities to engage";

    public const string CommunityAdaptation =
        "The time limited nature of grant funding has been problematic in the context of an approach to coproduction that needs time, trust and long term commitment as well as the space to learn and innovate";

    public const string BestPractice =
        "The best practice and learning is that short term time limited external grant funding had limited long term impact and long term more secure approaches are needed";

    public const string VoluntarySectorCapacity = "The Voluntary Sector Strategy is being reviewed";

    public const string Risk =
        "Substantial disruption of resident led initiatives that have been developed or are in development with loss of social capital that will be difficult to recover";

    public const string Mitigation =
        "Option 2 – Framing substitutions from General Fund relating to community development as a better model\n\n"
        + "The risks may be reputational as if not framed in the right way the proposal may signal less commitment to coproduction and community development. Decommissioning the service may have significant risks as it would be likely to end resident driven programmes for which there is strong community ownership and penetration within community networks\n\n"
        + "Likely to end resident driven programmes.";

    public const string Resources =
        "Building the proposal will require time for the review and development of the new model. This could be a partnership between public health and SPP.\n\n"
        + "There will also need to be procurement resource (procurement, public health)";

    public const string ScreeningSummary = "To be completed at the end of completing the Screening Tool.";

    /// <summary>The seven trigger answers and impact texts, in the tool's order.</summary>
    public static readonly (bool Answer, string? Impact)[] Screening =
    [
        (true, "The programme focusses on the most deprived neighbourhoods in the borough so by definition it will reduce available resources across all protected characteristics – particularly economic deprivation, ethnicity, disabilities, gender This applies potentially to option one but definitely to option two"),
        (true, "As above"),
        (false, "This is a commissioned service"),
        (false, "Option 2 would end the programme"),
        (true, "In the sense that there may be less or no resource to support resident driven initiatives through the CDC programme"),
        (false, "The change in staff will relate to the commissioned organisations"),
        (false, null),
    ];
}
