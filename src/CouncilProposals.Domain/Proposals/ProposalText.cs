using CouncilProposals.Domain.Common;

namespace CouncilProposals.Domain.Proposals;

/// <summary>How the proposal takes typed text: trimmed, empty as null, within its length.</summary>
internal static class ProposalText
{
    public static string Required(string? text, int maxLength, string emptyMessage)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(emptyMessage);
        }

        return Optional(text, maxLength, "The text")!;
    }

    public static string? Optional(string? text, int maxLength, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = WithoutControlCharacters(text).Trim();
        return trimmed.Length > maxLength
            ? throw new DomainException($"{name} must be {maxLength:N0} characters or fewer.")
            : trimmed;
    }

    // Control characters cannot be typed in a form but can be pasted; some databases cut text short at them.
    private static string WithoutControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            ? string.Concat(text.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t'))
            : text;
}
