using CouncilProposals.Domain.Access;

namespace CouncilProposals.Domain.Tests;

public sealed class AccountActionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(AccountState.Active, new[] { AccountAction.Lock, AccountAction.Deactivate, AccountAction.SendPasswordReset })]
    [InlineData(AccountState.Locked, new[] { AccountAction.Unlock, AccountAction.Deactivate, AccountAction.SendPasswordReset })]
    [InlineData(AccountState.Deactivated, new[] { AccountAction.Reactivate })]
    [InlineData(AccountState.Own, new AccountAction[0])]
    public void Suits_OffersOnlyTheActionsThatFitTheAccount(AccountState state, AccountAction[] expected) =>
        Assert.Equal(expected, Enum.GetValues<AccountAction>().Where(action => AccountActions.Suits(action, state)));

    [Fact]
    public void StateOf_ReadsOwnThenDeactivatedThenLocked()
    {
        Assert.Equal(AccountState.Own, AccountActions.StateOf(isOwn: true, Now, DateTimeOffset.MaxValue, Now));
        Assert.Equal(AccountState.Deactivated, AccountActions.StateOf(isOwn: false, Now, DateTimeOffset.MaxValue, Now));
        Assert.Equal(AccountState.Locked, AccountActions.StateOf(isOwn: false, null, Now.AddMinutes(1), Now));
        Assert.Equal(AccountState.Active, AccountActions.StateOf(isOwn: false, null, Now, Now));
        Assert.Equal(AccountState.Active, AccountActions.StateOf(isOwn: false, null, null, Now));
    }
}
