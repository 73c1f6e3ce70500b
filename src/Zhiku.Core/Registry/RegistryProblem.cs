namespace Zhiku.Registry;

/// <summary>
/// One thing wrong with a create or an edit: the field (or "access", "revision", "id"), a code the web platform words
/// in the reader's language (required, too-long, too-many, unknown-field, not-text, not-list, not-table, bad-choice, bad-date,
/// bad-email, bad-url, bad-access, name-taken, revision-required; for cases unknown-term, retired-term, unknown-work, bad-period; for outputs bad-day, unknown-person, ambiguous-person, unknown-project) and the value or limit it names.
/// </summary>
public sealed record RegistryProblem(string Field, string Code, string? Argument = null)
{
    /// <summary>The problem in English, for the command line and logs.</summary>
    public string Message => Code switch
    {
        "required" => $"{Field}: a value is required",
        "too-long" => $"{Field}: longer than {Argument} characters",
        "too-many" => $"{Field}: more than {Argument} items",
        "unknown-field" => $"{Field}: not a field of this record",
        "not-text" => $"{Field}: must be a text",
        "not-list" => $"{Field}: must be a list of texts",
        "not-table" => $"{Field}: must be rows of values (a list of objects, or lines of values separated by |)",
        "bad-choice" => $"{Field}: '{Argument}' is not one of the allowed values",
        "bad-date" => $"{Field}: '{Argument}' is not a date (yyyy, yyyy-MM or yyyy-MM-dd)",
        "bad-email" => $"{Field}: '{Argument}' is not an e-mail address",
        "bad-url" => $"{Field}: '{Argument}' is not an http(s) address",
        "bad-access" => $"{Field}: '{Argument}' is not an access level (public, shared, internal, restricted)",
        "name-taken" => $"{Field}: '{Argument}' is the name of another record",
        "unknown-term" => $"{Field}: '{Argument}' is not a code of the case classification standard",
        "retired-term" => $"{Field}: '{Argument}' is retired from the case classification standard and tags no new case",
        "unknown-work" => $"{Field}: '{Argument}' is not a work of the knowledge base",
        "bad-day" => $"{Field}: '{Argument}' is not a day (yyyy-MM-dd)",
        "unknown-person" => $"{Field}: '{Argument}' is no person of the registry you can see (give their id, such as P12, or their exact name)",
        "ambiguous-person" => $"{Field}: several people of the registry are named {Argument}: give the id",
        "unknown-project" => $"{Field}: '{Argument}' is no project you can see (give its id, such as R5)",
        "bad-period" => $"{Field}: the period ends before it begins ({Argument})",
        "bad-facet" => $"{Field}: '{Argument}' is not a facet (field, instrument, region, level)",
        "bad-code" => $"{Field}: '{Argument}' is not a code of its facet (facet.key: letters, digits, hyphens)",
        "code-taken" => $"{Field}: '{Argument}' is already a term",
        "revision-required" => $"{Field}: give the revision you edited (If-Match or \"revision\")",
        _ => $"{Field}: {Code}",
    };
}
