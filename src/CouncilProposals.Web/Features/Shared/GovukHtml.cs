using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CouncilProposals.Web.Features.Shared;

/// <summary>
/// GOV.UK Frontend form markup (inputs, textareas with character counts, radios, selects, error summary) that always
/// shows the value it is given, so a form re-rendered after a failed save shows exactly what the officer typed.
/// </summary>
public static class GovukHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>The element id for a field name: "Lines[0].Amount" becomes "Lines-0-Amount".</summary>
    public static string FieldId(string name)
    {
        var id = name.Replace('[', '-').Replace(']', '-').Replace('.', '-');
        while (id.Contains("--", StringComparison.Ordinal))
        {
            id = id.Replace("--", "-", StringComparison.Ordinal);
        }

        return id.Trim('-');
    }

    public static string? ErrorFor(ModelStateDictionary modelState, string name) =>
        modelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>
    /// The error summary: every error on the page, each linking to its field. Model state lists fields in the order
    /// errors were found (binding first, then each validator), so a form gives its fields from top to bottom
    /// (<paramref name="fieldOrder"/>) for the summary to follow the page. A field stands for its items too
    /// ("Targets" for "Targets[2].Amount"); an error about the whole form (key "") comes first unless the order
    /// places it, and anything the order does not name comes last.
    /// </summary>
    public static IHtmlContent ErrorSummary(ModelStateDictionary modelState, Func<string, string>? hrefFor = null, IReadOnlyList<string>? fieldOrder = null)
    {
        var errors = modelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .Select(entry => (Key: entry.Key, Message: entry.Value!.Errors[0].ErrorMessage))
            .OrderBy(error => fieldOrder is null ? 0 : PlaceOf(fieldOrder, error.Key))
            .ToList();
        if (errors.Count == 0)
        {
            return HtmlString.Empty;
        }

        var html = new HtmlContentBuilder();
        html.AppendHtml("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">");
        html.AppendHtml("<h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
        foreach (var (key, message) in errors)
        {
            var href = hrefFor?.Invoke(key) ?? "#" + FieldId(key.Length == 0 ? "main-content" : key);
            html.AppendHtml($"<li><a href=\"{Encode(href)}\">{Encode(message)}</a></li>");
        }

        html.AppendHtml("</ul></div></div></div>");
        return html;
    }

    public static IHtmlContent TextInput(
        ModelStateDictionary modelState, string name, string label, string? value, string? hint = null, string widthClass = "",
        string labelClass = "govuk-label", string? inputMode = null, string? prefix = null, string? suffix = null, bool spellcheck = true, string? extraAttributes = null)
    {
        var html = new HtmlContentBuilder();
        var (id, error, describedBy) = LabelledField(html, modelState, name, label, hint, labelClass);
        var inputClass = "govuk-input" + (widthClass.Length > 0 ? " " + widthClass : string.Empty) + (error is null ? string.Empty : " govuk-input--error");
        var input = $"<input class=\"{inputClass}\" id=\"{id}\" name=\"{Encode(name)}\" type=\"text\" value=\"{Encode(value ?? string.Empty)}\""
            + (inputMode is null ? string.Empty : $" inputmode=\"{inputMode}\"")
            + (spellcheck ? string.Empty : " spellcheck=\"false\" autocomplete=\"off\"")
            + (describedBy is null ? string.Empty : $" aria-describedby=\"{describedBy}\"")
            + (extraAttributes is null ? string.Empty : " " + extraAttributes)
            + ">";
        if (prefix is null && suffix is null)
        {
            html.AppendHtml(input);
        }
        else
        {
            html.AppendHtml("<div class=\"govuk-input__wrapper\">");
            if (prefix is not null)
            {
                html.AppendHtml($"<div class=\"govuk-input__prefix\" aria-hidden=\"true\">{Encode(prefix)}</div>");
            }

            html.AppendHtml(input);
            if (suffix is not null)
            {
                html.AppendHtml($"<div class=\"govuk-input__suffix\" aria-hidden=\"true\">{Encode(suffix)}</div>");
            }

            html.AppendHtml("</div>");
        }

        html.AppendHtml("</div>");
        return html;
    }

    /// <summary>A textarea with a GOV.UK character count; without JavaScript the limit shows as a hint.</summary>
    public static IHtmlContent Textarea(
        ModelStateDictionary modelState, string name, string label, string? value, int maxLength, string? hint = null,
        int rows = 5, string labelClass = "govuk-label govuk-label--s", bool autofocus = false)
    {
        var id = FieldId(name);
        var error = ErrorFor(modelState, name);
        var html = new HtmlContentBuilder();
        html.AppendHtml($"<div class=\"govuk-form-group govuk-character-count{(error is null ? string.Empty : " govuk-form-group--error")}\" data-module=\"govuk-character-count\" data-maxlength=\"{maxLength}\">");
        html.AppendHtml($"<label class=\"{labelClass}\" for=\"{id}\">{Encode(label)}</label>");
        AppendHint(html, id, hint);
        AppendError(html, id, error);
        var describedBy = $"{id}-info" + (hint is null ? string.Empty : $" {id}-hint") + (error is null ? string.Empty : $" {id}-error");
        html.AppendHtml($"<textarea class=\"govuk-textarea govuk-js-character-count{(error is null ? string.Empty : " govuk-textarea--error")}\" id=\"{id}\" name=\"{Encode(name)}\" rows=\"{rows}\" aria-describedby=\"{describedBy}\"{(autofocus ? " autofocus" : string.Empty)}>");
        html.Append(value ?? string.Empty);
        html.AppendHtml("</textarea>");
        html.AppendHtml($"<div id=\"{id}-info\" class=\"govuk-hint govuk-character-count__message\">You can enter up to {maxLength:N0} characters</div>");
        html.AppendHtml("</div>");
        return html;
    }

    public static IHtmlContent Radios(
        ModelStateDictionary modelState, string name, string legend, IReadOnlyList<RadioOption> options, string? selected,
        string? hint = null, bool inline = false, string legendClass = "govuk-fieldset__legend govuk-fieldset__legend--s", bool autofocus = false)
    {
        var id = FieldId(name);
        var error = ErrorFor(modelState, name);
        var describedBy = DescribedBy(id, hint, error);
        var html = new HtmlContentBuilder();
        html.AppendHtml(FormGroupStart(error));
        html.AppendHtml($"<fieldset class=\"govuk-fieldset\"{(describedBy is null ? string.Empty : $" aria-describedby=\"{describedBy}\"")}>");
        html.AppendHtml($"<legend class=\"{legendClass}\">{Encode(legend)}</legend>");
        AppendHint(html, id, hint);
        AppendError(html, id, error);
        // GOV.UK's radios script marks radio inputs aria-expanded, which ARIA does not allow on radios: the app's own
        // script reveals conditional questions instead, with aria-controls only.
        var module = options.Any(o => o.Conditional is not null) ? "app-conditional-radios" : "govuk-radios";
        html.AppendHtml($"<div class=\"govuk-radios{(inline ? " govuk-radios--inline" : string.Empty)}\" data-module=\"{module}\">");
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i];
            var optionId = i == 0 ? id : $"{id}-{i + 1}";
            var conditionalId = $"conditional-{optionId}";
            var isChecked = string.Equals(option.Value, selected, StringComparison.OrdinalIgnoreCase);
            html.AppendHtml("<div class=\"govuk-radios__item\">");
            html.AppendHtml($"<input class=\"govuk-radios__input\" id=\"{optionId}\" name=\"{Encode(name)}\" type=\"radio\" value=\"{Encode(option.Value)}\"{(isChecked ? " checked" : string.Empty)}{(autofocus && i == 0 ? " autofocus" : string.Empty)}{(option.Conditional is null ? string.Empty : $" data-aria-controls=\"{conditionalId}\"")}>");
            html.AppendHtml($"<label class=\"govuk-label govuk-radios__label\" for=\"{optionId}\">{Encode(option.Text)}</label>");
            html.AppendHtml("</div>");
            if (option.Conditional is not null)
            {
                html.AppendHtml($"<div class=\"govuk-radios__conditional\" id=\"{conditionalId}\">");
                html.AppendHtml(option.Conditional);
                html.AppendHtml("</div>");
            }
        }

        html.AppendHtml("</div></fieldset></div>");
        return html;
    }

    public static IHtmlContent Select(
        ModelStateDictionary modelState, string name, string label, IEnumerable<SelectOption> options, string? selected,
        string? hint = null, string labelClass = "govuk-label", string? emptyText = "Choose")
    {
        var html = new HtmlContentBuilder();
        var (id, error, describedBy) = LabelledField(html, modelState, name, label, hint, labelClass);
        html.AppendHtml($"<select class=\"govuk-select{(error is null ? string.Empty : " govuk-select--error")}\" id=\"{id}\" name=\"{Encode(name)}\"{(describedBy is null ? string.Empty : $" aria-describedby=\"{describedBy}\"")}>");
        if (emptyText is not null)
        {
            html.AppendHtml($"<option value=\"\">{Encode(emptyText)}</option>");
        }

        foreach (var option in options)
        {
            var isSelected = string.Equals(option.Value, selected, StringComparison.Ordinal);
            html.AppendHtml($"<option value=\"{Encode(option.Value)}\"{(isSelected ? " selected" : string.Empty)}>{Encode(option.Text)}</option>");
        }

        html.AppendHtml("</select></div>");
        return html;
    }

    /// <summary>Starts a form group with its label, hint and error message; the caller adds the control and closes it.</summary>
    private static (string Id, string? Error, string? DescribedBy) LabelledField(
        HtmlContentBuilder html, ModelStateDictionary modelState, string name, string label, string? hint, string labelClass)
    {
        var id = FieldId(name);
        var error = ErrorFor(modelState, name);
        html.AppendHtml(FormGroupStart(error));
        html.AppendHtml($"<label class=\"{labelClass}\" for=\"{id}\">{Encode(label)}</label>");
        AppendHint(html, id, hint);
        AppendError(html, id, error);
        return (id, error, DescribedBy(id, hint, error));
    }

    private static string FormGroupStart(string? error) =>
        $"<div class=\"govuk-form-group{(error is null ? string.Empty : " govuk-form-group--error")}\">";

    private static string? DescribedBy(string id, string? hint, string? error)
    {
        var ids = new List<string>();
        if (hint is not null)
        {
            ids.Add($"{id}-hint");
        }

        if (error is not null)
        {
            ids.Add($"{id}-error");
        }

        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    private static void AppendHint(HtmlContentBuilder html, string id, string? hint)
    {
        if (hint is not null)
        {
            html.AppendHtml($"<div id=\"{id}-hint\" class=\"govuk-hint\">{Encode(hint)}</div>");
        }
    }

    private static void AppendError(HtmlContentBuilder html, string id, string? error)
    {
        if (error is not null)
        {
            html.AppendHtml($"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encode(error)}</p>");
        }
    }

    private static int PlaceOf(IReadOnlyList<string> fields, string key)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (string.Equals(fields[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            if (field.Length > 0 && key.StartsWith(field, StringComparison.Ordinal) && key.Length > field.Length && key[field.Length] is '[' or '.')
            {
                return i;
            }
        }

        return key.Length == 0 ? -1 : int.MaxValue;
    }

    private static string Encode(string text) => Encoder.Encode(text);
}

public sealed record RadioOption(string Value, string Text, IHtmlContent? Conditional = null);

public sealed record SelectOption(string Value, string Text);
