using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Lists;

/// <summary>A directorate of the council, such as "Health, Adults &amp; Community" (HAC).</summary>
public sealed class Directorate : IVersioned
{
    private Directorate()
    {
        Name = string.Empty;
        Code = string.Empty;
    }

    public Directorate(string name, string code)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Enter the directorate's name.");
        }

        code = (code ?? string.Empty).Trim().ToUpperInvariant();
        if (code.Length is < 2 or > 6 || !code.All(char.IsAsciiLetterOrDigit))
        {
            throw new DomainException("A directorate code is 2 to 6 letters or digits, like HAC.");
        }

        Name = name.Trim();
        Code = code;
        IsActive = true;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The short code in proposal references: "HAC" in "SAV / HAC 009 / 21-22".</summary>
    public string Code { get; private set; }

    public bool IsActive { get; private set; }

    public Guid Version { get; set; }
}
