namespace CouncilProposals.Domain.Access;

/// <summary>Where an account stands, which decides what an administrator may do to it.</summary>
public enum AccountState
{
    Active,
    Locked,
    Deactivated,

    /// <summary>The administrator's own account: none of these actions may be taken on it.</summary>
    Own,
}

/// <summary>What an administrator does to someone else's account, each after confirming.</summary>
public enum AccountAction
{
    Lock,
    Unlock,
    Deactivate,
    Reactivate,
    SendPasswordReset,
}

/// <summary>
/// Which account actions suit an account as it is now. A deactivated account is also locked out, so deactivation
/// wins over a lock; a locked account may still be deactivated or sent a reset link; nobody acts on their own.
/// </summary>
public static class AccountActions
{
    public static AccountState StateOf(bool isOwn, DateTimeOffset? deactivatedAt, DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        isOwn ? AccountState.Own
        : deactivatedAt is not null ? AccountState.Deactivated
        : lockoutEnd > now ? AccountState.Locked
        : AccountState.Active;

    public static bool Suits(AccountAction action, AccountState state) => action switch
    {
        AccountAction.Lock => state == AccountState.Active,
        AccountAction.Unlock => state == AccountState.Locked,
        AccountAction.Deactivate or AccountAction.SendPasswordReset => state is AccountState.Active or AccountState.Locked,
        AccountAction.Reactivate => state == AccountState.Deactivated,
        _ => false,
    };
}
