namespace CouncilProposals.Domain.Proposals;

/// <summary>The five fixed questions under the proposal summary, in the council's own wording.</summary>
public static class StandardQuestions
{
    public const string OtherServicesSupport = "Do other Services within the Council provide support for this client group and will these continue?";
    public const string PrecedentForWithdrawal = "Is there precedent for withdrawal of similar services in Tower Hamlets or elsewhere?";
    public const string CommunityAdaptation = "If so, how has the community adapted over the short and medium term?";
    public const string BestPractice = "Have we learnt from/ adopted/ adapted best practice from these examples?";
    public const string VoluntarySectorCapacity = "Is there voluntary sector or community capacity available or under development in Tower Hamlets to help former service users adapt?";

    public static IReadOnlyList<string> All { get; } =
        [OtherServicesSupport, PrecedentForWithdrawal, CommunityAdaptation, BestPractice, VoluntarySectorCapacity];
}
