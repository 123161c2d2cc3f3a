namespace CouncilProposals.Domain.Common;

/// <summary>A business rule was broken. The message is written for the person using the system.</summary>
public sealed class DomainException : Exception
{
    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DomainException()
    {
    }
}
