namespace CouncilProposals.Domain.Common;

/// <summary>
/// A business rule was broken. The message is written for the person using the system; the field, when there is
/// one, names the domain property the error belongs to (like <c>nameof(Proposal.CycleId)</c>) so that a page can
/// show it beside the matching input without reading the message.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException(string message, string? field)
        : base(message)
    {
        Field = field;
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DomainException()
    {
    }

    public string? Field { get; }
}
