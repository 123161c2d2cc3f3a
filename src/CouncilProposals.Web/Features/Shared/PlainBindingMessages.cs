using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace CouncilProposals.Web.Features.Shared;

/// <summary>
/// What people read when something they sent cannot be read as its field's type ("Feb" for a number, a date that is
/// not a date): plain English naming the field by its label, in place of the framework's "The value 'Feb' is not
/// valid for Month". The wording depends on the field's type, so each property gets messages of its own.
/// </summary>
public sealed partial class PlainBindingMessages : IBindingMetadataProvider
{
    /// <summary>Sets the messages used where no property is known (a collection's items, an action's parameters).</summary>
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => ForType(null, field));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Something you sent could not be read. Check your answers and try again");
        messages.SetUnknownValueIsInvalidAccessor(field => ForType(null, field));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Something you sent could not be read. Check your answers and try again");
        messages.SetValueIsInvalidAccessor(_ => "Something you sent could not be read. Check your answers and try again");
        messages.SetValueMustBeANumberAccessor(field => $"{field} must be a number");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Enter a number");
        messages.SetValueMustNotBeNullAccessor(_ => "Enter an answer");
        messages.SetMissingBindRequiredValueAccessor(field => $"Enter {field}");
        messages.SetMissingKeyOrValueAccessor(() => "Enter an answer");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Something you sent could not be read. Check your answers and try again");
    }

    /// <summary>The message for a value that is not a <paramref name="type"/>, naming the field as its label does.</summary>
    public static string ForType(Type? type, string field)
    {
        var underlying = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            null => $"{field} could not be read. Check it and try again",
            _ when underlying == typeof(Guid) => "The form was not sent as expected. Go back to the page and try again",
            _ when underlying == typeof(bool) => $"Select yes or no for {field}",
            _ when underlying == typeof(DateOnly) || underlying == typeof(DateTime) || underlying == typeof(DateTimeOffset) => $"{field} must be a real date",
            _ when underlying.IsEnum => $"Select one of the options for {field}",
            _ when underlying == typeof(decimal) || underlying == typeof(double) || underlying == typeof(float) => $"{field} must be a number",
            _ when IsWholeNumber(underlying) => $"{field} must be a whole number",
            _ => $"{field} could not be read. Check it and try again",
        };
    }

    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        if (context.Key.MetadataKind != ModelMetadataKind.Property || context.Key.Name is not { } name)
        {
            return;
        }

        var field = context.Attributes.OfType<DisplayAttribute>().FirstOrDefault()?.GetName() ?? Words(name);
        var type = context.Key.ModelType;
        var element = ElementType(type);
        // A list or an id is chosen from options on the page, never typed.
        var chosen = element is not null || (name.EndsWith("Id", StringComparison.Ordinal) && IsWholeNumber(Nullable.GetUnderlyingType(type) ?? type));
        var message = chosen ? $"Select {field} from the options given" : ForType(type, field);
        var messages = new DefaultModelBindingMessageProvider(context.BindingMetadata.ModelBindingMessageProvider as DefaultModelBindingMessageProvider ?? new DefaultModelBindingMessageProvider());
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => message);
        messages.SetUnknownValueIsInvalidAccessor(_ => message);
        messages.SetValueIsInvalidAccessor(_ => message);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => message);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => message);
        messages.SetValueMustNotBeNullAccessor(_ => chosen ? message : $"Enter {field}");
        context.BindingMetadata.ModelBindingMessageProvider = messages;
    }

    /// <summary>A property without a label named in words, never as code: "ServiceAreaId" reads "Service area".</summary>
    private static string Words(string name)
    {
        var words = PropertyWords().Replace(name.EndsWith("Id", StringComparison.Ordinal) && name.Length > 2 ? name[..^2] : name, " $1").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PropertyWords();

    private static bool IsWholeNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(uint) || type == typeof(ulong);

    private static Type? ElementType(Type type) =>
        type != typeof(string) && type.IsGenericType && type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } enumerable
            ? enumerable.GetGenericArguments()[0]
            : null;
}
